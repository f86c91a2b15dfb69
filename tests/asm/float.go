package main

// Floating point: SSE scalar instructions, constants from the function's
// constant pool, conversions to and from integers.

func poly(x float64) float64 {
	return x*x*0.5 + 1.25
}

func mean(a, b float32) float32 {
	return (a + b) / 2
}

func toInt(x float64) int {
	return int(x)
}

func fromInt(n int) float64 {
	return float64(n)
}

func less(a, b float64) bool {
	return a < b
}

func main() {
	println(poly(3), mean(1, 2), toInt(2.75), fromInt(-4), less(1, 2))
}
