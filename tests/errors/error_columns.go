// Where gc points: unary operators at their operand, conversions at the
// argument, comparisons at the right operand, := at the operator, a call
// short of arguments at its last argument.
package main

func f(a, b int) int { return a + b }

func main() {
	x := 1
	var u uint = 1
	_ = &5                 // ERROR "invalid operation: cannot take address of 5 \(untyped int constant\)"
	_ = *x                 // ERROR "invalid operation: cannot indirect x \(variable of type int\)"
	_ = ^1.5               // ERROR "invalid operation: operator \^ not defined on 1\.5 \(untyped float constant\)"
	_ = int("5")           // ERROR "cannot convert \"5\" \(untyped string constant\) to type int"
	println(x == u)        // ERROR "invalid operation: x == u \(mismatched types int and uint\)"
	x := 2                 // ERROR "no new variables on left side of :="
	f(1)                   // ERROR "not enough arguments in call to f"
	_ = [3]int{0: 1, 0: 2} // ERROR "duplicate index 0 in array or slice literal"
	_ = "abc"[0:1:2]       // ERROR "invalid operation: 3\-index slice of string"
}
