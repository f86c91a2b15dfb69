package main

// Integer division by a zero held in a variable panics at run time with a
// runtime error.

func div(a, b int) int {
	return a / b
}

func main() {
	println("10 / 3 =", div(10, 3))
	println("10 / -3 =", div(10, -3))
	divisors := 3
	zero := 0
	for i := 0; i < 3; i++ {
		divisors--
		if divisors == 0 {
			zero = divisors
		}
	}
	println("about to divide by", zero)
	println("never printed", div(10, zero))
}
