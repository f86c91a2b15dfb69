// Multi-value calls whose results are converted: boxed into interface
// results, variables and package-level variables.
package main

type N int

func pair() (int, string) { return 1, "s" }

func ret2() (any, any) { return pair() }

func named() (int, any) { return pair() }

var ga, gb any = pair()

func main() {
	x, y := ret2()
	println(x == 1, y == "s")
	var a, b any = pair()
	println(a == 1, b == "s")
	var c any
	var d int
	d, c = pair()
	println(c == "s", d)
	n, z := named()
	println(n, z == "s", ga == 1, gb == "s")
}
