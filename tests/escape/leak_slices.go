// Leaks through slices: the slice header itself, its elements, or nothing.
package main

var saved []int
var one *int

//go:noinline
func keep(s []int) { // ERROR "leaking param: s"
	saved = s
}

//go:noinline
func first(s []*int) *int { // ERROR "leaking param: s to result ~r0 level=1"
	return s[0]
}

//go:noinline
func firstToGlobal(s []*int) { // ERROR "leaking param content: s"
	one = s[0]
}

//go:noinline
func total(s []int) int { // ERROR "s does not escape"
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func main() {
	x, y := 1, 2                               // ERROR "moved to heap: y"
	keep([]int{1, 2})                          // ERROR "\[\]int\{\.\.\.\} escapes to heap"
	println(*first([]*int{&x}))                // ERROR "\[\]\*int\{\.\.\.\} does not escape"
	firstToGlobal([]*int{&y})                  // ERROR "\[\]\*int\{\.\.\.\} does not escape"
	println(total([]int{3, 4, 5}), len(saved)) // ERROR "\[\]int\{\.\.\.\} does not escape"
}
