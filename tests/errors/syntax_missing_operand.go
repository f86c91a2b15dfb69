// a[] is a missing operand.
package main

func main() {
	var a [2]int
	a[] = 1 // ERROR "syntax error: unexpected \\], expected operand"
}
