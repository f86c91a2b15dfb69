// How gc renders expressions in -m messages: a concatenation is one node
// with all its operands (parentheses gone), reported at its outermost +;
// named constants become their values; untyped constants are shown
// converted to their type; binary operators get spaces, slice bounds do not;
// an inlined call's result is ~r0.
package main

type Name string

const prefix = "pre-"

var g = "abcdefgh"

func wrap(s string) string { // ERROR "can inline wrap" "s does not escape"
	return "[" + s + "]" // ERROR "\"\[\" \+ s \+ \"\]\" escapes to heap"
}

func main() {
	s := g
	t := g + "x" // ERROR "g \+ \"x\" does not escape"
	n := Name(g)
	b := byte(len(g))
	g = s + (t + s)                   // ERROR "s \+ t \+ s escapes to heap"
	g = prefix + s                    // ERROR "\"pre-\" \+ s escapes to heap"
	g = s[1:] + t[:2] + s[1:len(s)-1] // ERROR "s\[1:\] \+ t\[:2\] \+ s\[1:len\(s\) - 1\] escapes to heap"
	g = wrap(s) + t                   // ERROR "inlining call to wrap" "\"\[\" \+ s \+ \"\]\" does not escape" "~r0 \+ t escapes to heap"
	g = string(n+"!") + s             // ERROR "n \+ Name\(\"!\"\) does not escape" "string\(n \+ Name\(\"!\"\)\) \+ s escapes to heap"
	g = "0123456789"[b>>1:b>>1+1] + s // ERROR "\"0123456789\"\[b >> uint\(1\):b >> uint\(1\) \+ byte\(1\)\] \+ s escapes to heap"
	g = string(rune(48+b%10)) + s     // ERROR "string\(rune\(byte\(48\) \+ b % byte\(10\)\)\) does not escape" "string\(rune\(byte\(48\) \+ b % byte\(10\)\)\) \+ s escapes to heap"
	p := &t
	g = *p + s // ERROR "\*p \+ s escapes to heap"
	println(g)
}
