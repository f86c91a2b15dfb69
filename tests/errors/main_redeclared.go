// main declared twice; init with a signature.
package main

func main() { // ERROR "other declaration of main"
}

func main() { // ERROR "main redeclared in this block"
}

func init() int { // ERROR "func init must have no arguments and no return values"
	return 1
}

func init(x int) {} // ERROR "func init must have no arguments and no return values"

func init() {} // fine: there may be several init functions

func init() {}
