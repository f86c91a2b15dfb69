// Pointers chosen in switch and range statements: the target escapes if any
// path stores it.
package main

var chosen *int

//go:noinline
func pick(k int, a, b *int) *int { // ERROR "leaking param: a to result ~r0 level=0" "leaking param: b to result ~r0 level=0"
	switch k {
	case 0:
		return a
	default:
		return b
	}
}

func main() {
	x, y := 1, 2
	println(*pick(0, &x, &y))
	vals := []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} escapes to heap"
	for i := range vals {
		if vals[i] == 2 {
			chosen = &vals[i]
		}
	}
	println(*chosen)
}
