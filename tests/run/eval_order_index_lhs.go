package main

var s = []int{1, 2, 3}

func grow() int {
	s = []int{0, 0, 0}
	return 7
}

func main() {
	s[0] = grow()
	println(s[0])
}
