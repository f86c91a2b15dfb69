package main

func main() {
	var one int64 = 1
	var s64, s63, s65, s100 uint = 64, 63, 65, 100
	println("int64 1<<63:", one<<s63, "1<<64:", one<<s64, "1<<65:", one<<s65, "1<<100:", one<<s100)
	var neg int64 = -8
	var s1, s2, s70 uint = 1, 2, 70
	println("int64 -8>>1:", neg>>s1, "-8>>2:", neg>>s2, "-8>>63:", neg>>s63, "-8>>64:", neg>>s64, "-8>>70:", neg>>s70)
	var pos int64 = 1 << 62
	println("int64 1<<62 >>70:", pos>>s70, ">>62:", pos>>(s63-1))
	var u64 uint64 = 0xFFFFFFFFFFFFFFFF
	println("uint64 max>>63:", u64>>s63, ">>64:", u64>>s64, "<<63:", u64<<s63, "<<64:", u64<<s64)

	var x8 int8 = -128
	var c7, c8, c9 uint = 7, 8, 9
	println("int8 -128>>7:", x8>>c7, ">>8:", x8>>c8, ">>9:", x8>>c9, "<<1:", x8<<s1)
	var o8 int8 = 1
	println("int8 1<<7:", o8<<c7, "1<<8:", o8<<c8)
	var ub uint8 = 200
	println("uint8 200<<1:", ub<<s1, "200>>7:", ub>>c7, "200>>8:", ub>>c8, "200<<8:", ub<<c8)
	var x16 int16 = -2
	var c15, c16 uint = 15, 16
	println("int16 -2>>15:", x16>>c15, "-2>>16:", x16>>c16, "-2<<15:", x16<<c15, "-2<<16:", x16<<c16)
	var x32 int32 = -1
	var c31, c32, c33 uint = 31, 32, 33
	println("int32 -1<<31:", x32<<c31, "-1<<32:", x32<<c32, "-1>>33:", x32>>c33)
	var u32 uint32 = 0x80000001
	println("uint32 0x80000001>>31:", u32>>c31, ">>32:", u32>>c32, "<<1:", u32<<s1, "<<32:", u32<<c32)

	v := 5
	var cu8 uint8 = 3
	var cu16 uint16 = 3
	var cu32 uint32 = 3
	var cu64 uint64 = 3
	var cu uint = 3
	var cup uintptr = 3
	var ci8 int8 = 3
	var ci16 int16 = 3
	var ci32 int32 = 3
	var ci64 int64 = 3
	var ci int = 3
	println("5<<3 by every count type:", v<<cu8, v<<cu16, v<<cu32, v<<cu64, v<<cu, v<<cup, v<<ci8, v<<ci16, v<<ci32, v<<ci64, v<<ci)
	w := -40
	println("-40>>3 by every count type:", w>>cu8, w>>cu16, w>>cu32, w>>cu64, w>>cu, w>>cup, w>>ci8, w>>ci16, w>>ci32, w>>ci64, w>>ci)

	var huge uint64 = 1 << 40
	println("1<<(1<<40):", one<<huge, "-8>>(1<<40):", neg>>huge)
	var c255 uint8 = 255
	println("1<<uint8(255):", one<<c255, "-1>>uint8(255):", int64(-1)>>c255)
	var bigSigned int64 = 1 << 40
	println("signed huge count: 1<<", one<<bigSigned, "-8>>", neg>>bigSigned)
	var cwrap uint8 = 0
	cwrap--
	println("count uint8 0-1 = 255, 7<<255:", 7<<cwrap)

	var t int = 1
	for i := 0; i < 8; i++ {
		t <<= 8
		print(t, " ")
	}
	println()
	var r uint32 = 0xDEADBEEF
	var k uint = 8
	rot := r<<k | r>>(32-k)
	println("rotate left 8:", rot)
	println("const shifts:", 1<<10, -1<<3, -16>>2, 0xFF>>4, uint8(0xF0)>>4)
	var base byte = 1
	for i := uint(0); i < 10; i++ {
		print(base<<i, " ")
	}
	println()
}
