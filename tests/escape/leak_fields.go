// Leaks through struct fields. A field of a struct passed by value is the
// parameter itself (level=0); through a pointer it is one dereference away
// (level=1, or "content" to the heap). Returning a string field leaks too.
package main

type Box struct {
	P    *int
	Name string
}

var sink *int

//go:noinline
func fieldOf(b Box) *int { // ERROR "leaking param: b to result ~r0 level=0"
	return b.P
}

//go:noinline
func fieldVia(b *Box) *int { // ERROR "leaking param: b to result ~r0 level=1"
	return b.P
}

//go:noinline
func stash(b *Box) { // ERROR "leaking param content: b"
	sink = b.P
}

//go:noinline
func nameOf(b *Box) string { // ERROR "leaking param: b to result ~r0 level=1"
	return b.Name
}

func main() {
	x, y := 1, 2 // ERROR "moved to heap: y"
	b1 := Box{P: &x, Name: "one"}
	b2 := Box{P: &y, Name: "two"}
	println(*fieldOf(b1), *fieldVia(&b1))
	stash(&b2)
	println(nameOf(&b2), *sink)
}
