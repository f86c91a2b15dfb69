// Embedded structs: a pointer held in an embedded field leaks like any field.
package main

type Base struct {
	ID  int
	Ref *int
}

type Derived struct {
	Base
	Name string
}

var global *int

//go:noinline
func refOf(d *Derived) *int { // ERROR "leaking param: d to result ~r0 level=1"
	return d.Ref
}

//go:noinline
func publish(d Derived) { // ERROR "leaking param: d"
	global = d.Base.Ref
}

func main() {
	x, y := 1, 2 // ERROR "moved to heap: y"
	d := Derived{Base: Base{ID: 1, Ref: &x}, Name: "d"}
	println(*refOf(&d), d.ID)
	e := &Derived{Base: Base{Ref: &y}} // ERROR "&Derived\{\.\.\.\} does not escape"
	publish(*e)
	println(*global, e.Name)
}
