// String literals that are never closed.
//
// An interpreted string ends at the end of its line. The annotation on that
// line needs quotes, and those close and reopen the Go string: gc sees the
// string "abc // ...", then ==, then a /*...*/ comment (which is also the
// annotation's regexp, whose middle alternative is the expected message),
// then a second string that is never closed. Only that one is an error.
package main

func main() {
	b := "abc // ERROR " == /*|newline in string|x*/"
	println(b, s)
}

// A raw string runs to the end of the file.
var s = `never closed // ERROR "string not terminated"
}
