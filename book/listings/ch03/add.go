package main

// add returns a+b and whether the sum overflowed.
//
//go:noinline
func add(a, b int32) (int32, bool) {
	s := a + b
	return s, (s < a) != (b < 0)
}

// sum3 calls add: unlike add, it has a frame and calls.
//
//go:noinline
func sum3(a, b, c int32) int32 {
	s, _ := add(a, b)
	s, _ = add(s, c)
	return s
}

func main() {
	s, overflow := add(2147483647, 1)
	println(s, overflow)
	println(sum3(1, 2, 3))
}
