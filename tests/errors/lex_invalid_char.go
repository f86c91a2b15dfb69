// Characters that are not part of any token.
package main

func main() {
	x := 1 @ 2 // ERROR "invalid character U\+0040 '@'" "syntax error: unexpected literal 2 at end of statement"
	y := 3 # 4 // ERROR "invalid character U\+0023 '#'" "syntax error: unexpected literal 4 at end of statement"
	println(x, y)
}
