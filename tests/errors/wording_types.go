// gc's wording for shifts, array lengths, struct comparison, map element
// fields, slicing an unaddressable array and println of a struct.
package main

type T struct{ f []int }

func main() {
	_ = 1 << 1000000 // ERROR "invalid operation: invalid shift count 1000000 \(untyped int constant\)"
	var a [-1]int    // ERROR "invalid array length \-1 \(untyped int constant\)"
	_ = T{} == T{}   // ERROR "invalid operation: T\{\} == T\{\} \(struct containing \[\]int cannot be compared\)"
	m := map[string]T{}
	m["k"].f = nil // ERROR "cannot assign to struct field m\[\"k\"\]\.f in map"
	println(T{})
	_ = a
	n := 3       // ERROR "declared and not used: n"
	var b [n]int // ERROR "invalid array length n"
	_ = b
	_ = f()[:] // ERROR "cannot slice unaddressable value f\(\) \(value of type \[3\]int\)"
	var s []int
	_ = s == s // ERROR "invalid operation: s == s \(slice can only be compared to nil\)"
}

func f() [3]int { return [3]int{} }
