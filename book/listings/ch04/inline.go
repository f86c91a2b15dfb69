package main

func add2(a, b int) *int {
	c := a + b
	return &c
}

func main() {
	p := add2(1, 2)
	println(*p)
}
