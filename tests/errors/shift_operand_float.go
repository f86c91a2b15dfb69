// A non-constant shift of an untyped constant: the constant takes the type
// the context gives, which must be an integer type.
package main

func main() {
	var s uint = 3
	var f float64 = 1 << s // ERROR "invalid operation: shifted operand 1 \\(type float64\\) must be integer"
	g := 2.0
	g = 1 << s                   // ERROR "invalid operation: shifted operand 1 \\(type float64\\) must be integer"
	var h float32 = (1 << s) + 1 // ERROR "invalid operation: shifted operand 1 \\(type float32\\) must be integer"
	k := float64(1 << s)         // ERROR "invalid operation: shifted operand 1 \\(type float64\\) must be integer"
	var y = 1.0 << s // ERROR "invalid operation: shifted operand 1\\.0 \\(type float64\\) must be integer"
	println(f, g, h, k, y)
}
