package main

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func main() {
	var a, b int = 0b1100, 0b1010
	println("and:", a&b, "or:", a|b, "xor:", a^b, "andnot:", a&^b, "not a:", ^a)
	var na, nb int = -12, 10
	println("neg and:", na&nb, "or:", na|nb, "xor:", na^nb, "andnot:", na&^nb, "not:", ^na)
	var u8a, u8b uint8 = 0xF0, 0x3C
	println("uint8 and:", u8a&u8b, "or:", u8a|u8b, "xor:", u8a^u8b, "andnot:", u8a&^u8b, "not:", ^u8a)
	var i8a, i8b int8 = -16, 60
	println("int8 and:", i8a&i8b, "or:", i8a|i8b, "xor:", i8a^i8b, "andnot:", i8a&^i8b, "not:", ^i8a)
	var i8z int8
	println("int8 ^0:", ^i8z, "uint8 ^0:", ^uint8(i8z))
	var u16 uint16 = 0x1234
	println("uint16 ^0x1234:", ^u16, "swap bytes:", u16<<8|u16>>8)
	var u32 uint32 = 0xDEADBEEF
	println("uint32 ^:", ^u32, "&0xFFFF:", u32&0xFFFF, "|1:", u32|1, "&^0xFF00FF00:", u32&^0xFF00FF00)
	var u64 uint64 = 0x0123456789ABCDEF
	println("uint64 ^:", ^u64, "popcount:", popcount(u64), "popcount(max):", popcount(^uint64(0)))
	var i64 int64 = -1
	println("int64 -1 & 0x7FFF...:", i64&0x7FFFFFFFFFFFFFFF, "^-1:", ^i64)
	x := 40
	println("lowest set bit of 40:", x&-x, "clear lowest:", x&(x-1))
	println("-x == ^x+1:", -x == ^x+1)
	var y uint = 40
	println("uint lowest set bit via -y:", y&-y, "-y:", -y)
	var v int16 = 0x7FFF
	println("int16 unary minus:", -v, "plus:", +v, "not:", ^v)
	var flags uint = 0
	flags |= 1 << 3
	flags |= 1 << 5
	flags ^= 1 << 3
	flags &^= 1 << 7
	flags |= 1 << 63
	println("flags:", flags)
	r := 0
	for i := 0; i < 16; i++ {
		r = r<<1 | (0xB5>>i)&1
	}
	println("reverse 16 bits of 0xB5:", r)
	const c = ^0 &^ 0xF
	println("const ^0 &^ 0xF:", c)
	var u8 uint8 = 0xAA
	println("uint8 0xAA xor 0xFF:", u8^0xFF, "== ^u8:", u8^0xFF == ^u8)
	g := 0
	for n := 0; n < 8; n++ {
		g = n ^ (n >> 1)
		print(g, " ")
	}
	println("(gray codes)")
}
