package main

func main() {
	var i8min, i8max int8 = -128, 127
	var i16min, i16max int16 = -32768, 32767
	var i32min, i32max int32 = -2147483648, 2147483647
	var i64min, i64max int64 = -9223372036854775808, 9223372036854775807
	var imin, imax int = -9223372036854775808, 9223372036854775807
	println("int8 min/max:", i8min, i8max)
	println("int16 min/max:", i16min, i16max)
	println("int32 min/max:", i32min, i32max)
	println("int64 min/max:", i64min, i64max)
	println("int min/max:", imin, imax)

	var u8max uint8 = 255
	var u16max uint16 = 65535
	var u32max uint32 = 4294967295
	var u64max uint64 = 18446744073709551615
	var umax uint = 18446744073709551615
	var upmax uintptr = 18446744073709551615
	println("uint8 max:", u8max)
	println("uint16 max:", u16max)
	println("uint32 max:", u32max)
	println("uint64 max:", u64max)
	println("uint max:", umax)
	println("uintptr max:", upmax)

	var u64top uint64 = 1 << 63
	println("uint64 1<<63:", u64top)
	println("uint64 max via ^0:", ^uint64(0))

	var b byte = 'A'
	var r rune = 'é'
	var neg rune = -1
	println("byte 'A':", b)
	println("rune 'é':", r)
	println("rune -1:", neg)
	println("rune max:", rune(0x10FFFF))

	println("zeros:", int8(0), int16(0), int32(0), int64(0), uint8(0), uint16(0), uint32(0), uint64(0), uintptr(0))
	println("constants:", 0, -1, 1000000, -9223372036854775808, 9223372036854775807)
	var small int16 = -7
	var mid uint32 = 3000000000
	println("mixed widths:", small, mid, int64(small)*int64(mid))
	var pow int64 = 1
	for i := 0; i < 19; i++ {
		print(pow, " ")
		pow *= 10
	}
	println()
	var upow uint64 = 1
	for i := 0; i < 20; i++ {
		upow *= 10
	}
	println("uint64 10^20 wraps:", upow)
}
