// Names declared twice in the same block. gc also reports where the
// other declaration is, as a separate line.
package main

var g int    // ERROR "other declaration of g"
var g string // ERROR "g redeclared in this block"

type T int    // ERROR "other declaration of T"
type T string // ERROR "T redeclared in this block"

func f() {} // ERROR "other declaration of f"
func f() {} // ERROR "f redeclared in this block"

func main() {
	x := 1       // ERROR "other declaration of x"
	var x int    // ERROR "x redeclared in this block"
	var b, b int // ERROR "b redeclared in this block" "other declaration of b"
	{
		x := "shadowing in an inner block is fine"
		println(x)
	}
	var main int // fine: a local may shadow a package-level name
	println(x, b, main)
}
