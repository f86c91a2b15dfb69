// break and continue outside of what they can leave.
package main

func main() {
	break    // ERROR "break is not in a loop, switch, or select"
	continue // ERROR "continue is not in a loop"
	if true {
		break // ERROR "break is not in a loop, switch, or select"
	}
	switch {
	case true:
		continue // ERROR "continue is not in a loop"
	}
	for {
		switch {
		default:
			break    // fine: leaves the switch
			continue // fine: continues the for
		}
	}
}
