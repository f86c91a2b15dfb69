package main

func main() {
	x := 100
	x += 7
	println("+= 7:", x)
	x -= 20
	println("-= 20:", x)
	x *= 3
	println("*= 3:", x)
	x /= 4
	println("/= 4:", x)
	x %= 17
	println("%= 17:", x)
	x <<= 5
	println("<<= 5:", x)
	x >>= 2
	println(">>= 2:", x)
	x &= 0x5C
	println("&= 0x5C:", x)
	x |= 0x101
	println("|= 0x101:", x)
	x ^= 0xFF
	println("^= 0xFF:", x)
	x &^= 0x0F
	println("&^= 0x0F:", x)

	var n int = -50
	n /= 7
	println("int -50 /= 7:", n)
	n = -50
	n %= 7
	println("int -50 %= 7:", n)
	n = -50
	n >>= 3
	println("int -50 >>= 3:", n)

	var u8 uint8 = 250
	u8 += 10
	println("uint8 250 += 10:", u8)
	u8 -= 5
	println("uint8 4 -= 5:", u8)
	u8 *= 3
	println("uint8 255 *= 3:", u8)
	u8 <<= 4
	println("uint8 253 <<= 4:", u8)
	u8 >>= 1
	println("uint8 >>= 1:", u8)
	var i16 int16 = 30000
	i16 += 10000
	println("int16 30000 += 10000:", i16)
	i16 *= -1
	println("int16 *= -1:", i16)
	var s uint = 3
	var i64 int64 = -1
	i64 <<= s
	println("int64 -1 <<= 3:", i64)
	i64 >>= s
	println("int64 >>= 3:", i64)
	var u64 uint64 = 1
	var cnt uint8 = 63
	u64 <<= cnt
	println("uint64 1 <<= uint8(63):", u64)

	f := 1.5
	f += 2.25
	println("float += 2.25:", f)
	f -= 0.75
	println("float -= 0.75:", f)
	f *= 4
	println("float *= 4:", f)
	f /= 8
	println("float /= 8:", f)
	var f32 float32 = 10
	f32 /= 3
	println("float32 10 /= 3:", f32)

	str := "go"
	str += "pher"
	str += ""
	str += "!"
	println("string +=:", str)
	var nm Name = "x"
	nm += "y"
	println("named string +=:", nm)

	k := 5
	k += k
	println("k += k:", k)
	k *= k
	println("k *= k:", k)
	k -= k
	println("k -= k:", k)
}

type Name string
