// A binary expression missing its right operand.
package main

func main() {
	x := 1 +
} // ERROR "syntax error: unexpected }, expected expression"
