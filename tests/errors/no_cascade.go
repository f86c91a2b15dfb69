// Errors do not cascade: a variable declared with an error stays silent
// where it is used, and a composite literal with a bad element still has
// its type.
package main

type T struct{ a int }

func main() {
	y := undefinedFn(3) // ERROR "undefined: undefinedFn"
	z := y + 1
	t := T{b: 1} // ERROR "unknown field b in struct literal of type T"
	_ = t.c      // ERROR "t\\.c undefined \\(type T has no field or method c\\)"
	_ = t == 1   // ERROR "invalid operation: t == 1 \\(mismatched types T and untyped int\\)"
	println(y, z, t.a)
}
