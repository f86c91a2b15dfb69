// A character that is not a letter or digit inside an identifier.
package main

func main() {
	y := 2·3 // ERROR "invalid character U\+00B7 '·' in identifier" "syntax error: unexpected name ·3 at end of statement"
	println(y)
}
