package main

// runtime.ReadMemStats: counting heap allocations. Objects stored in a
// package-level variable must escape to the heap, so a loop that allocates
// N of them adds exactly N to Mallocs. The heap stays far below the first
// GC goal, so NumGC stays 0.

import "runtime"

type Node struct {
	Val  int
	Next *Node
}

var head *Node
var sinkInt *int
var sinkSlice []int

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	start := m.Mallocs
	println("NumGC at start:", m.NumGC)
	println("Mallocs > 0 at start:", m.Mallocs > 0, "HeapAlloc > 0:", m.HeapAlloc > 0)

	before := m.Mallocs
	for i := 0; i < 500; i++ {
		head = &Node{Val: i, Next: head}
	}
	runtime.ReadMemStats(&m)
	println("500 list nodes: Mallocs grew by", m.Mallocs-before)

	before = m.Mallocs
	for i := 0; i < 300; i++ {
		sinkSlice = make([]int, 10)
	}
	runtime.ReadMemStats(&m)
	println("300 make([]int, 10): Mallocs grew by", m.Mallocs-before)

	before = m.Mallocs
	for i := 0; i < 250; i++ {
		sinkInt = new(int)
	}
	runtime.ReadMemStats(&m)
	println("250 new(int): Mallocs grew by", m.Mallocs-before)

	before = m.Mallocs
	runtime.ReadMemStats(&m)
	println("ReadMemStats alone: Mallocs grew by", m.Mallocs-before)

	before = m.Mallocs
	x := 0
	for i := 0; i < 1000; i++ {
		x += i
	}
	runtime.ReadMemStats(&m)
	println("arithmetic loop: Mallocs grew by", m.Mallocs-before, "x =", x)

	n := 0
	for p := head; p != nil; p = p.Next {
		n += p.Val
	}
	println("list sum:", n)
	println("Mallocs grew since start:", m.Mallocs > start)
	println("NumGC at end:", m.NumGC, "Sys >= HeapAlloc:", m.Sys >= m.HeapAlloc)
}
