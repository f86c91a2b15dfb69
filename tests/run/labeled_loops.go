package main

func main() {
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			print(i, ",", j, " ")
		}
	}
	println()

	found := -1
search:
	for a := 1; a < 20; a++ {
		for b := a; b < 20; b++ {
			for c := b; c < 30; c++ {
				if a*a+b*b == c*c && a+b+c == 24 {
					found = a*10000 + b*100 + c
					break search
				}
			}
		}
	}
	println("pythagorean triple with perimeter 24:", found)

	count := 0
rows:
	for r := 0; r < 4; r++ {
		c := 0
		for {
			c++
			if c > r {
				continue rows
			}
			count++
		}
	}
	println("triangle count:", count)

	n := 0
loop:
	for {
		switch {
		case n < 3:
			n++
			continue loop
		case n == 3:
			n += 10
			break
		default:
			break loop
		}
		println("after switch, n =", n)
	}
	println("n after loop:", n)

	primes := 0
next:
	for p := 2; p < 50; p++ {
		for d := 2; d*d <= p; d++ {
			if p%d == 0 {
				continue next
			}
		}
		primes++
	}
	println("primes below 50:", primes)

	x := 0
L1:
	for i := 0; i < 3; i++ {
	L2:
		for j := 0; j < 3; j++ {
			switch j {
			case 1:
				continue L2
			case 2:
				if i == 1 {
					continue L1
				}
				break L2
			}
			x += 10*i + j
		}
		x += 100
	}
	println("x:", x)

	depth := 0
a:
	for {
	b:
		for {
			for {
				depth++
				if depth == 3 {
					break b
				}
				if depth > 5 {
					break a
				}
			}
		}
		depth += 1
	}
	println("depth:", depth)
}
