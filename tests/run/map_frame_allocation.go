// A map that does not escape keeps its header, and its first bucket when
// the hint allows, in the frame: no allocation until it outgrows a bucket.
package main

import "runtime"

var ms runtime.MemStats

func mallocs() uint64 {
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

//go:noinline
func count(n int) int {
	m := make(map[int]string, n)
	for i := 0; i < n; i++ {
		m[i] = "v"
	}
	return len(m)
}

//go:noinline
func words() int {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	m["d"] = 4
	delete(m, "a")
	total := 0
	for _, v := range m {
		total += v
	}
	return total + len(m)
}

//go:noinline
func grow() int {
	m := map[int]*int{}
	for i := 0; i < 20; i++ {
		v := i
		m[i] = &v
	}
	s := 0
	for k, p := range m {
		s += k + *p
	}
	return s
}

func main() {
	m0 := mallocs()
	n := count(5)
	m1 := mallocs()
	w := words()
	m2 := mallocs()
	println(n, m1-m0, w, m2-m1)
	println(grow(), count(100))
}
