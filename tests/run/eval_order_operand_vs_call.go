package main

var x = 1

func f() int { x = 10; return 3 }

func main() {
	a := x + f()
	println(a)
	x = 1
	s := []int{x, f(), x}
	println(s[0], s[1], s[2])
}
