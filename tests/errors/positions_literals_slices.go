// gc places a key: value element among plain ones at its key, a slice
// expression that cannot be assigned to at its [, and a missing middle
// index at the second colon.
package main

type T struct{ A, B int }

func main() {
	t := T{1, B: 2} // ERROR "mixture of field:value and value elements in struct literal"
	s := []int{1, 2}
	s[0:1] = nil // ERROR "cannot assign to s\\[0:1\\] \\(neither addressable nor a map index expression\\)"
	_ = s[1::2] // ERROR "middle index required in 3\\-index slice"
	_, _ = t, s
}
