// A goto over several declarations names the last one (all its names, at
// its :=); break to a label defined later is undefined, and the label unused.
package main

func main() {
	goto L // ERROR "goto L jumps over declaration of y, z at .*:8:7"
	var x = 1
	y, z := 2, 3
L:
	println(x, y, z)
	for {
		break M // ERROR "break label not defined: M"
	}
M: // ERROR "label M defined and not used"
}
