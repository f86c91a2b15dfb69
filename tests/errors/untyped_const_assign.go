// Untyped constants whose kind does not fit the destination's type.
package main

func g(b bool) {}

func main() {
	var i int
	i = "a"             // ERROR "cannot use \"a\" \(untyped string constant\) as int value in assignment"
	var b bool = 0      // ERROR "cannot use 0 \(untyped int constant\) as bool value in variable declaration"
	var s string = 'x'  // ERROR "cannot use 'x' \(untyped rune constant 120\) as string value in variable declaration"
	g(1)                // ERROR "cannot use 1 \(untyped int constant\) as bool value in argument to g"
	var f float32 = "1" // ERROR "cannot use \"1\" \(untyped string constant\) as float32 value in variable declaration"
	i = true            // ERROR "cannot use true \(untyped bool constant\) as int value in assignment"
	var by byte = "b"   // ERROR "cannot use \"b\" \(untyped string constant\) as byte value in variable declaration"
	var u uint8 = 'a'   // fine: 'a' is 97
	println(i, b, s, f, by, u)
}
