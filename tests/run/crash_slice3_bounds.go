package main

// The full slice expression s[i:j:k] checks k against the capacity; the
// message shows the 3-index form.

func limit(s []int, k int) []int {
	return s[:2:k]
}

func main() {
	arr := [8]int{1, 2, 3, 4, 5, 6, 7, 8}
	s := arr[2:5]
	println("len", len(s), "cap", cap(s))
	t := s[0:2:6]
	println("s[0:2:6]: len", len(t), "cap", cap(t))
	for k := 3; k <= 9; k += 3 {
		println("limit(s,", k, ")")
		u := limit(s, k)
		println("  len", len(u), "cap", cap(u))
	}
	println("never printed")
}
