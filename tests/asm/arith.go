package main

// Integer arithmetic at every width: the size suffixes B, W, L, Q and the
// sign or zero extensions between them.

func add8(a, b int8) int8 { return a + b }

func mul16(a, b uint16) uint16 { return a * b }

func sub32(a, b int32) int32 { return a - b }

func div64(a, b int64) int64 { return a / b }

func shift(x uint64, s uint) uint64 { return x<<s | x>>3 }

func widen(b byte, r rune) int64 { return int64(b) + int64(r) }

func main() {
	println(add8(100, 27), mul16(300, 3), sub32(1, 2), div64(7, -2), shift(5, 2), widen('a', 'é'))
}
