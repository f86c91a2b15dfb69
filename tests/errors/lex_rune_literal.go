// Rune literals must hold exactly one character.
package main

func main() {
	r := 'ab' // ERROR "more than one character in rune literal"
	e := ''   // ERROR "empty rune literal or unescaped '"
	ok := 'é' // fine: one character, two bytes
	println(r, e, ok)
}
