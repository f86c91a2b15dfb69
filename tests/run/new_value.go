// new(v) of a value (Go 1.26): a new variable holding v, of v's default
// type when v is an untyped constant.
package main

type P struct{ x, y int }

var sink *int

//go:noinline
func f(v int) *int { return new(v * 2) }

func main() {
	p := new(5)
	q := new(P{1, 2})
	s := new("hi")
	r := new(1.5)
	var b byte = 7
	t := new(b)
	sink = new(42)
	println(*p, q.x, *s, *r, *t, *f(3), *sink)
}
