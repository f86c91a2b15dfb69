// A nil written as a conversion prints as one in -m lines.
package main

func main() { // ERROR "can inline main"
	var a any = []int(nil) == nil // ERROR "\\(\\[\\]int\\)\\(nil\\) == nil does not escape"
	var d any = []int(nil) // ERROR "\\(\\[\\]int\\)\\(nil\\) does not escape"
	println(a != nil, d != nil)
}
