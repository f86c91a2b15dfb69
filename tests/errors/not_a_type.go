// A value used where a type is expected, and a type used as a value.
package main

type T int

var v int

func f() {}

func main() {
	var a v // ERROR "v \(package-level variable\) is not a type"
	_ = a
	var c f // ERROR "f \(function\) is not a type"
	_ = c
	x := 1
	var d x // ERROR "x \(local variable\) is not a type"
	_ = d
	_ = int         // ERROR "int \(type\) is not an expression"
	b := T          // ERROR "T \(type\) is not an expression"
	println(string) // ERROR "string \(type\) is not an expression"
	_ = T + 1       // ERROR "T \(type\) is not an expression"
	_ = b
}
