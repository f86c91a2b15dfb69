// goto needs a label name.
package main

func main() {
	if true {
		goto
	} // ERROR "syntax error: unexpected }, expected name"
}
