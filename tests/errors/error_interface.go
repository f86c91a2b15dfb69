// Values that do not implement error: gc's reason names the missing
// method; an untyped constant is described by its default type.
package main

type T int

func main() {
	var e error = T(1) // ERROR "cannot use T\\(1\\) \\(constant 1 of int type T\\) as error value in variable declaration: T does not implement error \\(missing method Error\\)"
	var s error = "x"  // ERROR "cannot use \"x\" \\(constant of type string\\) as error value in variable declaration: string does not implement error \\(missing method Error\\)"
	var a any
	e = a // ERROR "cannot use a \\(variable of interface type any\\) as error value in assignment: interface\\{\\} does not implement error \\(missing method Error\\)"
	var p *int
	e = p // ERROR "cannot use p \\(variable of type \\*int\\) as error value in assignment: \\*int does not implement error \\(missing method Error\\)"
	println(e, s)
}
