// A backward goto makes a loop as surely as a for statement: a string or
// byte slice made after the label that outlives an iteration must not sit
// in a frame buffer that the next iteration overwrites (gc's escape
// analysis counts a label that a later goto jumps to as a loop).
package main

var a, b = "con", "cat"

func main() {
	var first string
	i := 0
loop:
	s := a + string(rune('0'+i))
	if i == 0 {
		first = s
	}
	i++
	if i < 3 {
		goto loop
	}
	println(first)

	var keep []byte
	j := 0
again:
	x := []byte(b)
	x[0] = byte('A' + j)
	if j == 0 {
		keep = x
	}
	j++
	if j < 3 {
		goto again
	}
	println(string(keep))
}
