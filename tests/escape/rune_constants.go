// Constants of type rune print as rune literals, as gc's %q prints them;
// strings quote their non-printable characters.
package main

func main() {
	var a any = '\n'   // ERROR "'\\\\n' does not escape"
	var b any = 'é'    // ERROR "'é' does not escape"
	var c any = '😀'    // ERROR "'😀' does not escape"
	var d any = '\''   // ERROR "'\\\\'' does not escape"
	var e any = 0x7f   // ERROR "127 does not escape"
	var f any = '\x01' // ERROR "'\\\\x01' does not escape"
	g()                // ERROR "inlining call to g" "'b' does not escape" "x \+ 'c' does not escape"
	println(a != nil, b != nil, c != nil, d != nil, e != nil, f != nil)
}

func g() { // ERROR "can inline g"
	var x rune = 5
	var y any = rune(98) // ERROR "'b' does not escape"
	var z any = x + 'c'  // ERROR "x \+ 'c' does not escape"
	println(x, y, z, string(rune(0x200b)))
}
