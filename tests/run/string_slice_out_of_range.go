package main

// Slicing a string past its length panics with the bound and the length.
// The index or bounds come from variables, so only the run time can catch it.

func prefix(s string, n int) string {
	return s[:n]
}

func main() {
	s := "abcd"
	for j := 0; j <= len(s); j++ {
		println("s[:", j, "] =", prefix(s, j))
	}
	t := s[1:]
	println("t = s[1:] =", t, "t[:3] =", prefix(t, 3))
	j := 7
	println("slicing to", j, "with len", len(s))
	println("never printed", s[:j])
}
