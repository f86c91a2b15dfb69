package main

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n < 10 {
		return "small"
	} else {
		return "large"
	}
}

func half(n int) (int, bool) {
	return n / 2, n%2 == 0
}

func sign(x int) int {
	if x > 0 {
		return 1
	}
	if x < 0 {
		return -1
	}
	return 0
}

func main() {
	for n := -5; n <= 15; n += 5 {
		println(n, classify(n))
	}
	if h, even := half(10); even {
		println("10 is even, half is", h)
	} else {
		println("10 is odd?", h)
	}
	if h, even := half(7); even {
		println("7 is even?", h)
	} else if h > 2 {
		println("7 is odd, half", h, "is > 2")
	} else {
		println("unreachable", h)
	}
	x := 1
	if x := 2; x > 1 {
		println("inner x:", x)
		x++
		println("inner x after ++:", x)
	}
	println("outer x:", x)
	if y := x * 10; y > 100 {
		println("big y", y)
	} else if z := y + 1; z > 10 {
		println("y, z:", y, z)
	} else {
		println("else y, z:", y, z)
	}
	a, b := true, false
	if a && !b {
		println("a && !b")
	}
	if !a || b {
		println("wrong")
	} else {
		println("!a || b is false")
	}
	if c := a != b; c {
		println("a != b")
	}
	println("signs:", sign(-9), sign(0), sign(9))
	var s string
	if s == "" {
		s = "filled"
	}
	println("s:", s)
	if len(s) > 3 {
		if s[0] == 'f' {
			if s[len(s)-1] == 'd' {
				println("nested ifs: starts with f, ends with d")
			}
		}
	}
}
