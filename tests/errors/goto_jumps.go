// goto may not jump into a block or over a variable declaration.
package main

func main() {
	goto A // ERROR "goto A jumps over declaration of x at "
	x := 1
	println(x)
A:
	goto B // ERROR "goto B jumps into block starting at "
	{
	B:
		println()
	}
	for {
	C:
		break
	}
	goto C // ERROR "goto C jumps into block starting at "
	goto D // ERROR "goto D jumps over declaration of y at "
	var y int
	println(y)
D:
	if true {
		goto E // ERROR "goto E jumps into block starting at "
	} else {
	E:
	}
	goto F // fine: the declaration of z is inside a block
	{
		z := 1
		println(z)
	}
F:
	goto G // fine: jumping backwards over a declaration
G:
	w := 2
	if w > 0 {
		goto G
	}
}
