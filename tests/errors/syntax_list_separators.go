// A separator where an element belongs: an expression is missing.
package main

func main() {
	f(1,,2) // ERROR "syntax error: unexpected comma, expected expression"
}
