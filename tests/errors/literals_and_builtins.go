// Composite literal and builtin call errors, in gc's words.
package main

type P struct {
	X, Y int
}

type Q struct {
	P
	Z int
}

const big = 1 << 62

func takes(a int, b string) {}

func main() {
	p := P{1}                             // ERROR "too few values in struct literal of type P"
	q := P{X: 1, 2}                       // ERROR "mixture of field:value and value elements in struct literal"
	r := Q{P{1, 2}, 3, 4}                 // ERROR "too many values in struct literal of type Q"
	var s []P = []P{{1, 2}, {X: 3, Z: 4}} // ERROR "unknown field Z in struct literal of type P"
	var arr [2]int = [2]int{1, 2, 3}      // ERROR "index 2 is out of bounds \\(>= 2\\)"
	m := map[string]int{"a": 1, "a": 2}   // ERROR "duplicate key \"a\" in map literal"
	takes("x", 1)                         // ERROR "cannot use \"x\" \\(untyped string constant\\) as int value in argument to takes" "cannot use 1 \\(untyped int constant\\) as string value in argument to takes"
	takes(1)                              // ERROR "not enough arguments in call to takes"
	var i8 int8 = big                     // ERROR "cannot use big \\(untyped int constant 4611686018427387904\\) as int8 value in variable declaration \\(overflows\\)"
	var u8 uint8 = -1                     // ERROR "cannot use \\-1 \\(untyped int constant\\) as uint8 value in variable declaration \\(overflows\\)"
	x := [...]int{5: 1, 2, 5: 3}          // ERROR "duplicate index 5 in array or slice literal"
	var n = len(1)                        // ERROR "invalid argument: 1 \\(untyped int constant\\) for built\\-in len"
	_ = append(1, 2)                      // ERROR "invalid append: argument must be a slice; have 1 \\(untyped int constant\\)"
	_ = copy(s, "x")                      // ERROR "invalid copy: arguments s \\(variable of type \\[\\]P\\) and \"x\" \\(untyped string constant\\) have different element types P and byte"
	delete(m)                             // ERROR "invalid operation: not enough arguments for delete\\(m\\) \\(expected 2, found 1\\)"
	delete(s, 1)                          // ERROR "invalid argument: s \\(variable of type \\[\\]P\\) is not a map"
	println(p, q, r, s, arr, m, i8, u8, x, n)
}
