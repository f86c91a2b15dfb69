// Taking the address of a field through a nil pointer panics at once, as
// gc's nil check does, though nothing is loaded.
package main

type T struct{ a, b int }

func main() {
	var p *T
	q := &p.b
	println(q != nil)
}
