package main

// A shift count of a signed type that is negative at run time panics.

func shift(x int64, s int) int64 {
	return x << s
}

func main() {
	var x int64 = 1
	var s = 3
	println("1 << 3 =", shift(x, s))
	s = 62
	println("1 << 62 =", shift(x, s))
	s = 64
	println("1 << 64 =", shift(x, s))
	s -= 65
	println("shift count is", s)
	println("never printed", x<<s)
}
