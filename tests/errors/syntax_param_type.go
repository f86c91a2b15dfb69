// Every parameter needs a type.
package main

func f(a int, b) int { // ERROR "syntax error: missing parameter type"
	return 1
}

func main() {
}
