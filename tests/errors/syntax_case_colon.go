// A case clause missing its colon.
package main

func main() {
	switch x := 1; x {
	case 1 // ERROR "syntax error: unexpected newline, expected :"
		println()
	}
}
