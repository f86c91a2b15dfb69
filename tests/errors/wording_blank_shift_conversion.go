// gc's words for: a value assigned to the blank identifier, an untyped
// shift count that is not an integer, and a conversion that cannot be
// (the argument described as written, the type spelled as written).
package main

func main() {
	var i int
	var x int
	_ = 1 << 70       // ERROR "cannot use 1 << 70 \\(untyped int constant 1180591620717411303424\\) as int value in assignment to _ identifier \\(overflows\\)"
	_ = nil           // ERROR "use of untyped nil in assignment to _ identifier"
	x, _ = 1<<70, nil // ERROR "cannot use 1 << 70 \\(untyped int constant 1180591620717411303424\\) as int value in multiple assignment \\(overflows\\)" "use of untyped nil in multiple assignment"
	_ = i << 1.5      // ERROR "1\\.5 \\(untyped float constant\\) truncated to uint"
	_ = []byte(5)     // ERROR "cannot convert 5 \\(untyped int constant\\) to type \\[\\]byte"
	_ = string(1.5)   // ERROR "cannot convert 1\\.5 \\(untyped float constant\\) to type string"
	_ = x
}
