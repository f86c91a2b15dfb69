package main

// for i := range n (Go 1.22) counts i from 0 to n-1; n is evaluated once,
// a non-positive n runs no iterations, i takes n's type, and break,
// continue and labels work as in other loops. for range n just repeats.

type Small int8

func limit() int {
	println("  limit() evaluated")
	return 3
}

func main() {
	for i := range 4 {
		print(i, " ")
	}
	println("<- range 4")

	n := 5
	for i := range n {
		n = 100 // does not change the iteration count
		print(i, " ")
	}
	println("<- range n, with n changed inside; n =", n)

	count := 0
	for range 7 {
		count++
	}
	println("for range 7 ran", count, "times")

	zero, neg := 0, -3
	for range zero {
		println("never")
	}
	for i := range neg {
		println("never", i)
	}
	println("range 0 and range -3 ran no iterations")

	for i := range limit() {
		print(i, " ")
	}
	println("<- range limit()")

	sum := 0
	for i := range 20 {
		if i%3 == 0 {
			continue
		}
		if i > 14 {
			break
		}
		sum += i
	}
	println("sum of i < 15 not divisible by 3:", sum)

	var s Small = 3
	for i := range s {
		var t Small = i // i has type Small
		print(t*40, " ")
	}
	println("<- range of an int8-based type")

	var u uint8 = 255
	last := 0
	for i := range u {
		last = int(i)
	}
	println("range uint8(255): last", last)

	pairs := 0
outer:
	for i := range 10 {
		for j := range 10 {
			if j > i {
				continue outer
			}
			if i+j > 12 {
				break outer
			}
			pairs++
		}
	}
	println("pairs j <= i with i+j <= 12 before break:", pairs)

	const c = 3
	var arr [c]int
	for i := range c {
		arr[i] = i * i
	}
	println("range over a constant:", arr[0], arr[1], arr[2])

	var i int
	for i = range 6 {
	}
	println("i after for i = range 6:", i)
}
