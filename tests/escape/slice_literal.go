// Slice literals: on the stack unless they flow out; a pointer stored in one
// that escapes takes its target along. No size limit applies to a slice
// literal: a 65537-byte one still does not escape.
package main

var names []string
var ptrs []*int

//go:noinline
func sum(xs []int) int { // ERROR "xs does not escape"
	t := 0
	for i := 0; i < len(xs); i++ {
		t += xs[i]
	}
	return t
}

func main() {
	a := []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} does not escape"
	println(sum(a))
	names = []string{"x", "y"} // ERROR "\[\]string\{\.\.\.\} escapes to heap"
	v := 7                     // ERROR "moved to heap: v"
	ptrs = []*int{&v}          // ERROR "\[\]\*int\{\.\.\.\} escapes to heap"
	big := []byte{65536: 1}    // ERROR "\[\]byte\{\.\.\.\} does not escape"
	println(len(names), *ptrs[0], len(big))
}
