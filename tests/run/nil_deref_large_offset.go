// A nil pointer to a large struct: the field is past the first page, so
// the compiler checks the pointer itself (gc's nil check) and the program
// gets the nil-dereference panic, not an unexpected fault.
package main

type T struct {
	pad [1000]int
	a   int
}

func main() {
	var t *T
	println(t.a)
}
