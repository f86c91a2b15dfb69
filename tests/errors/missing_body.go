// Function declarations without a body. gc reports these only when
// there are no type errors.
package main

func nobody() int // ERROR "missing function body"

func other(x int) // ERROR "missing function body"

func main() {
	println(nobody())
}
