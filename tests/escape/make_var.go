// make with variable sizes: does not escape unless it flows out. A size
// variable that is never reassigned is replaced by its constant value.
package main

var out []int

//go:noinline
func count() int {
	return 5
}

func main() {
	n := count()
	a := make([]int, n)    // ERROR "make\(\[\]int, n\) does not escape"
	b := make([]int, 0, n) // ERROR "make\(\[\]int, 0, n\) does not escape"
	b = append(b, n)       // ERROR "append does not escape"
	out = make([]int, n)   // ERROR "make\(\[\]int, n\) escapes to heap"
	k := 10
	c := make([]int, k) // ERROR "make\(\[\]int, 10\) does not escape"
	m := 3
	m++
	d := make([]int, m) // ERROR "make\(\[\]int, m\) does not escape"
	println(len(a), len(b), len(c), len(d), len(out))
}
