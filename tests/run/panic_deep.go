package main

func level3(n int) int {
	println("level3", n)
	if n > 2 {
		panic("too deep")
	}
	return n
}

func level2(n int) int {
	println("level2", n)
	return level3(n+1) + 1
}

func level1(n int) int {
	println("level1", n)
	return level2(n+1) + 1
}

func main() {
	println("main calls level1")
	r := level1(1)
	println("not reached", r)
}
