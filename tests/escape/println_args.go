// println takes no interface values: its arguments are not reported, even
// addresses. panic's argument is converted to an interface and escapes.
package main

type T struct {
	A int
}

//go:noinline
func check(n int) {
	if n < 0 {
		panic(n) // ERROR "n escapes to heap"
	}
	if n > 100 {
		panic("too big") // ERROR "\"too big\" escapes to heap"
	}
}

func main() {
	x := 1
	s := "str"
	t := T{A: 2}
	println(x, s, t.A, &x, &t, 1.5, true)
	check(x)
}
