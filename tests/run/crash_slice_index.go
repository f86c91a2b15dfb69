package main

// Indexing a slice past its length panics with the index and the length.

func get(s []int, i int) int {
	return s[i]
}

func main() {
	s := []int{10, 20, 30}
	for i := 0; i < len(s); i++ {
		println("s[", i, "] =", get(s, i))
	}
	s = s[:2]
	println("len after s = s[:2]:", len(s), "cap:", cap(s))
	idx := 5
	s = s[:3]
	println("indexing with", idx)
	println("never printed", s[idx])
}
