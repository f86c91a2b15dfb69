// Operators applied to operand types that do not support them.
package main

func main() {
	var i int = 1
	var f float64 = 1
	var s string = "a"
	var b bool = true
	_ = !i     // ERROR "invalid operation: operator ! not defined on i \(variable of type int\)"
	_ = b + b  // ERROR "invalid operation: operator \+ not defined on b \(variable of type bool\)"
	_ = -s     // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = ^f     // ERROR "invalid operation: operator \^ not defined on f \(variable of type float64\)"
	_ = f % f  // ERROR "invalid operation: operator % not defined on f \(variable of type float64\)"
	_ = i && i // ERROR "invalid operation: operator && not defined on i \(variable of type int\)"
	b++        // ERROR "invalid operation: b\+\+ \(non-numeric type bool\)"
	s--        // ERROR "invalid operation: s-- \(non-numeric type string\)"
}
