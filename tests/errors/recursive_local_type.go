// A type declared in a function may not contain itself, as at package level.
package main

func main() {
	type Y struct { // ERROR "invalid recursive type: Y refers to itself"
		a int
		Y
	}
	var y Y
	println(y.a)
}
