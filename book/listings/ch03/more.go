package main

// split has three results, one more than gocc returns in registers.
//
//go:noinline
func split(x int64) (hi, lo int32, neg bool) {
	return int32(x >> 32), int32(x), x < 0
}

// sum8 has eight arguments, two more than System V passes in registers.
//
//go:noinline
func sum8(a, b, c, d, e, f, g, h int) int {
	return a + b + c + d + e + f + g + h
}

func main() {
	hi, lo, neg := split(-1 << 33)
	println(hi, lo, neg)
	println(sum8(1, 2, 3, 4, 5, 6, 7, 8))
}
