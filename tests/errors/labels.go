// Labels that are unused or missing.
package main

func main() {
L1: // ERROR "label L1 defined and not used"
	for {
		break
	}
L2: // ERROR "label L2 defined and not used"
	println("x")
	goto L3 // ERROR "label L3 not defined"
	for {
		break L4 // ERROR "break label not defined: L4"
	}
	for {
		continue L5 // ERROR "continue label not defined: L5"
	}
Used:
	for {
		break Used
	}
}

func other() {
	goto Used // ERROR "label Used not defined"
}
