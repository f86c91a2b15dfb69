// gc's continuation lines: the other declaration and the previous case are
// printed tab-indented under the error, not as errors of their own.
package main

func g() {} // ERROR "other declaration of g"
func g() {} // ERROR "g redeclared in this block"

func main() {
	switch 1 {
	case 1, 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch" "previous case"
	}
}
