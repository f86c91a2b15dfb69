package main

// A string slice whose low bound exceeds its high bound panics with both
// bounds.
// The index or bounds come from variables, so only the run time can catch it.

func middle(s string, i, j int) string {
	return s[i:j]
}

func main() {
	s := "abcd"
	i, j := 1, 3
	println("s[1:3] =", middle(s, i, j))
	println("s[2:2] =", "["+middle(s, 2, 2)+"]")
	println("s[4:] =", "["+s[4:]+"]", "s[0:4] =", middle(s, 0, 4))
	i, j = 3, 2
	println("slicing", i, j)
	println("never printed", s[i:j])
}
