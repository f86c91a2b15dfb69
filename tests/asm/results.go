package main

// Results: two words come back in AX and DX; more go through a result area
// whose address the caller passes as the first argument.

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func three(x int) (int, bool, string) {
	return x * 2, x > 0, "three"
}

func main() {
	q, r := divmod(17, 5)
	n, ok, s := three(q)
	println(q, r, n, ok, s)
}
