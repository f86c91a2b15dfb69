// Code a constant condition rules out is checked but not compiled, as in
// gc's noder: escape analysis never sees its flows. And p.y += p.x is a
// self-assignment, as p.y = p.x is.
package main

var gp *int

func f(p *int) { // ERROR "can inline f" "p does not escape"
	switch 1 {
	case 0:
		gp = p
	}
}

func g(p *int) { // ERROR "can inline g" "p does not escape"
	if 1 > 2 {
		gp = p
	}
}

func h(p *P) { // ERROR "can inline h" "p does not escape"
	p.y += p.x // ERROR "h ignoring self\\-assignment in p\\.y \\+= p\\.x"
}

type P struct{ x, y int }

func main() { // ERROR "can inline main"
	h(&P{1, 2}) // ERROR "inlining call to h" "main ignoring self\\-assignment in p\\.y \\+= p\\.x" "\\&P\\{\\.\\.\\.\\} does not escape"
	x := 1
	f(&x) // ERROR "inlining call to f"
	g(&x) // ERROR "inlining call to g"
	println(x)
}
