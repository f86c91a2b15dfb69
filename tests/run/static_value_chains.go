// gc follows a chain of single assignments back to a constant (its
// StaticValue): make([]int, k) with k := n and n := 100 has a constant size
// and stays in the frame; so does an inlined call's parameter.
package main

import "runtime"

func sum(n int) int {
	k := n
	v := make([]int, k)
	t := 0
	for i := range v {
		t += v[i] + i
	}
	return t
}

func main() {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	before := ms.Mallocs
	n := 100
	k := n
	v := make([]int, k)
	v[5] = 1
	s := sum(50)
	runtime.ReadMemStats(&ms)
	println(ms.Mallocs-before, v[5], s)
}
