// With at most one iteration variable and a constant len(x) (an array or a
// pointer to one), the range expression is not evaluated: nil pointers
// are fine.
package main

type T struct{ x [2]int }

func main() {
	var a *[3]int
	n := 0
	for range *a {
		n++
	}
	println(n)
	var p *T
	for i := range p.x {
		println(i)
	}
}
