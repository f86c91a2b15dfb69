// Different numbers of variables and values.
package main

func one() int { return 1 }

func two() (int, int) { return 1, 2 }

func main() {
	a, b := one()        // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	var c, d int = one() // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	f := two()           // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	g, h, i := two()     // ERROR "assignment mismatch: 3 variables but two returns 2 values"
	k, l := 1, 2, 3      // ERROR "assignment mismatch: 2 variables but 3 values"
	var m, n = 1         // ERROR "assignment mismatch: 2 variables but 1 value"
	var p, q int
	p, q = 1, 2, 3 // ERROR "assignment mismatch: 2 variables but 3 values"
	p, q = one()   // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	println(a, b, c, d, f, g, h, i, k, l, m, n, p, q)
}
