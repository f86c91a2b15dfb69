// Comparisons between mismatched or unordered types.
package main

type Name string

func main() {
	var i int = 1
	var j int64 = 2
	var s string = "a"
	var n Name = "b"
	var b bool
	_ = i == j       // ERROR "invalid operation: i == j \(mismatched types int and int64\)"
	_ = s < i        // ERROR "invalid operation: s < i \(mismatched types string and int\)"
	_ = s != n       // ERROR "invalid operation: s != n \(mismatched types string and Name\)"
	_ = b < b        // ERROR "invalid operation: b < b \(operator < not defined on bool\)"
	_ = b == 1       // ERROR "invalid operation: b == 1 \(mismatched types bool and untyped int\)"
	_ = s == 1       // ERROR "invalid operation: s == 1 \(mismatched types string and untyped int\)"
	_ = n == "b"     // fine
	_ = b == (i < 2) // fine
}
