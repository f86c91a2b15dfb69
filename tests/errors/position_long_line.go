// gc keeps 8 bits of column: from column 255 on, a position is FILE:LINE.
package main

func main() {
	x := 0; x := 0; x := 0; x := 0; x := 0; x := 0; x := 0; x := 0; x := 0; x := 0; x := 0; x := 0; x := 0; x := 0; x := 0; x := 0; x := 0; x := 0; x := 0; x := 0; x := 0; x := 0; x := 0; x := 0; x := 0; x := 0; x := 0; x := 0; x := 0; x := 0; x := 0; x := 0; var y int8 = 300 // ERROR "declared and not used: x" "no new variables on left side of :=" "cannot use 300 \\(untyped int constant\\) as int8 value in variable declaration \\(overflows\\)" "declared and not used: y"
}
