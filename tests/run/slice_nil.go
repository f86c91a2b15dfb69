package main

// Nil slices: the zero value of a slice type is nil with len and cap 0; it
// can be ranged over, sliced ([:0]) and appended to. An empty slice made
// with make or a literal has length 0 but is not nil.

type Box struct {
	Items []string
}

func count(s []int) int {
	return len(s)
}

func orNil(n int) []int {
	if n == 0 {
		return nil
	}
	return make([]int, n)
}

var g []int

func main() {
	var s []int
	println("var s []int: s == nil", s == nil, "len", len(s), "cap", cap(s))
	n := 0
	for range s {
		n++
	}
	println("iterations over nil:", n)
	println("count(nil):", count(nil), "count(s):", count(s))

	s2 := s[:]
	println("s[:] of nil is nil:", s2 == nil)
	s3 := s[0:0]
	println("s[0:0] of nil is nil:", s3 == nil, "len", len(s3))

	e := []int{}
	m := make([]int, 0)
	println("[]int{} == nil:", e == nil, "make([]int, 0) == nil:", m == nil)
	println("len of both:", len(e), len(m))

	g = append(g, 7)
	println("append to nil global: g != nil", g != nil, "len", len(g), "g[0] =", g[0])
	g = nil
	println("after g = nil: len", len(g), "g == nil", g == nil)

	var b Box
	println("zero struct's slice field is nil:", b.Items == nil, len(b.Items))
	b.Items = append(b.Items, "x")
	println("after append:", len(b.Items), b.Items[0])

	r := orNil(0)
	println("orNil(0) == nil:", r == nil, "orNil(2) == nil:", orNil(2) == nil)

	var grid [][]int
	println("nil [][]int:", grid == nil, len(grid))
	grid = append(grid, nil)
	println("grid with one nil row: len", len(grid), "grid[0] == nil", grid[0] == nil)

	var bs []byte
	println("string(nil []byte) = ["+string(bs)+"]", len(string(bs)))
	var str string
	bs = []byte(str)
	println("[]byte(\"\") len:", len(bs))

	k := copy(s, []int{1, 2})
	println("copy into nil copies", k)
}
