// Binary operators whose operands have different types.
package main

type MyInt int

func main() {
	var i int = 1
	var j int64 = 2
	var m MyInt = 3
	var f float64 = 1
	var s string = "a"
	var u uint = 1
	_ = i + j   // ERROR "invalid operation: i \+ j \(mismatched types int and int64\)"
	_ = i * m   // ERROR "invalid operation: i \* m \(mismatched types int and MyInt\)"
	_ = f - i   // ERROR "invalid operation: f - i \(mismatched types float64 and int\)"
	_ = s + i   // ERROR "invalid operation: s \+ i \(mismatched types string and int\)"
	i += j      // ERROR "invalid operation: i \+= j \(mismatched types int and int64\)"
	_ = i & u   // ERROR "invalid operation: i & u \(mismatched types int and uint\)"
	_ = 1 + "a" // ERROR "invalid operation: 1 \+ \"a\" \(mismatched types untyped int and untyped string\)"
	_ = m + 1   // fine: the untyped constant becomes MyInt
	_ = f * 2   // fine
}
