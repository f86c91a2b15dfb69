package main

func pair() (int, string) {
	return 42, "answer"
}

func trace(name string, v int) int {
	println("  evaluating", name)
	return v
}

func main() {
	a, b := 1, 2
	a, b = b, a
	println("swap:", a, b)
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	println("rotate:", x, y, z)
	p, q := 0, 1
	for i := 0; i < 10; i++ {
		p, q = q, p+q
	}
	println("fib(10) by parallel assignment:", p, q)

	i := 10
	i, j := 5, i
	println("i, j := 5, i (j gets old i):", i, j)
	k, j := j+1, i+1
	println("redeclare j, new k:", k, j)

	n, s := pair()
	println("from function:", n, s)
	_, s2 := pair()
	n2, _ := pair()
	println("blank:", s2, n2)

	c := 0
	c, c = 1, 2
	println("c, c = 1, 2 gives:", c)

	println("right-hand side evaluated left to right before assigning:")
	u, v := trace("u", 1), trace("v", 2)
	u, v = trace("v+10", v+10), trace("u+20", u+20)
	println("u, v:", u, v)

	var f32 float32
	var str string
	var ok bool
	f32, str, ok = 1.5, "mixed", true
	println("mixed types:", f32, str, ok)

	m, n3 := 3, 4
	m, n3 = m*n3, m+n3
	println("m, n = m*n, m+n:", m, n3)

	var g1, g2 = 7, "seven"
	println("var with two types:", g1, g2)
	var (
		h1 int8   = -1
		h2 uint16 = 2
	)
	h1, h2 = int8(h2), uint16(h1)
	println("cross conversions:", h1, h2)

	gcdA, gcdB := 1071, 462
	for gcdB != 0 {
		gcdA, gcdB = gcdB, gcdA%gcdB
	}
	println("gcd(1071, 462):", gcdA)
}
