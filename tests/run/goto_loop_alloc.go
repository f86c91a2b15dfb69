// A loop written with goto is a loop for escape analysis too (gc's looping
// labels): what is allocated after the label and kept across iterations
// must be on the heap, or every iteration would reuse one frame slot.
package main

func main() { // ERROR "can inline main"
	var first *int
	i := 0
loop:
	p := new(int) // ERROR "new\(int\) escapes to heap"
	*p = i
	if i == 0 {
		first = p
	}
	i++
	if i < 3 {
		goto loop
	}
	q := new(int) // ERROR "new\(int\) does not escape"
	*q = 7
	println(*first, *q)
}
