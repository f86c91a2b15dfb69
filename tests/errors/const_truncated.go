// Non-integer constants used as integers.
package main

func main() {
	var i int = 1.5 // ERROR "cannot use 1.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
	i = 2.5         // ERROR "cannot use 2.5 \(untyped float constant\) as int value in assignment \(truncated\)"
	_ = int(1.5)    // ERROR "cannot convert 1.5 \(untyped float constant\) to type int"
	const f = 2.5
	var j int = f // ERROR "cannot use f \(untyped float constant 2.5\) as int value in variable declaration \(truncated\)"
	const g float64 = 1.5
	var k int = g          // ERROR "cannot use g \(constant 1.5 of type float64\) as int value in variable declaration"
	var l int = 2.0        // fine: 2.0 is an integer value
	var m int = 1e3        // fine
	var r rune = 'a' * 1.5 // ERROR "cannot use 'a' \* 1.5 \(untyped float constant 145.5\) as rune value in variable declaration \(truncated\)"
	const h int = 7 / 2.0  // ERROR "cannot use 7 / 2.0 \(untyped float constant 3.5\) as int value in constant declaration \(truncated\)"
	println(i, j, k, l, m, r, h)
}
