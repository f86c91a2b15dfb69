// Slicing a nil pointer to an array panics (gc's nil check).
package main

func main() {
	var p *[3]int
	s := p[:]
	println(len(s), cap(s))
}
