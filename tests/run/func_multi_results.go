package main

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func named(a, b int) (sum, diff int) {
	sum = a + b
	diff = a - b
	return
}

func namedOverride(n int) (result int, note string) {
	result = n * 2
	note = "doubled"
	if n < 0 {
		return -n, "negated"
	}
	return
}

func three() (int8, string, float64) {
	return -8, "three", 3.25
}

func sum3(a int8, s string, f float64) string {
	if a < 0 && f > 3 {
		return s + " ok"
	}
	return s + " bad"
}

func addPair(a, b int) int {
	return a + b
}

func zeroNamed() (n int, s string, b bool, f float64) {
	return
}

func countdown(n int) (steps int) {
	if n == 0 {
		return 0
	}
	steps = countdown(n-1) + 1
	return
}

func swap(a, b string) (string, string) {
	return b, a
}

func noResult(msg string) {
	if msg == "" {
		println("noResult: empty")
		return
	}
	println("noResult:", msg)
}

func main() {
	q, r := divmod(17, 5)
	println("divmod(17, 5):", q, r)
	q, r = divmod(-17, 5)
	println("divmod(-17, 5):", q, r)
	s, d := named(10, 3)
	println("named(10, 3):", s, d)
	v, note := namedOverride(21)
	println("namedOverride(21):", v, note)
	v, note = namedOverride(-4)
	println("namedOverride(-4):", v, note)
	a, str, f := three()
	println("three():", a, str, f)
	println("sum3(three()):", sum3(three()))
	println("addPair(divmod(23, 7)):", addPair(divmod(23, 7)))
	zn, zs, zb, zf := zeroNamed()
	println("zero named results:", zn, "["+zs+"]", zb, zf)
	println("countdown(50):", countdown(50))
	x, y := swap("first", "second")
	println("swap:", x, y)
	x, y = swap(swap(x, y))
	println("swap(swap):", x, y)
	noResult("")
	noResult("hi")
}
