// Calls with the wrong number of arguments.
package main

func f(a, b int) int { return a + b }

func none() {}

func two() (int, int) { return 1, 2 }

func main() {
	f(1)        // ERROR "not enough arguments in call to f"
	f(1, 2, 3)  // ERROR "too many arguments in call to f"
	none(1)     // ERROR "too many arguments in call to none"
	f()         // ERROR "not enough arguments in call to f"
	f(two())    // fine: two's results are f's arguments
	f(two(), 1) // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	_ = f(1, 2)
	x := 1
	x() // ERROR "invalid operation: cannot call x \(variable of type int\): int is not a function"
	len := 3
	len("a") // ERROR "invalid operation: cannot call len \(variable of type int\): int is not a function"
}
