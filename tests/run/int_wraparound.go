package main

func main() {
	var i8 int8 = 127
	i8++
	println("int8 max+1:", i8)
	i8--
	println("int8 min-1:", i8)
	var i16 int16 = 32767
	i16 += 1
	println("int16 max+1:", i16)
	i16 -= 1
	println("int16 min-1:", i16)
	var i32 int32 = 2147483647
	i32++
	println("int32 max+1:", i32)
	var i64 int64 = 9223372036854775807
	i64++
	println("int64 max+1:", i64)
	i64--
	println("int64 min-1:", i64)
	var i int = 9223372036854775807
	i = i + 1
	println("int max+1:", i)

	var u8 uint8
	u8--
	println("uint8 0-1:", u8)
	u8++
	println("uint8 255+1:", u8)
	var u16 uint16
	u16 -= 1
	println("uint16 0-1:", u16)
	var u32 uint32
	u32--
	println("uint32 0-1:", u32)
	var u64 uint64
	u64--
	println("uint64 0-1:", u64)
	var u uint
	u = u - 1
	println("uint 0-1:", u)
	var up uintptr
	up--
	println("uintptr 0-1:", up)

	var a8 int8 = 100
	println("int8 100*3:", a8*3, "100*100:", a8*a8, "100+100:", a8+a8)
	var b8 uint8 = 200
	println("uint8 200*2:", b8*2, "200+100:", b8+100, "200*200:", b8*b8)
	var m16 int16 = 300
	println("int16 300*300:", m16*m16)
	var m32 int32 = 65536
	println("int32 65536*65536:", m32*m32, "65536*32768:", m32*32768)
	var u32m uint32 = 65536
	println("uint32 65536*65536:", u32m*u32m, "65535*65537:", (u32m-1)*(u32m+1))
	var m64 int64 = 3037000500
	println("int64 3037000500^2:", m64*m64)
	var um uint64 = 0xFFFFFFFF
	println("uint64 0xFFFFFFFF^2:", um*um, "(2^32)^2:", (um+1)*(um+1))
	var big uint64 = 18446744073709551615
	println("uint64 max+max:", big+big, "max*max:", big*big, "max*3:", big*3)

	var min8 int8 = -128
	println("-(int8 min):", -min8, "int8 min*-1:", min8*-1)
	var min64 int64 = -9223372036854775808
	println("-(int64 min):", -min64, "int64 min-1:", min64-1, "int64 min*2:", min64*2)
	var neg16 int16 = -32768
	println("int16 min+min:", neg16+neg16)

	var p int32 = 1
	for k := 0; k < 12; k++ {
		p *= 7
		print(p, " ")
	}
	println()
	var h uint32 = 2166136261
	s := "wraparound"
	for k := 0; k < len(s); k++ {
		h ^= uint32(s[k])
		h *= 16777619
	}
	println("fnv-1a 32 of \"wraparound\":", h)
	var h64 uint64 = 14695981039346656037
	for k := 0; k < len(s); k++ {
		h64 ^= uint64(s[k])
		h64 *= 1099511628211
	}
	println("fnv-1a 64 of \"wraparound\":", h64)
}
