// Switches with nil cases: on an interface (the tag's own nil), and on a
// slice, map or error, which may be switched on to compare with nil.
package main

func main() {
	var v any
	switch v {
	case nil:
		println("nil any")
	}
	var s []int
	switch s {
	case nil:
		println("nil s")
	}
	var m map[int]int
	switch m {
	case nil:
		println("nil m")
	}
	var e error
	switch e {
	case nil:
		println("nil e")
	}
	v = 3
	switch v {
	case nil:
		println("still nil")
	default:
		println("not nil")
	}
}
