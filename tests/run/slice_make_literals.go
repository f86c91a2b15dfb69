package main

// Creating slices: make([]T, n), make([]T, n, c), literals (including keyed
// literals), slicing an array; len and cap of each, zero-valued elements,
// and writes through one slice seen by another over the same array.

type Pt struct {
	X, Y int
}

func main() {
	a := make([]int, 5)
	println("make([]int, 5): len", len(a), "cap", cap(a), "a[4] =", a[4])

	b := make([]int, 2, 10)
	println("make([]int, 2, 10): len", len(b), "cap", cap(b))
	b = b[:cap(b)]
	println("resliced to cap: len", len(b), "b[9] =", b[9])

	n := 3
	c := make([]string, n, n*4)
	c[2] = "last"
	println("make([]string, n, n*4): len", len(c), "cap", cap(c), "["+c[0]+"]", c[2])

	d := []float64{1.5, 2.5, 3.5}
	println("literal: len", len(d), "cap", cap(d), "d[1] =", d[1])

	e := []int{4: 40, 1: 10}
	println("keyed literal: len", len(e), "e[1] =", e[1], "e[4] =", e[4], "e[2] =", e[2])

	pts := []Pt{{1, 2}, {X: 3}, {}}
	println("struct literal slice:", len(pts), pts[0].Y, pts[1].X, pts[2].X)

	pps := []*Pt{{5, 6}, nil}
	println("pointer elements:", pps[0].X, pps[1] == nil)

	arr := [6]int{0, 1, 2, 3, 4, 5}
	s := arr[1:4]
	println("arr[1:4]: len", len(s), "cap", cap(s), "s[0] =", s[0])
	s[0] = 100
	println("write through slice: arr[1] =", arr[1])
	arr[3] = 300
	println("write to array: s[2] =", s[2])

	bs := make([]byte, 3)
	bs[0], bs[1], bs[2] = 'a', 'b', 'c'
	println("bytes:", string(bs))

	big := make([]int64, 1000)
	sum := int64(0)
	for i := range big {
		big[i] = int64(i)
		sum += big[i]
	}
	println("make 1000: sum", sum, "len", len(big), "cap", cap(big))

	empty := make([]int, 0)
	println("make([]int, 0): len", len(empty), "cap", cap(empty), "nil?", empty == nil)

	var u8 = make([]uint8, 2, 5)
	u8[1] = 255
	u8[1]++
	println("uint8 wraps in slice:", u8[1])
}
