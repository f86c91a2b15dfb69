package main

// for i := range n drives a sieve of Eratosthenes over a []bool, a
// multiplication table in a 2D array, and a count of Collatz steps.

func sieve(n int) []bool {
	composite := make([]bool, n)
	for i := range n {
		if i < 2 || composite[i] {
			continue
		}
		for j := i * i; j < n; j += i {
			composite[j] = true
		}
	}
	return composite
}

func main() {
	const N = 100
	c := sieve(N)
	count := 0
	print("primes below 100:")
	for i := range N {
		if i >= 2 && !c[i] {
			print(" ", i)
			count++
		}
	}
	println()
	println("count:", count)

	big := sieve(100000)
	n := 0
	for i := range len(big) {
		if i >= 2 && !big[i] {
			n++
		}
	}
	println("primes below 100000:", n)

	var table [10][10]int
	for i := range 10 {
		for j := range 10 {
			table[i][j] = (i + 1) * (j + 1)
		}
	}
	println("7 x 8 =", table[6][7], "diagonal sum:", table[0][0]+table[4][4]+table[9][9])

	longest, at := 0, 0
	for start := range 1000 {
		if start == 0 {
			continue
		}
		steps := 0
		for x := start; x != 1; steps++ {
			if x%2 == 0 {
				x /= 2
			} else {
				x = 3*x + 1
			}
		}
		if steps > longest {
			longest, at = steps, start
		}
	}
	println("longest Collatz chain below 1000 starts at", at, "with", longest, "steps")

	total := 0
	for range 3 {
		for range 4 {
			total++
		}
	}
	println("nested for range 3 / range 4:", total)
}
