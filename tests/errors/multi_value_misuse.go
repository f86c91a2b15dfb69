// A multi-value call where one value belongs: assigned (an assignment
// mismatch, even to _ and even when its arguments are wrong, as the call
// keeps its result type) or incremented.
package main

func two() (int, int) { return 1, 2 }

func main() {
	_ = two() // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	var x int
	x = two()     // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	_ = two(1, 2) // ERROR "assignment mismatch: 1 variable but two returns 2 values" "too many arguments in call to two"
	two()++       // ERROR "multiple\\-value two\\(\\) \\(value of type \\(int, int\\)\\) in single\\-value context"
	_ = x
}
