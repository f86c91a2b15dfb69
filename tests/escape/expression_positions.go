// Where gc reports an expression: a selector at its `.`, a parenthesised
// expression at its `(`, a conversion at its argument, a call of a
// parenthesised function at the call's `(`; a written (*p).x is printed
// as written. make([]T, n) of a zero-size T goes to the heap.
package main

type T struct{ x int }

type E struct{}

var gp = &T{}
var ga any

func leaf(a int) int { return a * 2 } // ERROR "can inline leaf"

func main() { // ERROR "can inline main"
	t := T{x: 1}
	t2 := struct{ s string }{"q"}
	ga = t.x                              // ERROR "t\\.x escapes to heap"
	ga = (t.x + 1)                        // ERROR "t\\.x \\+ 1 escapes to heap"
	println(ga != nil, len([]byte(t2.s))) // ERROR "\\(\\[\\]byte\\)\\(t2\\.s\\) does not escape" "zero\\-copy string\\->\\[\\]byte conversion"
	ga = (*gp).x                          // ERROR "\\(\\*gp\\)\\.x escapes to heap"
	ga = (leaf)(3)                        // ERROR "inlining call to leaf" "\\~r0 escapes to heap"
	es := make([]E, 5)                    // ERROR "make\\(\\[\\]E, 5\\) escapes to heap"
	println(ga != nil, len(es))
}
