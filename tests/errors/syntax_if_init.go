// An if header with an init statement but no condition.
package main

func main() {
	if x := 1 { // ERROR "syntax error: cannot use x := 1 as value"
	}
}
