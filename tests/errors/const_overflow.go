// Untyped constants that do not fit in the destination's integer type.
package main

const big = 1 << 100

func main() {
	var a int8 = 300 // ERROR "cannot use 300 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	var b byte
	b = 256                  // ERROR "cannot use 256 \(untyped int constant\) as byte value in assignment \(overflows\)"
	_ = byte(256)            // ERROR "constant 256 overflows byte"
	_ = int8(-129)           // ERROR "constant -129 overflows int8"
	var c int = big          // ERROR "cannot use big \(untyped int constant 1267650600228229401496703205376\) as int value in variable declaration \(overflows\)"
	println(big)             // ERROR "cannot use big \(untyped int constant 1267650600228229401496703205376\) as int value in argument to built-in println \(overflows\)"
	x := big                 // ERROR "cannot use big \(untyped int constant 1267650600228229401496703205376\) as int value in assignment \(overflows\)"
	var i16 int16 = 1 << 15  // ERROR "cannot use 1 << 15 \(untyped int constant 32768\) as int16 value in variable declaration \(overflows\)"
	var ok int16 = 1<<15 - 1 // fine
	println(a, b, c, x, i16, ok, big>>98)
}
