package main

// The runtime prints a float as the shortest decimal that reads back as the
// same value, in %g style (an exponent when it is < -4 or >= 21), using
// float32 precision for float32 values.

func main() {
	var zero float64
	negZero := -zero
	println("zero:", zero)
	println("neg zero:", negZero)
	println("neg zero == zero:", negZero == zero)
	var one = 1.0
	println("1/neg zero:", one/negZero)
	inf := one / zero
	ninf := -one / zero
	nan := zero / zero
	println("+Inf:", inf)
	println("-Inf:", ninf)
	println("NaN:", nan)
	println("NaN == NaN:", nan == nan, "NaN != NaN:", nan != nan)
	println("NaN < 1:", nan < 1, "NaN > 1:", nan > 1, "NaN >= NaN:", nan >= nan)
	println("Inf > max:", inf > 1.7976931348623157e308, "-Inf < -max:", ninf < -1.7976931348623157e308)

	println("simple:", 1.0, 100.0, 123456789.0, 0.1, -2.5, 1e100, 1e-100)
	println("max float64:", 1.7976931348623157e308)
	println("min normal float64:", 2.2250738585072014e-308)
	println("smallest denormal float64:", 5e-324)
	println("third:", 1.0/3, "two thirds:", 2.0/3)
	println("many digits:", 0.9999999, 0.99999999, 999999.95, 1.2345675, 1e23)
	p1, p7 := 0.1, 0.7
	println("run-time 0.1+0.7:", p1+p7, "0.1*3:", p1*3)
	println("exponent thresholds:", 123456.0, 1234567.0, 1e20, 1e21, 123456789012345678901.0)
	println("small exponent thresholds:", 0.001, 0.0001, 0.00001, 0.000123456, 0.0000123456)
	println("shortest round trip:", 5e-324*3, 1.7976931348623157e308/3, 0.3, 2.0/3, 100.0/3)
	println("negative:", -0.000123, -98765.4321, -1e-300)
	println("integers as floats:", 1.0, 2.0, 10.0, 1000000.0, 1e15, 1e16)

	var f32 float32 = 1.0 / 3
	println("float32 1/3:", f32)
	var f32max float32 = 3.4028234663852886e38
	println("float32 max:", f32max)
	var f32tiny float32 = 1.401298464324817e-45
	println("float32 smallest denormal:", f32tiny)
	var f32zero float32
	println("float32 zero:", f32zero, "neg zero:", -f32zero)
	f32inf := f32max * 2
	println("float32 overflow to +Inf:", f32inf, "-Inf:", -f32inf)
	println("float32 NaN:", f32zero/f32zero)
	var f32tenth float32 = 0.1
	println("float32 0.1:", f32tenth, "as float64:", float64(f32tenth))
	var f32big float32 = 16777216
	var f32e20, f32e21 float32 = 1e20, 1e21
	println("float32 2^24:", f32big, "2^24*1000:", f32big*1000, "1e20:", f32e20, "1e21:", f32e21)
	var f32small float32 = 0.0001
	println("float32 small:", f32small, f32small/10, f32small/3)

	x := 1.0
	for i := 0; i < 6; i++ {
		print(x, " ")
		x *= -1000
	}
	println()
	y := 1.0
	for i := 0; i < 6; i++ {
		print(y, " ")
		y /= 1e60
	}
	println()
}
