// Several variables: a "multiple assignment", and each of several results
// named by its place (2nd function result).
package main

func pair() (int, string) { return 1, "s" }

func main() {
	var s any
	_, s = pair()
	println(s == "s")
	var k any
	for k, _ = range []int{5} {
	}
	println(k == 0)
	var a, b any
	a, b, _ = 1, 2, 3
	println(a == 1, b == 2)
	var c any
	c, _ = 5, 6
	println(c == 5)
	var d any
	var e int
	d, e = pair() // ERROR "cannot use 2nd function result \(value of type string\) as int value in multiple assignment"
	println(d == 1, e)
}
