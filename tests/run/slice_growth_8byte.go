package main

// Growth of slices of 8-byte elements by repeated append, up to 1100
// elements. The slices are package-level variables, so their backing
// arrays are always on the heap and cap shows the runtime's growth rule:
// double while small, then about 1.25x, rounded up to the allocator's size
// classes (for element types holding pointers, large arrays also carry an
// 8-byte malloc header, which can make cap smaller). Only appends that
// change cap are printed.

var ints [4]int

var a []int64
var b []*int

func growA() {
	last := cap(a)
	for i := 0; i < 1100; i++ {
		a = append(a, int64(i))
		if cap(a) != last {
			println("  append", i+1, "-> len", len(a), "cap", cap(a))
			last = cap(a)
		}
	}
}

func growB() {
	last := cap(b)
	for i := 0; i < 1100; i++ {
		b = append(b, &ints[i%4])
		if cap(b) != last {
			println("  append", i+1, "-> len", len(b), "cap", cap(b))
			last = cap(b)
		}
	}
}

func main() {
	println("[]int64 (no pointers), nil: len", len(a), "cap", cap(a))
	growA()
	println("[]*int (with pointers), nil: len", len(b), "cap", cap(b))
	growB()
	println("check:", a[1099] == 1099, b[1099] == &ints[3])
}
