// make with constant sizes: on the stack unless it escapes or its backing
// array is over gc's 64 KB implicit limit (65536 bytes).
package main

var global []int

func main() { // ERROR "can inline main"
	a := make([]int, 10)     // ERROR "make\(\[\]int, 10\) does not escape"
	b := make([]int, 8192)   // ERROR "make\(\[\]int, 8192\) does not escape"
	c := make([]int, 8193)   // ERROR "make\(\[\]int, 8193\) escapes to heap"
	d := make([]byte, 65536) // ERROR "make\(\[\]byte, 65536\) does not escape"
	e := make([]byte, 65537) // ERROR "make\(\[\]byte, 65537\) escapes to heap"
	f := make([]int, 0, 16)  // ERROR "make\(\[\]int, 0, 16\) does not escape"
	f = append(f, 1)         // ERROR "append does not escape"
	global = make([]int, 4)  // ERROR "make\(\[\]int, 4\) escapes to heap"
	println(len(a), len(b), len(c), len(d), len(e), len(f))
}
