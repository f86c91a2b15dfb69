package main

// The same expressions computed by the compiler (constants) and at run time
// (variables) must agree wherever Go defines the result.

func main() {
	const c1 = -7 / 2
	a, b := -7, 2
	println("-7/2:", c1, a/b)
	const c2 = -7 % 2
	println("-7%2:", c2, a%b)
	const c3 = -7 >> 1
	var one uint = 1
	println("-7>>1:", c3, a>>one)
	const c4 = int8(-128) / 2
	var m8, two8 int8 = -128, 2
	println("int8 -128/2:", c4, m8/two8)
	const c5 = uint8(200) + 55
	var u8a, u8b uint8 = 200, 55
	println("uint8 200+55:", c5, u8a+u8b)
	const c6 = ^uint32(0) >> 4
	var u32 uint32
	var four uint = 4
	println("^uint32(0)>>4:", c6, ^u32>>four)
	const c7 = 1<<62 + 1<<61
	var s62, s61 uint = 62, 61
	println("1<<62 + 1<<61:", c7, 1<<s62+1<<s61)
	const c8 = 0x5555 &^ 0x0F0F
	x, y := 0x5555, 0x0F0F
	println("0x5555 &^ 0x0F0F:", c8, x&^y)
	const c9 = 7.0 / 2
	f, g := 7.0, 2.0
	println("7.0/2:", c9, f/g)
	const c10 = int64(float64(1 << 53))
	var big int64 = 1 << 53
	println("int64(float64(1<<53)):", c10, int64(float64(big)))
	const c11 = float32(0.1)
	var tenth float64 = 0.1
	println("float32(0.1):", c11, float32(tenth), c11 == float32(tenth))
	const c12 = 1e10 / 3
	var ten10 float64 = 1e10
	println("1e10/3:", c12, ten10/3)
	const c13 = "con" + "cat"
	p, q := "con", "cat"
	println("concat:", c13, p+q, c13 == p+q)
	const c14 = len("héllo")
	h := "héllo"
	println("len(héllo):", c14, len(h))
	const c15 = "abc" < "abd"
	sa, sb := "abc", "abd"
	println("abc < abd:", c15, sa < sb)
	const c16 = 'a' + 1
	r := 'a'
	println("'a'+1:", c16, r+1)
	const c17 = int32(-2147483648) / 3
	var m32 int32 = -2147483648
	println("int32 min/3:", c17, m32/3)
	const c18 = uint16(0xABCD) >> 8 << 4
	var u16 uint16 = 0xABCD
	var eight, fourA uint = 8, 4
	println("uint16 0xABCD>>8<<4:", c18, u16>>eight<<fourA)
	const c19 = -(-9223372036854775807 - 1) - 1
	var mn int64 = -9223372036854775808
	println("-(min)-1 constant vs run-time wrap:", c19, -mn-1)
	const c20 = 0.1 + 0.2
	fa, fb := 0.1, 0.2
	println("0.1+0.2 constant vs run time:", c20, fa+fb, c20 == fa+fb)
}
