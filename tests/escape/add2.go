// The talk's first example: add2 returns the address of its local c, so c
// moves to the heap. Inlined into main, main's copy of c stays on the stack;
// the //go:noinline copy keeps its own heap c.
package main

func add2(a, b int) *int { // ERROR "can inline add2"
	c := a + b // ERROR "moved to heap: c"
	return &c
}

//go:noinline
func add2NoInline(a, b int) *int {
	c := a + b // ERROR "moved to heap: c"
	return &c
}

func main() {
	p := add2(1, 2) // ERROR "inlining call to add2"
	q := add2NoInline(3, 4)
	println(*p, *q)
}
