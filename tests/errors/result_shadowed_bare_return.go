// A bare return with a named result shadowed by an inner declaration is
// refused, as gc does (the spec allows it).
package main

func f() (x int) {
	if x := 1; x > 0 { // ERROR "inner declaration of var x int"
		return // ERROR "result parameter x not in scope at return"
	}
	return
}

func main() {
	println(f())
}
