// A field declared twice, with gc's continuation line naming the first.
package main

type T struct {
	a int    // ERROR "other declaration of a"
	a string // ERROR "a redeclared"
}

func main() {}
