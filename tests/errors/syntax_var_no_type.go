// var with neither type nor value: gc points at the token after the name.
package main

func main() {
	var x // ERROR "syntax error: unexpected newline, expected type"
}
