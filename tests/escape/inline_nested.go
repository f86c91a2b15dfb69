// Nested calls where inlining changes the escape result: wrap calls box,
// which returns the address of its parameter. Each inlined copy of v is
// judged at its call site, and reported there.
package main

var sink *int

func box(v int) *int { // ERROR "can inline box" "moved to heap: v"
	return &v
}

func wrap(v int) *int { // ERROR "can inline wrap"
	return box(v + 1) // ERROR "inlining call to box" "moved to heap: v"
}

//go:noinline
func wrapNoInline(v int) *int {
	return box(v + 2) // ERROR "inlining call to box" "moved to heap: v"
}

func main() {
	p := wrap(1)   // ERROR "inlining call to wrap" "inlining call to box"
	sink = wrap(2) // ERROR "inlining call to wrap" "inlining call to box" "moved to heap: v"
	q := wrapNoInline(3)
	println(*p, *sink, *q)
}
