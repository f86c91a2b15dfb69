// 8 and 9 are not octal digits.
package main

func main() {
	x := 08   // ERROR "invalid digit '8' in octal literal"
	y := 0779 // ERROR "invalid digit '9' in octal literal"
	z := 0o18 // ERROR "invalid digit '8' in octal literal"
	ok := 0777 + 0o17 + 0 + 00
	f := 09.5 // fine: a float literal may start with 0
	println(x, y, z, ok, f)
}
