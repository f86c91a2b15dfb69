// Dereferencing a nil pointer to a zero-size type panics, though there is
// nothing to load.
package main

type E struct{}

func main() {
	var p *E
	e := *p
	_ = e
	println("no panic")
}
