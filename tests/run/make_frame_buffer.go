// make([]T, n) that does not escape: gc puts a constant-sized array in the
// frame (also when n is a variable holding a constant), and for a variable
// size a 32-byte frame buffer when the capacity fits; otherwise
// runtime.makeslice. Mallocs counts what reached the heap; the panics are
// makeslice's even when no makeslice call is made.
package main

import "runtime"

var n = 3

//go:noinline
func use(s []int) int { return len(s) + cap(s) }

//go:noinline
func useP(s []*int) int { return len(s) + cap(s) }

func mallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

func main() {
	t := 0
	before := mallocs()
	for i := 0; i < 1000; i++ {
		s := make([]int, n) // 24 bytes: the frame buffer
		s[0] = i
		t += use(s)
	}
	println("variable, fits:", mallocs()-before, t)

	before = mallocs()
	for i := 0; i < 1000; i++ {
		s := make([]int, n*10) // 240 bytes: the heap
		t += use(s)
	}
	println("variable, too big:", mallocs()-before)

	before = mallocs()
	k := 10
	for i := 0; i < 1000; i++ {
		s := make([]int, k) // a constant in disguise: [10]int in the frame
		t += use(s)
	}
	println("constant in a variable:", mallocs()-before)

	before = mallocs()
	x := 5
	for i := 0; i < 1000; i++ {
		s := make([]*int, n) // pointers: the buffer is scanned and zeroed
		s[1] = &x
		t += useP(s) + *s[1]
	}
	println("pointers:", mallocs()-before, t)

	// The buffer is zeroed each time.
	for i := 0; i < 3; i++ {
		s := make([]int, n)
		println(s[0], s[1], s[2])
		s[0], s[1], s[2] = 7, 8, 9
	}

	m := -1
	defer0 := 0
	_ = defer0
	s := make([]int, 2, n)
	println(len(s), cap(s))
	s = make([]int, m)
	println(len(s))
}
