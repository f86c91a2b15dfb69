// A call missing its closing parenthesis.
package main

func main() {
	println("a" // ERROR "syntax error: unexpected newline in argument list; possibly missing comma or \)"
}
