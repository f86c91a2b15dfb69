// Assignments whose two sides are parts of the same variable (a field or
// element from the same base) are ignored by escape analysis, and -m says so
// at the =, once per assigned pair.
package main

type Buf struct {
	data []int
	hist [3]int
}

//go:noinline
func shift(b *Buf) { // ERROR "b does not escape"
	b.data = b.data[1:]                         // ERROR "shift ignoring self-assignment in b\.data = b\.data\[1:\]"
	b.hist[0], b.hist[1] = b.hist[1], b.hist[0] // ERROR "shift ignoring self-assignment in b\.hist\[0\], b\.hist\[1\] = b\.hist\[1\], b\.hist\[0\]" "shift ignoring self-assignment in b\.hist\[0\], b\.hist\[1\] = b\.hist\[1\], b\.hist\[0\]"
}

func main() {
	b := &Buf{data: []int{1, 2}} // ERROR "&Buf\{\.\.\.\} does not escape" "\[\]int\{\.\.\.\} does not escape"
	shift(b)
	x := []int{1, 2, 3}     // ERROR "\[\]int\{\.\.\.\} does not escape"
	x[0], x[2] = x[2], x[0] // ERROR "main ignoring self-assignment in x\[0\], x\[2\] = x\[2\], x\[0\]" "main ignoring self-assignment in x\[0\], x\[2\] = x\[2\], x\[0\]"
	println(len(b.data), x[0])
}
