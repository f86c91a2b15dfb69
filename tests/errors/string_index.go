// Strings are immutable, and only strings can be indexed.
package main

const cs = "abc"

func main() {
	s := "abc"
	s[0] = 'x' // ERROR "cannot assign to s\[0\] \(neither addressable nor a map index expression\)"
	s[1]++     // ERROR "cannot assign to s\[1\] \(neither addressable nor a map index expression\)"
	i := 1
	b := true
	_ = i[0]     // ERROR "cannot index i \(variable of type int\)"
	_ = b[0]     // ERROR "cannot index b \(variable of type bool\)"
	_ = s[b]     // ERROR "invalid argument: index b \(variable of type bool\) must be integer"
	_ = s[-1]    // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = cs[5]    // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = "abc"[3] // ERROR "invalid argument: index 3 out of bounds \[0:3\]"
	_ = s[5]     // fine at compile time: s is a variable
	_ = s[1.0]   // fine: 1.0 is an integer value
}
