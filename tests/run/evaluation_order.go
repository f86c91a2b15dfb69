package main

var log string

func v(name string, n int) int {
	log += name
	return n
}

func s(name string) string {
	log += name
	return name
}

func add3(a, b, c int) int {
	return a*100 + b*10 + c
}

func flush(label string, result int) {
	println(label, "=", result, "order:", log)
	log = ""
}

func main() {
	flush("v(a)+v(b)*v(c)", v("a", 1)+v("b", 2)*v("c", 3))
	flush("add3(v(a), v(b), v(c))", add3(v("a", 1), v("b", 2), v("c", 3)))
	flush("nested calls", add3(v("x", add3(v("p", 1), v("q", 2), v("r", 3))), v("y", 4), v("z", 5)))
	flush("(v(a)-v(b))-(v(c)-v(d))", (v("a", 10)-v("b", 3))-(v("c", 5)-v("d", 1)))
	str := s("1") + s("2") + s("3")
	flush("string concat "+str, len(str))
	x, y := v("x", 1), v("y", 2)
	flush("x, y := ...", x+y)
	x, y = v("Y", y), v("X", x)
	flush("swap with calls", x*10+y)
	if v("cond", 1) > 0 && v("rhs", 1) > 0 {
		flush("if condition", 1)
	}
	for i := v("init", 0); i < v("cond", 2); i += v("post", 1) {
		log += "|body|"
	}
	flush("for clauses", 0)
	switch v("tag", 2) {
	case v("c1", 1), v("c2", 2), v("c3", 3):
		flush("switch cases", 2)
	}
	n := 0
	n += v("rhs of +=", 5)
	flush("op-assign", n)
	println("print arguments:", v("first", 1), v("second", 2))
	println("order:", log)
}
