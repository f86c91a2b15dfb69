// append to an empty slice whose result does not escape: gc (1.25+) may
// put the first backing array in a 32-byte frame buffer, once per call of
// the function; growing past it, or a second use, goes to the heap.
package main

import "runtime"

type pair struct{ a, b int64 }

//go:noinline
func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func mallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

func caps() {
	var b []byte
	b = append(b, 1)
	var r []int32
	r = append(r, 1, 2)
	var p []pair
	p = append(p, pair{1, 2})
	var big []pair
	big = append(big, pair{}, pair{}, pair{})
	println(cap(b), cap(r), cap(p), cap(big))
}

func grow() {
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i)
		print(cap(s), " ")
	}
	println(sum(s))
}

func main() {
	caps()
	grow()
	before := mallocs()
	t := 0
	for i := 0; i < 100; i++ {
		var s []int
		s = append(s, i, i)
		t += sum(s)
	}
	println("loop:", mallocs()-before, t)
	before = mallocs()
	caps()
	println("caps:", mallocs()-before)
}
