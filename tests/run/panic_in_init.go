package main

var ready = setup()

func setup() bool {
	println("package var initialised")
	return true
}

func init() {
	println("first init runs, ready =", ready)
}

func init() {
	println("second init is about to panic")
	check(0)
}

func check(n int) {
	if n == 0 {
		panic("init failed")
	}
}

func main() {
	println("main never runs")
}
