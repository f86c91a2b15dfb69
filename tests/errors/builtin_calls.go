// Misused print, println and panic.
package main

func two() (int, int) { return 1, 2 }

func none() {}

func main() {
	print(1, none())  // ERROR "none\(\) \(no value\) used as value"
	panic()           // ERROR "invalid operation: not enough arguments for panic\(\) \(expected 1, found 0\)"
	panic(1, 2)       // ERROR "invalid operation: too many arguments for panic\(1, 2\) \(expected 1, found 2\)"
	panic(two())      // ERROR "invalid operation: too many arguments for panic\(two\(\)\) \(expected 1, found 2\)"
	_ = panic("x")    // ERROR "panic\(\"x\"\) \(no value\) used as value"
	x := println("a") // ERROR "println\(\"a\"\) \(no value\) used as value"
	print(println())  // ERROR "println\(\) \(no value\) used as value"
	_ = print         // ERROR "print \(built-in\) must be called"
	println(two())    // fine: the results become the arguments
	println(x)
}
