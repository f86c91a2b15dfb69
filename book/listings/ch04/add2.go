package main

//go:noinline
func add2(a, b int) *int {
	c := a + b
	return &c
}

func main() {
	x := 1
	p := add2(x, 2)
	println(*p)
	println("x is at", &x)
	println("c is at", p)
}
