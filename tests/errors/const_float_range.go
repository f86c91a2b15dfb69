// Float constants outside a float type's range, or converted to integers.
package main

func main() {
	var p float32 = 1e39  // ERROR "cannot use 1e39 \(untyped float constant 1e\+39\) as float32 value in variable declaration \(overflows\)"
	var q float64 = 1e309 // ERROR "cannot use 1e309 \(untyped float constant 1e\+309\) as float64 value in variable declaration \(overflows\)"
	// A float constant that does not fit an integer type is "truncated"
	// even when it is a whole number.
	var n int8 = 1e3      // ERROR "cannot use 1e3 \(untyped float constant 1000\) as int8 value in variable declaration \(truncated\)"
	_ = byte(3.14)        // ERROR "cannot convert 3.14 \(untyped float constant\) to type byte"
	var ok float32 = 1e38 // fine
	println(p, q, n, ok)
}
