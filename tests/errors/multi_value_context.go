// Multi-valued calls and no-value calls where one value is needed.
package main

func two() (int, int) { return 1, 2 }

func none() {}

func main() {
	_ = two() + 1     // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	var e int = two() // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	if two() {        // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	}
	_ = -two()        // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	var s = none()    // ERROR "none\(\) \(no value\) used as value"
	println(none())   // ERROR "none\(\) \(no value\) used as value"
	y := 1 + none()   // ERROR "none\(\) \(no value\) used as value"
	println(1, two()) // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	println(two())    // fine: print and println take any number of values
	println(e, s, y)
}
