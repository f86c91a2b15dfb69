package main

// Slices share their backing array: writes through one are seen by the
// other, and append within capacity overwrites elements another slice can
// see. Once append has to reallocate, the new slice has its own array and
// the aliasing ends.

var a []int
var b []int

func fill(s []int, v int) {
	for i := range s {
		s[i] = v
	}
}

func dump(label string, s []int) {
	print(label, ":")
	for _, v := range s {
		print(" ", v)
	}
	print(" (len ", len(s), ", cap ", cap(s), ")\n")
}

func main() {
	a = make([]int, 4, 6)
	for i := range a {
		a[i] = i + 1
	}
	b = a[1:3]
	dump("a", a)
	dump("b = a[1:3]", b)

	b[0] = 20
	println("after b[0] = 20: a[1] =", a[1])

	b = append(b, 30)
	println("append within cap overwrote a[3]:", a[3])
	dump("b", b)

	fill(b, 9)
	dump("a after fill(b, 9)", a)

	a = append(a, 5, 6)
	dump("a after appending 2 (fills cap)", a)
	b = a[:]
	a = append(a, 7)
	dump("a after reallocating append", a)
	a[0] = 100
	println("b[0] after a[0] = 100:", b[0], "(aliasing broken)")

	x := []int{1, 2, 3}
	y := x
	y[1] = 200
	println("y := x shares: x[1] =", x[1])

	base := make([]int, 3, 10)
	p := append(base, 1)
	q := append(base, 2)
	println("two appends to the same base share the slot: p[3] =", p[3], "q[3] =", q[3])

	full := []int{1, 2, 3}
	p = append(full[:3:3], 4)
	p[0] = -1
	println("full slice expression forces a copy: full[0] =", full[0], "p[0] =", p[0])
}
