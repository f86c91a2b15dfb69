// Parameters that leak to results: level=0 (the pointer itself), level=1
// (what it points to), several results, and a named result.
package main

//go:noinline
func same(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0"
	return p
}

//go:noinline
func load(pp **int) *int { // ERROR "leaking param: pp to result ~r0 level=1"
	return *pp
}

//go:noinline
func swapped(a, b *int) (*int, *int) { // ERROR "leaking param: a to result ~r1 level=0" "leaking param: b to result ~r0 level=0"
	return b, a
}

//go:noinline
func named(p *int) (res *int) { // ERROR "leaking param: p to result res level=0"
	res = p
	return
}

func main() {
	x, y := 1, 2
	px := &x
	println(*same(&x), *load(&px))
	s, t := swapped(&x, &y)
	println(*s, *t, *named(&y))
}
