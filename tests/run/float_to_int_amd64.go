// Float to integer conversions out of range (implementation-defined in Go)
// give what gc gives on amd64: x86's truncating conversions.
package main

//go:noinline
func f64(x float64) float64 { return x }

//go:noinline
func f32(x float32) float32 { return x }

func main() {
	var z float64
	vals := []float64{0, -0.5, 1.9, -1.9, 127.5, 128, 255.9, 256, -129, 32767.5, 65536, -40000, 2147483647.5, 2147483648, -2147483648.5, -2147483649, 4294967296, 1e19, -1e19, 9.3e18, 1.8e19, 2e19, z / z, 1 / z, -1 / z}
	for _, v := range vals {
		x := f64(v)
		println(int8(x), int16(x), int32(x), int64(x), uint8(x), uint16(x), uint32(x), uint64(x))
		y := f32(float32(v))
		println(int8(y), int16(y), int32(y), int64(y), uint8(y), uint16(y), uint32(y), uint64(y))
	}
}
