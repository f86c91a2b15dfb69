// A comma between struct fields, where a semicolon or newline belongs.
package main

type T struct {
	a int, // ERROR "syntax error: unexpected comma in struct type; possibly missing semicolon or newline or \}"
	b int
}

func main() {}
