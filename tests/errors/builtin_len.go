// len takes exactly one string argument (in this subset).
package main

func main() {
	x := 1
	var b byte = 1
	_ = len(x)        // ERROR "invalid argument: x \(variable of type int\) for built-in len"
	_ = len(1.5)      // ERROR "invalid argument: 1.5 \(untyped float constant\) for built-in len"
	_ = len(true)     // ERROR "invalid argument: true \(untyped bool constant\) for built-in len"
	_ = len(b)        // ERROR "invalid argument: b \(variable of type byte\) for built-in len"
	_ = len()         // ERROR "invalid operation: not enough arguments for len\(\) \(expected 1, found 0\)"
	_ = len("a", "b") // ERROR "invalid operation: too many arguments for len\(\"a\", \"b\"\) \(expected 1, found 2\)"
	len("abc")        // ERROR "len\(\"abc\"\) \(constant 3 of type int\) is not used"
	s := "abc"
	_ = len(s) + len("xyz") // fine
}
