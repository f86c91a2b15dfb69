// Duplicate constant cases in an expression switch. gc also reports
// where the previous case is, as a separate line.
package main

const K = 2

func main() {
	x := 1
	switch x {
	case 1, 2: // ERROR "previous case" "previous case"
	case 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch"
	case K: // ERROR "duplicate case K \(constant 2 of type int\) in expression switch"
	case 3, 3: // ERROR "duplicate case 3 \(constant of type int\) in expression switch" "previous case"
	case x: // fine: not a constant
	}
	switch s := "a"; s {
	case "a": // ERROR "previous case"
	case "b", "a": // ERROR "duplicate case \"a\" \(constant of type string\) in expression switch"
	}
	switch {
	case true:
	case true: // fine: gc does not check boolean cases
	}
	switch x {
	default:
	default: // ERROR "multiple defaults \(first at .*\)"
	}
}
