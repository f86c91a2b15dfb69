// A conversion takes exactly one argument.
package main

func main() {
	_ = int("a", 1)   // ERROR "too many arguments in conversion to int"
	_ = int()         // ERROR "missing argument in conversion to int"
	_ = bool(1)       // ERROR "cannot convert 1 \(untyped int constant\) to type bool"
	_ = string(1.5)   // ERROR "cannot convert 1.5 \(untyped float constant\) to type string"
	_ = float32(true) // ERROR "cannot convert true \(untyped bool constant\) to type float32"
}
