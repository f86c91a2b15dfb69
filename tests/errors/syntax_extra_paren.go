// One closing parenthesis too many.
package main

func main() {
	println("a")) // ERROR "syntax error: unexpected \) at end of statement"
}
