// string of a slice whose elements are a named byte or rune type: gc
// converts to []byte or []rune first, and prints it so.
package main

type R rune
type B byte

func main() { // ERROR "can inline main"
	rs := []R{104, 105}             // ERROR "\\[\\]R\\{\\.\\.\\.\\} does not escape"
	bs := []B{104, 105}             // ERROR "\\[\\]B\\{\\.\\.\\.\\} does not escape"
	println(string(rs), string(bs)) // ERROR "string\\(\\(\\[\\]rune\\)\\(rs\\)\\) does not escape" "string\\(\\(\\[\\]byte\\)\\(bs\\)\\) does not escape"
}
