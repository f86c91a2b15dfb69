package main

//go:noinline
func inc(p *int) {
	*p++
}

//go:noinline
func onStack() int {
	c := 1
	inc(&c)
	return c
}

func main() {
	println(onStack())
}
