// Package-level variables whose initializers depend on themselves.
// gc explains the cycle on separate lines.
package main

var a = b // ERROR "initialization cycle for a" "a refers to b"
var b = a // ERROR "b refers to a"

var c = f() // ERROR "initialization cycle for c" "c refers to f"

func f() int { return c } // ERROR "f refers to c"

const k = k // ERROR "initialization cycle: k refers to itself"

var d = e + 1 // fine: declaration order does not matter
var e = 2

func main() {
	println(d)
}
