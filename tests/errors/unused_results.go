// Expression statements whose value is not used.
package main

func f() int { return 1 }

func main() {
	x := 1
	x       // ERROR "x \(variable of type int\) is not used"
	x + 1   // ERROR "x \+ 1 \(value of type int\) is not used"
	f       // ERROR "f \(value of type func\(\) int\) is not used"
	f()     // fine: calls may be statements
	-x      // ERROR "-x \(value of type int\) is not used"
	x == 1  // ERROR "x == 1 \(untyped bool value\) is not used"
	"a"     // ERROR "\"a\" \(untyped string constant\) is not used"
	1 + 2   // ERROR "1 \+ 2 \(untyped int constant 3\) is not used"
	println // ERROR "println \(built-in\) must be called"
}
