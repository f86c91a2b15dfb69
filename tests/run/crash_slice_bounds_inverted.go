package main

// A slice expression whose low bound exceeds its high bound panics even
// when both are within the capacity.

func window(s []int, lo, hi int) []int {
	return s[lo:hi]
}

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	w := window(s, 1, 4)
	println("window(1, 4): len", len(w), "first", w[0])
	w = window(s, 2, 2)
	println("window(2, 2): len", len(w))
	w = window(s, 6, 6)
	println("window(6, 6): len", len(w), "cap", cap(w))
	println("window(3, 2):")
	w = window(s, 3, 2)
	println("never printed", len(w))
}
