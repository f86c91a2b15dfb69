package main

// Integer remainder by zero panics just like division.

func gcd(a, b int32) int32 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func main() {
	var a, b int32 = 17, 5
	println("17 % 5 =", a%b)
	println("gcd(84, 36) =", gcd(84, 36))
	b -= 5
	println("b is now", b)
	if b == 0 {
		println("taking 17 % 0")
	}
	r := a % b
	println("never printed", r)
}
