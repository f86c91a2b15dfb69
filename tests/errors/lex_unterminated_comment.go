// An unterminated comment: no follow-up error at the end of the file.
package main

func main() {
	/* abc // ERROR "comment not terminated"
}
