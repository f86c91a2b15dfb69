// The results of a multi-value call converted where they are assigned go
// through gc's temporaries, named .autotmp_N by the variables declared
// before them, and reported where the statement assigns.
package main

//go:noinline
func pair() (int, string) { return 7, "seven" }

func boxed() (any, any) { return pair() } // ERROR "can inline boxed" "\\.autotmp_2 escapes to heap" "\\.autotmp_3 escapes to heap"

var first, second any = pair() // ERROR "\\.autotmp_0 escapes to heap" "\\.autotmp_1 escapes to heap"

func main() {
	n, s := pair()
	var a, b any = pair() // ERROR "\\.autotmp_6 does not escape" "\\.autotmp_7 does not escape"
	var c any
	var d int
	d, c = pair()                                                                                             // ERROR "\\.autotmp_11 does not escape"
	x, y := boxed()                                                                                           // ERROR "inlining call to boxed" "\\.autotmp_2 does not escape" "\\.autotmp_3 does not escape"
	println(n, s, a == 7, b == "seven", c == "seven", d, x == 7, y == "seven", first == 7, second == "seven") // ERROR "7 does not escape" "\"seven\" does not escape" "\"seven\" does not escape" "7 does not escape" "\"seven\" does not escape" "7 does not escape" "\"seven\" does not escape"
}
