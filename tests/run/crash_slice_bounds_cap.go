package main

// Reslicing beyond the capacity panics; the message names the capacity.

func grow(s []int, n int) []int {
	return s[:n]
}

func main() {
	s := make([]int, 2, 4)
	println("len", len(s), "cap", cap(s))
	t := s[:4]
	println("s[:4] is fine: len", len(t))
	for n := 1; n < 10; n += 3 {
		println("grow(s,", n, ")")
		u := grow(s, n)
		println("  len", len(u), "cap", cap(u))
	}
	println("never printed")
}
