// Parameters that leak to the heap: stored in a global, a global's field, or
// the target of a global pointer.
package main

type Holder struct {
	P *int
}

var g *int
var h Holder
var hp = &Holder{}

//go:noinline
func toGlobal(p *int) { // ERROR "leaking param: p"
	g = p
}

//go:noinline
func toField(q *int) { // ERROR "leaking param: q"
	h.P = q
}

//go:noinline
func throughPtr(r *int) { // ERROR "leaking param: r"
	hp.P = r
}

func main() {
	a, b, c := 1, 2, 3 // ERROR "moved to heap: a" "moved to heap: b" "moved to heap: c"
	toGlobal(&a)
	toField(&b)
	throughPtr(&c)
	println(*g, *h.P, *hp.P)
}
