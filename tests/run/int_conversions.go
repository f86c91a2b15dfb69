package main

type MyInt int
type Small int8
type Big uint64

func main() {
	var big int64 = 0x123456789ABCDEF0
	println("int8:", int8(big), "uint8:", uint8(big))
	println("int16:", int16(big), "uint16:", uint16(big))
	println("int32:", int32(big), "uint32:", uint32(big))
	println("uint64:", uint64(big), "int:", int(big), "uint:", uint(big))

	var neg int8 = -1
	println("int8 -1 ->", "uint8:", uint8(neg), "int16:", int16(neg), "uint16:", uint16(neg))
	println("         uint32:", uint32(neg), "uint64:", uint64(neg), "int64:", int64(neg), "uintptr:", uintptr(neg))
	var u8 uint8 = 255
	println("uint8 255 -> int8:", int8(u8), "int16:", int16(u8), "int64:", int64(u8), "uint64:", uint64(u8))
	var u32 uint32 = 0xFFFFFFFF
	println("uint32 max -> int32:", int32(u32), "int64:", int64(u32), "int:", int(u32))
	var u64 uint64 = 0xFFFFFFFFFFFFFFFF
	println("uint64 max -> int64:", int64(u64), "int8:", int8(u64), "uint32:", uint32(u64))
	var i16 int16 = -300
	println("int16 -300 -> int8:", int8(i16), "uint8:", uint8(i16), "uint16:", uint16(i16), "uint32:", uint32(i16))
	var x int32 = -2147483648
	println("int32 min -> int16:", int16(x), "uint32:", uint32(x), "int64:", int64(x), "uint64:", uint64(x))
	var h int = 0x1FF
	println("0x1FF -> int8:", int8(h), "uint8:", uint8(h), "chain int8(int16(int32)):", int8(int16(int32(h))))
	var c uint16 = 0x8080
	println("uint16 0x8080 -> int8:", int8(c), "int16:", int16(c), "int32(int16):", int32(int16(c)), "int32:", int32(c))

	var mi MyInt = -5
	var sm Small = Small(mi)
	var bg Big = Big(mi)
	println("MyInt -5 -> Small:", sm, "Big:", bg, "back to MyInt:", MyInt(bg))
	sm = Small(MyInt(300) + mi)
	println("Small(MyInt(300)+mi) = Small(295):", sm)
	var b byte = 'A'
	var r rune = rune(b) + 0x300
	println("byte->rune:", r, "rune->byte:", byte(r), "rune->uint16:", uint16(r))
	var p uintptr = uintptr(big)
	println("uintptr from int64:", p, "back:", int64(p))

	sum := 0
	for i := 250; i < 260; i++ {
		print(uint8(i), " ")
		sum += int(int8(i))
	}
	println()
	println("sum of int8(250..259):", sum)
	var acc uint16
	for i := int64(0); i < 5; i++ {
		acc += uint16(i * 20000)
	}
	println("uint16 accumulate:", acc)
}
