package main

// make with a negative length held in a variable panics at run time (a
// negative constant would be a compile error).

func buffer(n int) []byte {
	return make([]byte, n)
}

func main() {
	b := buffer(4)
	println("buffer(4): len", len(b), "cap", cap(b))
	b = buffer(0)
	println("buffer(0): len", len(b), "nil?", b == nil)
	sizes := []int{8, 3, -2, 5}
	for _, n := range sizes {
		println("buffer(", n, ")")
		b = buffer(n)
		println("  got len", len(b))
	}
	println("never printed")
}
