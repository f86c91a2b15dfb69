package main

func main() {
	f := 3.99
	println("int(3.99):", int(f), "int(-3.99):", int(-f))
	g := -0.5
	println("int(-0.5):", int(g), "int(-1.5):", int(g*3))
	nearOne := 0.9999999999
	println("int(0.9999999999):", int(nearOne), "int(-0.9999999999):", int(-nearOne))
	var h float64 = 250.7
	println("uint8(250.7):", uint8(h))
	var hn float64 = -127.9
	println("int8(-127.9):", int8(hn))
	var hm float64 = 65535.9
	println("uint16(65535.9):", uint16(hm))
	var e18 float64 = 1e18
	println("int64(1e18):", int64(e18))
	var u19 float64 = 1.8e19
	println("uint64(1.8e19):", uint64(u19))
	var two63 float64 = 9223372036854775808.0
	println("uint64(2^63 as float):", uint64(two63))
	var i int64 = 9007199254740993
	println("int64(float64(2^53+1)):", int64(float64(i)))
	var i32 int32 = 16777217
	println("int32(float32(2^24+1)):", int32(float32(i32)))
	var umax uint64 = 0xFFFFFFFFFFFFFFFF
	println("float64(uint64 max):", float64(umax), "float32:", float32(umax))
	var u uint64 = 0xFFFFFFFFFFFFF800
	println("uint64 0xFFFFFFFFFFFFF800 round trip:", uint64(float64(u)))
	var odd uint64 = 1<<63 + 1
	println("uint64 (1<<63)+1 -> float64 -> uint64:", uint64(float64(odd)))
	var half uint64 = 1<<63 - 1
	println("uint64 (1<<63)-1 -> float64:", float64(half), "-> back:", uint64(float64(half)))
	var m int64 = -9223372036854775808
	println("float64(int64 min):", float64(m), "back:", int64(float64(m)))
	var small uint8 = 200
	var sb int8 = -100
	println("float32(uint8 200):", float32(small), "float64(int8 -100):", float64(sb))

	var t32 float32 = 0.1
	println("float64(float32(0.1)) == 0.1:", float64(t32) == 0.1)
	var d float64 = 1.0000001
	println("float32(1.0000001) == 1:", float32(d) == 1, "float32(1.00000001) == 1:", float32(d-0.00000009) == 1)
	var tiny float64 = 1e-46
	println("float32(1e-46):", float32(tiny), "float32(-1e-46):", float32(-tiny))
	var f32 float32 = 16777216
	println("float32 2^24 + 1:", f32+1 == f32, "int(float32 2^24+1):", int(f32+1))
	var big64 int64 = 1<<40 + 1
	println("float32(int64 2^40+1) -> int64:", int64(float32(big64)))
	var neg32 float32 = -7.9
	println("int16(float32 -7.9):", int16(neg32), "uint32(float32 7.9):", uint32(-neg32))

	sum := 0
	for k := 0; k < 10; k++ {
		x := float64(k) * 0.75
		sum += int(x)
		print(int(x), " ")
	}
	println("sum:", sum)
	for k := -4; k <= 4; k++ {
		print(int(float64(k)/2.5), " ")
	}
	println("(truncation toward zero)")
	var c float64 = 65
	println("rune(float 65.9):", rune(c+0.9), string(rune(c+0.9)))
}
