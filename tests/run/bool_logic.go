package main

var trail string

func t(name string) bool {
	trail += name
	return true
}

func f(name string) bool {
	trail += name
	return false
}

func run(label string, v bool) {
	println(label, "=", v, "evaluated:", trail)
	trail = ""
}

func main() {
	run("t(a) || t(b)", t("a") || t("b"))
	run("f(a) || t(b)", f("a") || t("b"))
	run("t(a) && f(b)", t("a") && f("b"))
	run("f(a) && t(b)", f("a") && t("b"))
	run("f(a) || f(b) || t(c) || t(d)", f("a") || f("b") || t("c") || t("d"))
	run("t(a) && t(b) && f(c) && t(d)", t("a") && t("b") && f("c") && t("d"))
	run("f(a) && t(b) || t(c)", f("a") && t("b") || t("c"))
	run("t(a) || t(b) && f(c)", t("a") || t("b") && f("c"))
	run("!t(a) || !f(b)", !t("a") || !f("b"))
	run("t(a) == f(b)", t("a") == f("b"))
	run("t(a) != f(b)", t("a") != f("b"))

	p, q := true, false
	println("truth table:")
	for i := 0; i < 4; i++ {
		p = i&2 != 0
		q = i&1 != 0
		println(" ", p, q, "and:", p && q, "or:", p || q, "xor:", p != q, "eq:", p == q, "not p:", !p)
	}
	var b bool
	b = b || p
	println("b = b || p:", b)
	b = !b
	b = !!b
	println("double negation:", b)
	x := 5
	inRange := x > 0 && x < 10
	println("inRange:", inRange, "!inRange:", !inRange)
	n := 0
	for i := 0; i < 10 && n < 3; i++ {
		if i%3 == 0 || i%5 == 0 {
			n++
		}
	}
	println("counted:", n)
	const c = true && !false
	println("const bool:", c, c == true, 1 < 2 == true)
	var z int
	safe := z != 0 && 10/z > 1
	println("short circuit avoids division by zero:", safe)
}
