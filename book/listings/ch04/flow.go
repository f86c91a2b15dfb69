package main

var sink *int

//go:noinline
func toGlobal() {
	x := 1
	sink = &x
}

//go:noinline
func throughLocals() *int {
	y := 2
	p := &y
	q := p
	return q
}

//go:noinline
func derefOnly() int {
	z := 3
	p := &z
	return *p
}

//go:noinline
func inLoop() int {
	var p *int
	for i := 0; i < 3; i++ {
		x := i
		p = &x
	}
	return *p
}

func main() {
	toGlobal()
	println(*throughLocals(), derefOnly(), inLoop())
}
