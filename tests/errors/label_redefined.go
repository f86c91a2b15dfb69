// A label defined twice in the same function.
package main

func main() {
	goto E
E:
E: // ERROR "label E already defined at "
	println()
}

func other() {
	goto E // labels are function-scoped: this E is fine
E:
}
