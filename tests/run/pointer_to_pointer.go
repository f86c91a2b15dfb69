package main

// Pointers to pointers: **int and ***int, redirecting a pointer through a
// pointer to it, and swapping pointers versus swapping values.

func setVia(pp **int, v int) {
	**pp = v
}

func redirect(pp **int, target *int) {
	*pp = target
}

func swapValues(a, b *int) {
	*a, *b = *b, *a
}

func swapPointers(a, b **int) {
	*a, *b = *b, *a
}

func main() {
	x, y := 1, 2
	p := &x
	pp := &p
	ppp := &pp
	println("x =", x, "*p =", *p, "**pp =", **pp, "***ppp =", ***ppp)

	**pp = 10
	println("after **pp = 10: x =", x)
	***ppp = 11
	println("after ***ppp = 11: x =", x)

	*pp = &y
	println("after *pp = &y: *p =", *p, "p == &y:", p == &y)
	**pp = 20
	println("after **pp = 20: x =", x, "y =", y)

	setVia(pp, 30)
	println("setVia(pp, 30): y =", y)
	redirect(pp, &x)
	println("redirect(pp, &x): *p =", *p, "p == &x:", p == &x)

	a, b := 5, 6
	pa, pb := &a, &b
	swapValues(pa, pb)
	println("swapValues: a =", a, "b =", b, "*pa =", *pa, "*pb =", *pb)
	swapPointers(&pa, &pb)
	println("swapPointers: a =", a, "b =", b, "*pa =", *pa, "*pb =", *pb)
	println("pa == &b:", pa == &b, "pb == &a:", pb == &a)

	var nilpp **int
	println("nilpp == nil:", nilpp == nil)
	var nilp *int
	nilpp = &nilp
	println("nilpp != nil:", nilpp != nil, "*nilpp == nil:", *nilpp == nil)
	*nilpp = new(int)
	**nilpp = 42
	println("after *nilpp = new(int): *nilp =", *nilp)

	chain := new(**int)
	*chain = new(*int)
	**chain = new(int)
	***chain = 7
	println("new(**int) chain holds", ***chain)
}
