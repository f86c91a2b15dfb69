package main

// Dereferencing a nil *int faults on address 0: gc reports a runtime
// error followed by a [signal SIGSEGV ...] line.

func deref(p *int) int {
	return *p
}

func main() {
	x := 42
	p := &x
	println("deref(&x) =", deref(p))
	ptrs := []*int{&x, new(int), nil}
	for i, q := range ptrs {
		println("ptrs[", i, "] == nil:", q == nil)
	}
	for i, q := range ptrs {
		println("deref(ptrs[", i, "]) =", deref(q))
	}
	println("never printed")
}
