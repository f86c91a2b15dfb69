// Types as types2 spells them: a string's elements are bytes, []byte and
// any keep their names in composite types, a constant overflows the
// underlying type, an interface needs a type assertion, and a slice
// expression is placed at its [.
package main

type W uint8

const A W = 250

func main() {
	var s = "abc"
	var bs = []byte("x")
	var a string = s[0] // ERROR "cannot use s\\[0\\] \\(value of type byte\\) as string value in variable declaration"
	var b string = bs   // ERROR "cannot use bs \\(variable of type \\[\\]byte\\) as string value in variable declaration"
	var v any = 1
	var j int = v      // ERROR "cannot use v \\(variable of interface type any\\) as int value in variable declaration: need type assertion"
	var x int = s[1:2] // ERROR "cannot use s\\[1:2\\] \\(value of type string\\) as int value in variable declaration"
	var rs = []rune("x")
	var y = append(bs, rs...) // ERROR "cannot use rs \\(variable of type \\[\\]rune\\) as \\[\\]byte value in argument to append"
	_, _, _, _, _ = a, b, j, x, y
	_ = v * 2       // ERROR "invalid operation: v \\* 2 \\(mismatched types any and untyped int\\)"
	println(A + 10) // ERROR "A \\+ 10 \\(constant 260 of uint8 type W\\) overflows uint8"
}
