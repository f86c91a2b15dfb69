// Malformed number literals.
package main

func main() {
	x := 0x    // ERROR "hexadecimal literal has no digits"
	y := 1e    // ERROR "exponent has no digits"
	z := 0b102 // ERROR "invalid digit '2' in binary literal"
	w := 1__0  // ERROR "'_' must separate successive digits"
	ok := 0xFF + 0b101 + 1_000 + 1e3
	println(x, y, z, w, ok)
}
