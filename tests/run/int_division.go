package main

func show(a, b int) {
	println(a, "/", b, "=", a/b, "  ", a, "%", b, "=", a%b)
}

func main() {
	show(7, 2)
	show(-7, 2)
	show(7, -2)
	show(-7, -2)
	show(1, 3)
	show(-1, 3)
	show(0, -5)
	show(6, 3)
	show(-6, 3)
	show(9223372036854775807, 10)
	show(-9223372036854775808, 10)

	var m8, n1_8 int8 = -128, -1
	println("int8 min / -1:", m8/n1_8, "int8 min % -1:", m8%n1_8)
	var m16, n1_16 int16 = -32768, -1
	println("int16 min / -1:", m16/n1_16, "int16 min % -1:", m16%n1_16)
	var m32, n1_32 int32 = -2147483648, -1
	println("int32 min / -1:", m32/n1_32, "int32 min % -1:", m32%n1_32)
	var m64, n1_64 int64 = -9223372036854775808, -1
	println("int64 min / -1:", m64/n1_64, "int64 min % -1:", m64%n1_64)
	var m, n1 int = -9223372036854775808, -1
	println("int min / -1:", m/n1, "int min % -1:", m%n1)

	var s8, d8 int8 = -100, 7
	println("int8 -100/7:", s8/d8, "-100%7:", s8%d8)
	var u8, v8 uint8 = 200, 7
	println("uint8 200/7:", u8/v8, "200%7:", u8%v8)
	var u16, v16 uint16 = 65535, 256
	println("uint16 65535/256:", u16/v16, "65535%256:", u16%v16)
	var u32, v32 uint32 = 4294967295, 10
	println("uint32 max/10:", u32/v32, "max%10:", u32%v32)
	var u64, v64 uint64 = 18446744073709551615, 3
	println("uint64 max/3:", u64/v64, "max%3:", u64%v64)
	var bigDiv uint64 = 1 << 63
	println("uint64 max/(1<<63):", u64/bigDiv, "max%(1<<63):", u64%bigDiv)
	var n uint64 = 10
	println("uint64 max/10:", u64/n, "max%10:", u64%n)

	x := -17
	x /= 5
	println("-17 /= 5:", x)
	y := -17
	y %= 5
	println("-17 %= 5:", y)
	println("(a/b)*b + a%b == a for -17,5:", (-17/5)*5+(-17%5) == -17)
	var a, b int = -17, 5
	println("same at run time:", (a/b)*b+a%b == a)

	var p2 int = -9
	println("-9 / 4 (not a shift):", p2/4, "-9 % 4:", p2%4, "-9 >> 2 (floors):", p2>>2)
	var q uint = 9
	println("uint 9/4:", q/4, "9%4:", q%4, "9/8:", q/8, "9%8:", q%8)
	var c8 int8 = -7
	println("int8 -7/2:", c8/2, "-7%2:", c8%2, "-7/-1:", c8/n1_8)
}
