// A non-constant shift of an untyped float constant with an integer value
// is fine where the context gives an integer type.
package main

func main() {
	var s uint = 3
	var i int = 1.0 << s
	j := int64(2.0 << s)
	var k uint8 = 1.0<<s + 1
	println(i, j, k, 1<<s)
}
