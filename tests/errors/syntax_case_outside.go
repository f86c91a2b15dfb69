// case outside a switch ends the statement list: a } was due.
package main

func main() {
	case 1: // ERROR "syntax error: unexpected keyword case, expected \}"
}
