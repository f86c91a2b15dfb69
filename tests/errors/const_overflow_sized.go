// Constants at the edges of the sized integer types.
package main

func main() {
	var i32 int32 = 0x80000000 // ERROR "cannot use 0x80000000 \(untyped int constant 2147483648\) as int32 value in variable declaration \(overflows\)"
	var u64 uint64 = 1 << 64   // ERROR "cannot use 1 << 64 \(untyped int constant 18446744073709551616\) as uint64 value in variable declaration \(overflows\)"
	var r rune = 1 << 31       // ERROR "cannot use 1 << 31 \(untyped int constant 2147483648\) as rune value in variable declaration \(overflows\)"
	_ = big()
	var max uint64 = 1<<64 - 1 // fine
	var min int64 = -1 << 63   // fine
	var u16 uint16 = 65536     // ERROR "cannot use 65536 \(untyped int constant\) as uint16 value in variable declaration \(overflows\)"
	_ = int16(40000)           // ERROR "constant 40000 overflows int16"
	println(i32, u64, r, max, min, u16)
}

func big() int64 {
	return 9223372036854775808 // ERROR "cannot use 9223372036854775808 \(untyped int constant\) as int64 value in return statement \(overflows\)"
}
