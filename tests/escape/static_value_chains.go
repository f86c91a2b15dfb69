// make sizes gc rewrites to constants by following single assignments:
// a copy of a copy of a constant, and len of a slice literal's copy.
package main

func main() { // ERROR "can inline main"
	n := 3
	k := n
	v := make([]int, k)      // ERROR "make\\(\\[\\]int, 3\\) does not escape"
	lit := []int{1, 2, 3, 4} // ERROR "\\[\\]int\\{\\.\\.\\.\\} does not escape"
	c := lit
	m := len(c)
	w := make([]byte, m) // ERROR "make\\(\\[\\]byte, 4\\) does not escape"
	println(v[0], w[0])
}
