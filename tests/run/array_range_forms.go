package main

// Loops over arrays: index loops, for i, v := range a, for i := range a,
// for range a, and the fact that range over an array iterates over a copy
// (changes made during the loop are not seen by v), unlike range over &a.

func main() {
	primes := [6]int{2, 3, 5, 7, 11, 13}

	sum := 0
	for i := 0; i < len(primes); i++ {
		sum += primes[i]
	}
	println("index loop sum:", sum)

	for i, v := range primes {
		if i%2 == 0 {
			println("i =", i, "v =", v)
		}
	}

	last := -1
	for i := range primes {
		last = i
	}
	println("for i := range: last index", last)

	count := 0
	for range primes {
		count++
	}
	println("for range: count", count)

	a := [4]int{1, 2, 3, 4}
	for i, v := range a {
		if i+1 < len(a) {
			a[i+1] += 10
		}
		println("range copy: i =", i, "v =", v, "a[i] =", a[i])
	}

	b := [4]int{1, 2, 3, 4}
	for i, v := range &b {
		if i+1 < len(b) {
			b[i+1] += 10
		}
		println("range &b: i =", i, "v =", v)
	}

	var i, v int
	for i, v = range [3]int{7, 8, 9} {
	}
	println("after range with = : i =", i, "v =", v)

	names := [3]string{"ann", "bob", "cy"}
	total := 0
	for _, n := range names {
		total += len(n)
	}
	println("total name length:", total)

	evens := 0
	for _, p := range primes {
		if p%2 != 0 {
			continue
		}
		evens++
	}
	println("even primes:", evens)

	found := -1
	for i, p := range primes {
		if p > 6 {
			found = i
			break
		}
	}
	println("first prime > 6 at index", found)

	var empty [0]int
	n := 0
	for range empty {
		n++
	}
	println("range over [0]int:", n, "len:", len(empty))
}
