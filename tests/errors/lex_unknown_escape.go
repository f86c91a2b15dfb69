// Escape sequences that do not exist or are out of range.
package main

func main() {
	s := "a\qb" // ERROR "unknown escape"
	t := "\xZZ" // ERROR "invalid character 'Z' in hexadecimal escape"
	r := '\400' // ERROR "octal escape value 256 > 255"
	u := "\uD800" // ERROR "escape is invalid Unicode code point U\+D800"
	v := "\t\n\\\"\x41\101\u00e9" // fine
	println(s, t, r, u, v)
}
