package main

// Indexing a string past its end panics with the index and the length.
// The index or bounds come from variables, so only the run time can catch it.

func at(s string, i int) byte {
	return s[i]
}

func main() {
	s := "abc"
	for i := 0; i < len(s); i++ {
		println("s[", i, "] =", at(s, i))
	}
	t := s + "def"
	println("t[5] =", at(t, 5), "len(t) =", len(t))
	i := len(s) + 2
	println("indexing with", i)
	println("never printed", s[i])
}
