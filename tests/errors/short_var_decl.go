// := must declare at least one new variable, and each name only once.
package main

func main() {
	x := 1
	x := 2 // ERROR "no new variables on left side of :="
	y, z := 3, 4
	y, z := 5, 6 // ERROR "no new variables on left side of :="
	a, a := 1, 2 // ERROR "a repeated on left side of :="
	_ := 1       // ERROR "no new variables on left side of :="
	y, w := 7, 8 // fine: w is new
	println(x, y, z, a, w)
}
