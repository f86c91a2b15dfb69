// Maps: make(map...) and map literals stay on the stack unless they escape.
package main

var registry map[string]int

//go:noinline
func fill(m map[string]int) { // ERROR "m does not escape"
	m["k"] = 1
}

//go:noinline
func newMap() map[int]bool {
	return make(map[int]bool) // ERROR "make\(map\[int\]bool\) escapes to heap"
}

func main() {
	local := make(map[string]int) // ERROR "make\(map\[string\]int\) does not escape"
	local["a"] = 1
	fill(local)
	registry = make(map[string]int)       // ERROR "make\(map\[string\]int\) escapes to heap"
	lit := map[string]int{"x": 1, "y": 2} // ERROR "map\[string\]int\{\.\.\.\} does not escape"
	seen := newMap()
	seen[3] = true
	println(len(local), len(registry), lit["x"], len(seen))
}
