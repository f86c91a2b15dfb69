package main

// panic with an int value prints the number.

func compute(n int) int {
	total := 0
	for i := 1; i <= n; i++ {
		total += i
	}
	return total
}

func main() {
	v := compute(8)
	println("value:", v)
	if v%2 == 0 {
		println("even, panicking with", v+6)
	}
	w := v + 6
	if w > 0 {
		panic(w)
	}
	println("not reached")
}
