// Integer division by a constant zero.
package main

func main() {
	var i int = 7
	var f float64 = 7
	_ = i % 0   // ERROR "invalid operation: division by zero"
	_ = i / 0   // ERROR "invalid operation: division by zero"
	_ = f / 0   // fine: floating-point division by zero is not an error
	_ = 1.0 / 0 // ERROR "invalid operation: division by zero"
	const c = 10
	_ = c / 0 // ERROR "invalid operation: division by zero"
	i /= 0    // ERROR "invalid operation: division by zero"
	const z = 0
	i %= z // ERROR "invalid operation: division by zero"
	var zero = 0
	_ = i / zero // fine: not a constant
}
