// Slicing a string with bad constant indices.
package main

const cs = "abc"

func main() {
	s := "abc"
	i := 1
	_ = cs[1:5]  // ERROR "invalid argument: index 5 out of bounds \[0:4\]"
	_ = cs[:3]   // fine: the high bound may equal the length
	_ = cs[3:]   // fine
	_ = cs[:4]   // ERROR "invalid argument: index 4 out of bounds \[0:4\]"
	_ = cs[4:]   // ERROR "invalid argument: index 4 out of bounds \[0:4\]"
	_ = cs[2:1]  // ERROR "invalid slice indices: 1 < 2"
	_ = s[2:1]   // ERROR "invalid slice indices: 1 < 2"
	_ = s[:-1]   // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = i[1:2]   // ERROR "cannot slice i \(variable of type int\)"
	_ = s[1:2:3] // ERROR "invalid operation: 3-index slice of string"
}
