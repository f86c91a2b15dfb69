package main

func main() {
	a, b := 7.5, 2.0
	println("7.5 + 2:", a+b, "-:", a-b, "*:", a*b, "/:", a/b)
	println("compare:", a < b, a > b, a == b, a != b, a <= 7.5, a >= 7.5)
	var zero, one float64 = 0, 1
	inf := one / zero
	nan := zero / zero
	println("Inf - Inf:", inf-inf, "Inf * 0:", inf*zero, "Inf + 1:", inf+1, "-Inf * -1:", -inf*-1)
	println("1/Inf:", one/inf, "-1/Inf:", -one/inf, "NaN + 1:", nan+1)
	println("NaN == NaN:", nan == nan, "NaN != NaN:", nan != nan, "NaN < NaN:", nan < nan, "NaN <= 0:", nan <= 0)
	negz := -zero
	println("-0 == 0:", negz == zero, "1/-0:", one/negz, "-0 * 5:", negz*5, "-0 + 0:", negz+zero, "-0 - 0:", negz-zero)

	x := 1.0
	steps := 0
	for x != 0 {
		x /= 2
		steps++
	}
	println("float64 halvings until 0 (denormals included):", steps)
	var y float32 = 1
	steps = 0
	for y != 0 {
		y /= 2
		steps++
	}
	println("float32 halvings until 0:", steps)
	g := 1.0
	steps = 0
	for g+1 != g {
		g *= 2
		steps++
	}
	println("float64 doublings until g+1 == g:", steps)
	var g32 float32 = 1
	steps = 0
	for g32+1 != g32 {
		g32 *= 2
		steps++
	}
	println("float32 doublings until g+1 == g:", steps)

	var p, q float32 = 0.1, 0.2
	println("float32 0.1+0.2 == 0.3:", p+q == 0.3)
	var p64, q64 float64 = 0.1, 0.2
	println("float64 0.1+0.2 == 0.3:", p64+q64 == 0.3, "sum:", p64+q64)
	var big float64 = 1e16
	println("1e16 + 1 == 1e16:", big+1 == big)
	m := 1.7976931348623157e308
	println("max * 2:", m*2, "max + max/1e10:", m+m/1e10)

	sum := 0.0
	for k := 1; k <= 10; k++ {
		sum += 1.0 / float64(k)
	}
	println("harmonic(10):", sum, "scaled:", int64(sum*1e12))
	var s32 float32
	for k := 1; k <= 10; k++ {
		s32 += 1.0 / float32(k)
	}
	println("harmonic(10) float32:", s32, "scaled:", int64(s32*1e6))
	r := 2.0
	for k := 0; k < 6; k++ {
		r = (r + 2/r) / 2
	}
	println("sqrt(2) by Newton:", r, "scaled:", int64(r*1e15))
	f := -3.5
	f = -f
	println("negation:", f, -f, "unary plus:", +f)
	c := 10.0
	c -= 0.1
	c *= 3
	c /= 4
	c += 1
	println("op= chain:", c, "scaled:", int64(c*1e10))
}
