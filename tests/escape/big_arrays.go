// Large arrays declared as locals: gc's limit for explicit variables is
// 128 KB (131072 bytes); anything larger is moved to the heap even though
// its address never escapes.
package main

func main() { // ERROR "can inline main"
	var fits [131072]byte
	var over [131073]byte // ERROR "moved to heap: over"
	ints := [16384]int{}
	more := [16385]int{} // ERROR "moved to heap: more"
	fits[0] = 1
	over[0] = 2
	println(len(fits), len(over), len(ints), len(more))
}
