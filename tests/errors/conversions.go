// Conversions between types that cannot be converted.
package main

type Name string
type Age int

func main() {
	s := "12"
	i := 1
	b := true
	f := 1.5
	_ = int("a")                            // ERROR "cannot convert \"a\" \(untyped string constant\) to type int"
	_ = int(s)                              // ERROR "cannot convert s \(variable of type string\) to type int"
	_ = int(b)                              // ERROR "cannot convert b \(variable of type bool\) to type int"
	_ = bool(i)                             // ERROR "cannot convert i \(variable of type int\) to type bool"
	_ = string(f)                           // ERROR "cannot convert f \(variable of type float64\) to type string"
	_ = float64(s)                          // ERROR "cannot convert s \(variable of type string\) to type float64"
	_ = Age(s)                              // ERROR "cannot convert s \(variable of type string\) to type Age"
	_ = Age(Name("x"))                      // ERROR "cannot convert Name\(\"x\"\) \(constant \"x\" of string type Name\) to type Age"
	_ = int(f) + int(Age(i)) + int(byte(i)) // fine
	_ = Name(s)                             // fine
}
