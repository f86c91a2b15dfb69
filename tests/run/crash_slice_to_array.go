// Converting a slice shorter than the array panics with gc's message.
package main

func main() {
	s := []int{1, 2}
	p := (*[2]int)(s)
	println(p[1])
	short := s[:1]
	a := [3]int(short)
	println(a[0])
}
