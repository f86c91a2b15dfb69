// append to a local slice: the backing array escapes when the slice is
// returned from a noinline function, not when it stays local.
package main

//go:noinline
func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i) // ERROR "append escapes to heap"
	}
	return s
}

//go:noinline
func sumTo(n int) int {
	s := make([]int, 0, 8) // ERROR "make\(\[\]int, 0, 8\) does not escape"
	for i := 0; i < n; i++ {
		s = append(s, i) // ERROR "append does not escape"
	}
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func main() {
	println(len(build(4)), sumTo(4))
}
