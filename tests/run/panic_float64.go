package main

// panic with a float64 value prints it as print would.

func mean(a, b, c float64) float64 {
	return (a + b + c) / 3
}

func main() {
	x := mean(1, 2, 1.5)
	println("x:", x)
	y := x * -2
	println("y:", y)
	if y < 0 {
		println("negative, panicking")
	}
	z := y / 8
	println("z:", z)
	if z != 0 {
		panic(z)
	}
	println("not reached")
}
