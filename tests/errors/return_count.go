// Return statements with the wrong number of values.
package main

func one() int {
	return 1, 2 // ERROR "too many return values"
}

func two() (int, string) {
	return 1 // ERROR "not enough return values"
}

func none() {
	return 1 // ERROR "too many return values"
}

func three() (a, b, c int) {
	return a, b // ERROR "not enough return values"
}

func empty() int {
	return // ERROR "not enough return values"
}

func named() (x int) {
	return // fine: a bare return with named results
}

func fromCall() (int, int) {
	return one() // ERROR "not enough return values"
}

func forward() (int, string) {
	return two() // fine
}

func main() {}
