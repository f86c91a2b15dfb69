// init can only be a function, and cannot be referred to.
package main

var init = 3 // ERROR "cannot declare init - must be func"

const main = 1 // ERROR "cannot declare main - must be func"

func init() {
	init() // ERROR "undefined: init"
}

func helper() {
	x := init // ERROR "undefined: init"
	println(x)
}
