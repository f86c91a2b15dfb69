// new(T) stays on the stack unless its pointer escapes.
package main

type Point struct {
	X, Y int
}

var origin *Point

//go:noinline
func fresh() *int {
	return new(int) // ERROR "new\(int\) escapes to heap"
}

func main() {
	a := new(int) // ERROR "new\(int\) does not escape"
	*a = 3
	b := new(Point) // ERROR "new\(Point\) does not escape"
	b.X = 4
	origin = new(Point) // ERROR "new\(Point\) escapes to heap"
	c := fresh()
	println(*a, b.X, origin.Y, *c)
}
