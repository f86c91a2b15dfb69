package main

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func isqrt(n uint64) uint64 {
	if n < 2 {
		return n
	}
	x := n
	y := x>>1 + x&1 // (x+1)/2 without overflowing at the maximum
	for y < x {
		x = y
		y = (x + n/x) / 2
	}
	return x
}

func collatzLen(n int64) int {
	steps := 1
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func reverseDigits(n int) int {
	r := 0
	for n > 0 {
		r = r*10 + n%10
		n /= 10
	}
	return r
}

func main() {
	println("gcd(48, 180):", gcd(48, 180), "gcd(17, 5):", gcd(17, 5), "lcm(21, 6):", 21*6/gcd(21, 6))
	count, last := 0, 0
	for n := 0; n < 10000; n++ {
		if isPrime(n) {
			count++
			last = n
		}
	}
	println("primes below 10000:", count, "largest:", last)
	println("isqrt(2^62):", isqrt(1<<62), "isqrt(max):", isqrt(18446744073709551615), "isqrt(99):", isqrt(99))
	best, bestLen := int64(0), 0
	for n := int64(1); n < 10000; n++ {
		if l := collatzLen(n); l > bestLen {
			best, bestLen = n, l
		}
	}
	println("longest collatz below 10000:", best, "length:", bestLen)
	pal := 0
	for n := 100; n < 1000; n++ {
		if reverseDigits(n) == n {
			pal++
		}
	}
	println("3-digit palindromes:", pal)
	perfect := ""
	for n := 2; n < 10000; n++ {
		s := 1
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				s += d
				if d*d != n {
					s += n / d
				}
			}
		}
		if s == n {
			perfect += " "
			perfect += string(rune('0' + n/1000%10))
			perfect += string(rune('0' + n/100%10))
			perfect += string(rune('0' + n/10%10))
			perfect += string(rune('0' + n%10))
		}
	}
	println("perfect numbers below 10000:", perfect)
	var fibs uint64 = 0
	var a, b uint64 = 0, 1
	for i := 0; i < 93; i++ {
		a, b = b, a+b
		fibs ^= a
	}
	println("fib(93):", a, "xor of fib(1..93):", fibs)
}
