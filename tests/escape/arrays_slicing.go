// Arrays sliced and copied: slicing a local array passes its address, so the
// array moves to the heap only when the slice escapes.
package main

var kept []int

//go:noinline
func fillFrom(dst, src []int) int { // ERROR "dst does not escape" "src does not escape"
	return copy(dst, src)
}

func main() {
	var a [4]int
	var b [4]int
	b[1] = 5
	n := fillFrom(a[:], b[:])
	var c [3]int // ERROR "moved to heap: c"
	kept = c[1:]
	d := [2]int{7, 8}
	e := d
	e[0] = 9
	println(n, a[1], len(kept), d[0], e[0])
}
