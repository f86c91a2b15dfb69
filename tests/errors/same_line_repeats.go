// gc drops an error that repeats the one before it on the same line.
package main

func main() {
	x := 0; x := 1; x := 2 // ERROR "no new variables on left side of :="
	println(x)
}
