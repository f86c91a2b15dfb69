// A switch whose cases mix interface and concrete types compares as any:
// the tag is boxed once, at the switch, and every case is boxed (gc's
// noder switchStmt).
package main

type E interface{ Error() string }

//go:noinline
func get() int { return 7 }

func main() {
	var j any = 7
	x := get()
	switch x {
	case 3:
		println("three")
	case j:
		println("j")
	}
	var e E
	switch j {
	case 7, "s":
		println("seven")
	case e:
		println("e")
	}
	s := "k"
	switch s {
	case "k":
		println("k")
	}
}
