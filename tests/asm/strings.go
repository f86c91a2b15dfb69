package main

// Strings are two words, data pointer and length: concatenation and
// comparison call the runtime, indexing and slicing check their bounds.
// greet's concatenation escapes (it is returned): concatstring2's first
// argument, the buffer, is nil (XORQ DI, DI). Inlined into main, where s
// does not escape, it is a 32-byte buffer in main's frame (LEAQ (SP), DI).

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
