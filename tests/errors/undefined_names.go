// Names that are not declared anywhere: variables, functions, types.
package main

type T int

var g = T(1)

func f() int { return 1 }

func main() {
	x := y // ERROR "undefined: y"
	println(x)
	undefinedFunc(1) // ERROR "undefined: undefinedFunc"
	var t U          // ERROR "undefined: U"
	_ = t
	z = 3          // ERROR "undefined: z"
	_ = f() + w    // ERROR "undefined: w"
	var v T = T(q) // ERROR "undefined: q"
	_ = v
	println(g, Println) // ERROR "undefined: Println"
}
