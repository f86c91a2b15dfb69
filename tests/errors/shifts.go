// Shifts of non-integers and by non-integer or negative counts.
package main

func main() {
	var i int = 1
	var f float64 = 1
	var s string
	f <<= 1      // ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer"
	_ = f >> 1   // ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer"
	_ = i << f   // ERROR "invalid operation: shift count f \(variable of type float64\) must be integer"
	_ = 1.5 << 2 // ERROR "invalid operation: shifted operand 1.5 \(untyped float constant\) must be integer"
	_ = i << -1  // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)"
	_ = 1 << s   // ERROR "invalid operation: shift count s \(variable of type string\) must be integer"
	var u uint = 3
	_ = i << u   // fine
	_ = 1.0 << 3 // fine: 1.0 is an integer value
	println(s)
}
