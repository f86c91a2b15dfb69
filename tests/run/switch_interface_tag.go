// Switches with an interface tag or interface cases compare as interfaces;
// untyped constants compared with interfaces take their default types.
package main

func main() {
	var i any = 3
	switch i {
	case 3:
		println("int")
	case "x":
		println("string")
	}
	var r any = 'a'
	println(r == 'a', r == 97)
	x := 5
	var j any = 5
	switch x {
	case j:
		println("x matches j")
	}
}
