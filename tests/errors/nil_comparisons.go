// Comparisons with nil: nil == nil is not defined on untyped nil; against
// a typed operand, nil takes its type.
package main

func main() {
	println(nil == nil) // ERROR "invalid operation: nil == nil \\(operator == not defined on untyped nil\\)"
	var p *int
	_ = nil < p // ERROR "invalid operation: nil < p \\(operator < not defined on pointer\\)"
}
