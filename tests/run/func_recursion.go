package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func fact(n uint64) uint64 {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func ackermann(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

var moves int

func hanoi(n int, from, to, via string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to)
	moves++
	if n == 4 {
		println("move disk 4 from", from, "to", to)
	}
	hanoi(n-1, via, to, from)
}

func power(base, exp int64) int64 {
	if exp == 0 {
		return 1
	}
	half := power(base, exp/2)
	if exp%2 == 0 {
		return half * half
	}
	return half * half * base
}

func binary(n uint) string {
	if n < 2 {
		return string(rune('0' + n))
	}
	return binary(n/2) + string(rune('0'+n%2))
}

func sumDigits(n int) int {
	if n < 10 {
		return n
	}
	return n%10 + sumDigits(n/10)
}

func main() {
	for i := 0; i <= 20; i += 5 {
		println("fib", i, "=", fib(i))
	}
	println("fact(20):", fact(20), "fact(21) wraps:", fact(21))
	println("ackermann(2, 3):", ackermann(2, 3), "ackermann(3, 3):", ackermann(3, 3))
	println("isEven(10):", isEven(10), "isOdd(7):", isOdd(7), "isEven(7):", isEven(7))
	hanoi(6, "A", "C", "B")
	println("hanoi(6) moves:", moves)
	println("power(3, 13):", power(3, 13), "power(2, 63) wraps:", power(2, 63), "power(7, 30):", power(7, 30))
	println("binary(37):", binary(37), "binary(1023):", binary(1023))
	println("sumDigits(987654321):", sumDigits(987654321))
}
