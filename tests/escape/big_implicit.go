// Implicit allocations (new, &T{}) have a 64 KB limit (65536 bytes) before
// they go to the heap regardless of escape.
package main

type Small struct {
	A [8192]int
}

type Large struct {
	A [8193]int
}

func main() { // ERROR "can inline main"
	p := new([65536]byte) // ERROR "new\(\[65536\]byte\) does not escape"
	q := new([65537]byte) // ERROR "new\(\[65537\]byte\) escapes to heap"
	r := &Small{}         // ERROR "&Small\{\} does not escape"
	s := &Large{}         // ERROR "&Large\{\} escapes to heap"
	println(len(p), len(q), len(r.A), len(s.A))
}
