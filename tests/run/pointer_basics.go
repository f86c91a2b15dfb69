package main

// Pointers: taking addresses with &, reading and writing through *, new,
// nil pointers, and the difference between pointer identity (==) and
// equality of the values pointed to.

type Point struct {
	X, Y int
}

func main() {
	x := 10
	p := &x
	println("x =", x, "*p =", *p)
	*p = 20
	println("after *p = 20: x =", x)
	x++
	println("after x++: *p =", *p)
	*p += 5
	println("after *p += 5: x =", x)

	q := p
	println("q := p; q == p:", q == p)
	y := 26
	r := &y
	println("x == y:", x == y, "p == r:", p == r, "*p == *r:", *p == *r)

	var np *int
	println("nil pointer == nil:", np == nil, "p != nil:", p != nil)
	np = p
	println("after np = p: np == nil:", np == nil, "*np =", *np)
	np = nil
	println("after np = nil:", np == nil)

	n := new(int)
	println("*new(int) =", *n, "n != nil:", n != nil)
	*n = 7
	m := new(int)
	*m = 7
	println("two new(int) holding 7: n == m:", n == m, "*n == *m:", *n == *m)

	s := new(string)
	println("*new(string) = [" + *s + "]")
	*s = "hello"
	println("*s =", *s, "len(*s) =", len(*s))

	b := new(bool)
	f := new(float64)
	println("*new(bool) =", *b, "*new(float64) =", *f)

	pt := new(Point)
	println("new(Point):", pt.X, pt.Y)
	pt.X = 3
	(*pt).Y = 4
	println("after writes:", pt.X, pt.Y, "(*pt).X =", (*pt).X)

	a := Point{1, 2}
	c := Point{1, 2}
	pa := &a
	pc := &c
	println("pa == pc:", pa == pc, "*pa == *pc:", *pa == *pc)
	pc.X = 100
	println("after pc.X = 100: *pa == *pc:", *pa == *pc, "c.X =", c.X)

	arr := [3]int{1, 2, 3}
	pe := &arr[1]
	*pe = 50
	println("through &arr[1]: arr =", arr[0], arr[1], arr[2])
	println("&arr[1] == &arr[1]:", &arr[1] == pe, "&arr[0] == &arr[1]:", &arr[0] == pe)

	pf := &a.Y
	*pf = 99
	println("through &a.Y: a =", a.X, a.Y)
}
