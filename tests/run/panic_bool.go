package main

// panic with a bool value prints true or false.

func check(a, b int) bool {
	return a*a+b*b == 25
}

func main() {
	ok := check(3, 4)
	println("check(3, 4):", ok)
	bad := check(2, 2)
	println("check(2, 2):", bad)
	if !bad {
		println("panicking with the failed check")
	}
	if ok {
		panic(bad)
	}
	println("not reached")
}
