// The calls order.rs moves before their statement print in place, as gc's
// tree (ordered only after escape analysis) has them: an inlined call as
// its results, (~r0).
package main

var m = map[string]int{} // ERROR "map\\[string\\]int\\{\\} escapes to heap"

func key(i int) int { return i } // ERROR "can inline key"

func main() { // ERROR "can inline main"
	var a [4]int
	m[string(rune(97+key(0)))] = 1 // ERROR "inlining call to key" "string\\(rune\\(97 \\+ \\(\\~r0\\)\\)\\) escapes to heap"
	println(string(a[:1][0] + 48)) // ERROR "string\\(a\\[:1\\]\\[0\\] \\+ 48\\) does not escape"
}
