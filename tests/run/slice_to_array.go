// Converting a slice to an array (a copy) or to a pointer to an array
// (sharing the backing array), Go 1.20 and 1.17.
package main

type Quad [4]int

func sum(a [4]int) int { return a[0] + a[1] + a[2] + a[3] }

func main() {
	s := []int{1, 2, 3, 4, 5}
	a := [4]int(s)
	s[0] = 100
	println(a[0], a[3], len(a), sum([4]int(s[1:])))

	p := (*[2]int)(s[3:])
	p[1] = 50
	println(s[4], len(p), p[0])

	q := Quad(s)
	println(q[0] == s[0], q == Quad{100, 2, 3, 4})

	var empty []int
	e := (*[0]int)(empty)
	println(e == nil, len([0]int(empty)))
	e2 := (*[0]int)(s)
	println(e2 != nil)

	bs := []byte("gopher")
	b4 := [4]byte(bs)
	println(string(b4[:]))

	println(len([3]int(s[:2]))) // a constant: the conversion is not evaluated
	var one []int = s[:1]
	println(len(*(*[1]int)(one)), (*[1]int)(one)[0])
}
