package main

type Counter int16

func main() {
	i := 0
	i++
	i++
	i--
	println("int:", i)
	var i8 int8 = 126
	i8++
	println("int8 126++:", i8)
	i8++
	println("int8 127++:", i8)
	i8--
	println("int8 -128--:", i8)
	var u8 uint8 = 254
	u8++
	println("uint8 254++:", u8)
	u8++
	println("uint8 255++:", u8)
	u8--
	println("uint8 0--:", u8)
	var u16 uint16
	u16--
	println("uint16 0--:", u16)
	var u32 uint32 = 4294967295
	u32++
	println("uint32 max++:", u32)
	var i64 int64 = 9223372036854775807
	i64++
	println("int64 max++:", i64)
	var u64 uint64
	u64--
	println("uint64 0--:", u64)
	var up uintptr = 7
	up++
	println("uintptr 7++:", up)
	var r rune = 'a'
	r++
	println("rune 'a'++:", r)
	var b byte = 'z'
	b--
	println("byte 'z'--:", b)

	f := 0.5
	f++
	println("float64 0.5++:", f)
	f--
	f--
	println("float64 --:", f)
	var f32 float32 = 16777216
	f32++
	println("float32 2^24++ (no change):", f32 == 16777216)
	var c Counter = 32767
	c++
	println("named int16 max++:", c)

	n := 0
	for j := 10; j > 0; j-- {
		n++
	}
	println("loop of 10 with j--:", n)
	total := 0
	for j := 0; j < 100; j++ {
		if j%3 == 0 {
			continue
		}
		total++
	}
	println("numbers below 100 not divisible by 3:", total)
}
