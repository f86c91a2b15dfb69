// A result list missing its closing parenthesis.
package main

func f() (int, int { // ERROR "syntax error: unexpected \{ in parameter list; possibly missing comma or \)"
	return 1, 2
} // ERROR "syntax error: unexpected } after top level declaration"

func main() {}
