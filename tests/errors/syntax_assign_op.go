// Malformed assignments: ++ is a statement, not an expression.
package main

func main() {
	x := 1
	x++ = 2   // ERROR "syntax error: unexpected = at end of statement"
	y := x++  // ERROR "syntax error: unexpected \+\+ at end of statement"
}
