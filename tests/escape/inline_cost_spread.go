// A multi-value call passed on whole (println(two(x))) costs the inliner
// what gc's rewrite to temporaries costs: caller is over the budget.
package main

func two(x int) (int, int) {
	a := x*3 + 1
	b := a ^ (x >> 2)
	c := b*a - x
	d := c | (b & 7)
	e := d + c*b
	f := e - (a << 1)
	g := f*d ^ e
	h := g + f - e
	h = h*3 + g - f + e
	h = h ^ (g + 1)
	return h + a + b + c, g*d - h + e
}

func caller(x int) {
	println(two(x))
	y := x*3 + 1
	y ^= y >> 2
	println(y)
}

func main() { // ERROR "can inline main"
	caller(1)
}
