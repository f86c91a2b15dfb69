// panic's argument is converted to an interface: it escapes. A local that is
// never reassigned is replaced by its constant value in the message, and a
// concatenation is reported twice (the string and its interface value).
package main

var suffix string

//go:noinline
func fail(code int, s string) { // ERROR "s does not escape"
	if code == 1 {
		panic(code) // ERROR "code escapes to heap"
	}
	k := 42
	if code == 2 {
		panic(k) // ERROR "42 escapes to heap"
	}
	if code == 3 {
		panic(s + suffix) // ERROR "s \+ suffix escapes to heap" "s \+ suffix escapes to heap"
	}
	if code == 4 {
		panic("fixed message") // ERROR "\"fixed message\" escapes to heap"
	}
}

func main() { // ERROR "can inline main"
	fail(len(suffix)+5, "msg")
}
