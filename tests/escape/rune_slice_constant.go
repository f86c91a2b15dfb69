// []rune("...") is a slice literal with every element keyed (gc's
// rewrite), so it costs the inliner more than []rune(s): main is over
// the budget.
package main

var gr []rune
var gb []byte

func main() {
	gr = []rune("héllo") // ERROR "\\[\\]rune\\{\\.\\.\\.\\} escapes to heap"
	println(len(gr), cap(gr))
	gb = []byte("héllo") // ERROR "\\(\\[\\]byte\\)\\(\"héllo\"\\) escapes to heap"
	println(len(gb), cap(gb))
	s := "héllo"
	r := []rune(s) // ERROR "\\(\\[\\]rune\\)\\(s\\) does not escape"
	println(len(r), cap(r))
	gr = []rune(s) // ERROR "\\(\\[\\]rune\\)\\(s\\) escapes to heap"
	println(len(gr), cap(gr))
	gr = []rune("") // ERROR "\\[\\]rune\\{\\} escapes to heap"
	println(len(gr), cap(gr), gr == nil)
	x := []rune("") // ERROR "\\[\\]rune\\{\\} does not escape"
	println(len(x), cap(x), x == nil)
}
