package main

// Package variables live in the data section: the code reaches them
// RIP-relative, through relocations, as `main.counter(SB)`.

var counter int32 = 5

var total int64

func bump(n int32) int32 {
	counter += n
	return counter
}

func main() {
	total = int64(bump(3))
	println(total, counter)
}
