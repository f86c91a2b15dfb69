// Constant conditions: a switch on a constant among constant cases runs
// its one clause (fallthrough included), a condition known from its
// constant operands (false && x) picks its branch.
package main

const debug = false

func main() {
	switch 1 {
	case 1.0:
		println("one")
	case 2:
		println("two")
	}
	switch {
	case false:
		println("f")
	default:
		println("d")
	}
	switch 3 {
	case 1:
		println("1")
	}
	switch 2 {
	case 2:
		println("2")
		fallthrough
	case 3:
		println("3")
	}
	x := 0
	if debug && x > 0 {
		println("dbg")
	} else {
		println("nodbg")
	}
	if true || x > 0 {
		println("t")
	}
}
