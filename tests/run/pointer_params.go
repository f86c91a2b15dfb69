package main

// Pointer parameters let a function change its caller's variables; a
// function may return the address of its local variable, which then
// outlives the call (every call gives a new variable).

func increment(p *int) {
	*p = *p + 1
}

func divmod(a, b int, q, r *int) {
	*q = a / b
	*r = a % b
}

func counter(start int) *int {
	c := start
	return &c
}

func minMax(xs *[5]int, lo, hi *int) {
	*lo, *hi = xs[0], xs[0]
	for _, v := range xs {
		if v < *lo {
			*lo = v
		}
		if v > *hi {
			*hi = v
		}
	}
}

func doubleAll(xs *[5]int) {
	for i := range xs {
		xs[i] *= 2
	}
}

func byValue(n int) {
	n = 1000
	println("  inside byValue n =", n)
}

func main() {
	n := 0
	for i := 0; i < 5; i++ {
		increment(&n)
	}
	println("n after 5 increments:", n)
	byValue(n)
	println("n after byValue:", n)

	var q, r int
	divmod(47, 5, &q, &r)
	println("47 / 5: q =", q, "r =", r)

	c1 := counter(10)
	c2 := counter(10)
	println("two counters equal values:", *c1 == *c2, "same variable:", c1 == c2)
	increment(c1)
	increment(c1)
	increment(c2)
	println("c1 =", *c1, "c2 =", *c2)

	ptrs := [4]*int{}
	for i := 0; i < 4; i++ {
		ptrs[i] = counter(i * i)
	}
	sum := 0
	for _, p := range ptrs {
		sum += *p
	}
	println("sum of counters:", sum)
	println("ptrs[0] == ptrs[1]:", ptrs[0] == ptrs[1])

	xs := [5]int{4, -2, 9, 0, 3}
	var lo, hi int
	minMax(&xs, &lo, &hi)
	println("min =", lo, "max =", hi)
	doubleAll(&xs)
	println("doubled:", xs[0], xs[1], xs[2], xs[3], xs[4])

	v := 3
	pv := &v
	increment(pv)
	println("v =", v, "*pv =", *pv)
}
