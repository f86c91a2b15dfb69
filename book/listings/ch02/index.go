package main

var fib = [8]int64{1, 1, 2, 3, 5, 8, 13, 21}

// get indexes a global array: a bounds check, then one load.
//
//go:noinline
func get(i int) int64 {
	return fib[i]
}

// clamp compares unsigned integers.
//
//go:noinline
func clamp(x, hi uint) uint {
	if x > hi {
		return hi
	}
	return x
}

// sum is a loop.
//
//go:noinline
func sum(n int) int64 {
	t := int64(0)
	for i := 0; i < n; i++ {
		t += fib[i]
	}
	return t
}

func main() {
	println(get(6), clamp(9, 7), sum(5))
}
