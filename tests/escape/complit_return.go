// Returning &T{...}: a noinline constructor allocates on the heap; an
// inlinable one lets the caller decide.
package main

type Pair struct {
	A, B int
}

var keep *Pair

//go:noinline
func makePair(a, b int) *Pair {
	return &Pair{A: a, B: b} // ERROR "&Pair\{\.\.\.\} escapes to heap"
}

func newPair(a, b int) *Pair { // ERROR "can inline newPair"
	return &Pair{A: a, B: b} // ERROR "&Pair\{\.\.\.\} escapes to heap"
}

func main() {
	p := makePair(1, 2)
	q := newPair(3, 4)   // ERROR "inlining call to newPair" "&Pair\{\.\.\.\} does not escape"
	keep = newPair(5, 6) // ERROR "inlining call to newPair" "&Pair\{\.\.\.\} escapes to heap"
	println(p.A, q.B, keep.A)
}
