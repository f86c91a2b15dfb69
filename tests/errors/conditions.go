// Conditions of if and for must be boolean.
package main

func main() {
	x := 1
	s := "a"
	if x { // ERROR "non-boolean condition in if statement"
	}
	for s { // ERROR "non-boolean condition in for statement"
	}
	if 1 { // ERROR "non-boolean condition in if statement"
	}
	for x = 0; x; x++ { // ERROR "non-boolean condition in for statement"
	}
	if x == 1 {
	} else if s { // ERROR "non-boolean condition in if statement"
	}
	b := x > 0
	if !b {
	}
	ok := b == true
	for ok {
		break
	}
}
