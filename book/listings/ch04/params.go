package main

var sink *int

//go:noinline
func identity(p *int) *int {
	return p
}

//go:noinline
func deref(p *int) int {
	return *p
}

//go:noinline
func load(pp **int) *int {
	return *pp
}

//go:noinline
func callers() int {
	u := 1
	v := 2
	w := 3
	sink = identity(&u)
	q := identity(&v)
	r := &w
	return *q + deref(load(&r))
}

func main() {
	println(callers())
}
