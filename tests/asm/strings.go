package main

// Strings are two words, data pointer and length: concatenation and
// comparison call the runtime, indexing and slicing check their bounds.

func greet(name string) string {
	return "hello, " + name
}

func first(s string) byte {
	return s[0]
}

func tail(s string) string {
	return s[1:]
}

func less(a, b string) bool {
	return a < b
}

func main() {
	s := greet("gopher")
	println(s, len(s), first(s), tail(s), less(s, "world"))
}
