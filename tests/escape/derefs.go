// Stores through pointers: gc treats every store through a pointer (*p = v,
// p.f = v with p a pointer) as a store to the heap, so the stored address
// escapes even when the pointer's target is a local. Direct stores do not.
package main

type Cell struct {
	P *int
}

var cell *int

//go:noinline
func setThrough(pp **int, p *int) { // ERROR "pp does not escape" "leaking param: p"
	*pp = p
}

func main() {
	x := 1 // ERROR "moved to heap: x"
	var px *int
	setThrough(&px, &x)
	y, w := 2, 3 // ERROR "moved to heap: w"
	py := &y
	ppy := &py
	*ppy = &w
	z := 4 // ERROR "moved to heap: z"
	cellp := &cell
	*cellp = &z
	u, v := 5, 6 // ERROR "moved to heap: u"
	var c1, c2 Cell
	pc := &c1
	pc.P = &u
	c2.P = &v
	println(*px, *py, *cell, *c1.P, *c2.P)
}
