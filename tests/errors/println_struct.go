// println of a struct is an error gc finds after type checking (in walk),
// so it is reported only when type checking found nothing else.
package main

type T struct{ f []int }

func main() {
	println(T{}) // ERROR "illegal types for operand: println"
}
