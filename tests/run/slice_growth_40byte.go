package main

// Growth of slices of 40-byte elements by repeated append, up to 1100
// elements. The slices are package-level variables, so their backing
// arrays are always on the heap and cap shows the runtime's growth rule:
// double while small, then about 1.25x, rounded up to the allocator's size
// classes (for element types holding pointers, large arrays also carry an
// 8-byte malloc header, which can make cap smaller). Only appends that
// change cap are printed.

type Rec40 struct {
	ID   int
	Tags [4]int
}

type Named40 struct {
	ID   int
	Name string
	Tags [2]int
}

var a []Rec40
var b []Named40

func growA() {
	last := cap(a)
	for i := 0; i < 1100; i++ {
		a = append(a, Rec40{ID: i})
		if cap(a) != last {
			println("  append", i+1, "-> len", len(a), "cap", cap(a))
			last = cap(a)
		}
	}
}

func growB() {
	last := cap(b)
	for i := 0; i < 1100; i++ {
		b = append(b, Named40{ID: i})
		if cap(b) != last {
			println("  append", i+1, "-> len", len(b), "cap", cap(b))
			last = cap(b)
		}
	}
}

func main() {
	println("[]Rec40 (no pointers), nil: len", len(a), "cap", cap(a))
	growA()
	println("[]Named40 (with pointers), nil: len", len(b), "cap", cap(b))
	growB()
	println("check:", a[1099].ID == 1099, b[1099].ID == 1099)
}
