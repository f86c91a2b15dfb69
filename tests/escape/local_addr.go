// Locals whose address is taken but does not escape stay on the stack:
// nothing is reported for them.
package main

//go:noinline
func read(p *int) int { // ERROR "p does not escape"
	return *p
}

//go:noinline
func bump(p *int) { // ERROR "p does not escape"
	*p = *p + 1
}

func swap(a, b *int) { // ERROR "can inline swap" "a does not escape" "b does not escape"
	*a, *b = *b, *a
}

func main() {
	x := 1
	y := 2
	p := &x
	*p = 10
	bump(&y)
	swap(&x, &y) // ERROR "inlining call to swap"
	println(read(&x), read(&y))
}
