// ... with a builtin or a non-variadic function (the arguments still
// count as used), a field spelled with another case (gc's hint), and an
// interface with methods where a concrete type is wanted (no type
// assertion could help: int does not implement error).
package main

type T struct{ a int }

func f(a, b int) {}

func main() {
	s := []int{1, 2}
	println(s...) // ERROR "invalid operation: invalid use of \\.\\.\\. with built\\-in println"
	f(s...)       // ERROR "cannot use \\.\\.\\. in call to non\\-variadic f"
	var t T
	println(t.A) // ERROR "t\\.A undefined \\(type T has no field or method A, but does have field a\\)"
	var e error
	var x int = e // ERROR "cannot use e \\(variable of interface type error\\) as int value in variable declaration"
	_ = x
}
