// An if block that is never closed swallows the next function.
package main

func f() {
	if true {
		println("a")
}

func main() { // ERROR "syntax error: unexpected name main, expected \("
}
