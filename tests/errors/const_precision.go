// Untyped integer constants are bounded at 512 bits, as in gc: the
// operation that passes the bound is named and reported at its operator.
package main

const a = 1 << 511
const b = a + a  // ERROR "constant addition overflow"
const c = a - -a // ERROR "constant subtraction overflow"
const d = -a * 2 // ERROR "constant multiplication overflow"

// A literal past the bound.
const e = 0x1_0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 // ERROR "constant overflow"

const f = ^(a * 2) // ERROR "constant multiplication overflow"
const g = a << 1   // ERROR "constant shift overflow"

func main() {
	println(b > 0, c > 0, d > 0, e > 0, f > 0, g > 0)
}
