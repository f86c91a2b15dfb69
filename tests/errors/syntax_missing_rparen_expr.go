// A parenthesized expression missing its closing parenthesis.
package main

func main() {
	var x int
	x = (1 + 2 // ERROR "syntax error: unexpected newline, expected \)"
	println(x) // ERROR "syntax error: unexpected name println at end of statement"
}
