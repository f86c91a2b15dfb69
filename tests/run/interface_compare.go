// Comparing interfaces: by dynamic type, then by value (runtime.efaceeq);
// a concrete operand is converted to the interface first; comparing two
// interfaces holding an uncomparable type panics.
package main

type P struct{ a, b int }

func main() {
	var x any = 5
	var y interface{} = "s"
	println(x == y, x == 5, x != 5, y == "s", y == 5)
	var z any = 5
	println(x == z, x != z)
	var p any = P{1, 2}
	var q any = P{1, 2}
	println(p == q, p != q, p == P{1, 3}, p == x)
	var n any
	var s any = []int{1}
	println(n == nil, p == nil, n == s)
	println(s == s)
}
