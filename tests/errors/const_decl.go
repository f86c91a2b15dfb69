// Constant declarations with non-constant or missing values, and iota.
package main

var v = 1

var cs = "abc"

const (
	A = iota
	B                   // 1
	C int8 = iota * 100 // ERROR "cannot use iota \* 100 \(untyped int constant 200\) as int8 value in constant declaration \(overflows\)"
	D                   // ERROR "cannot use iota \* 100 \(untyped int constant 300\) as int8 value in constant declaration \(overflows\)"
)

const e = v       // ERROR "v \(variable of type int\) is not constant"
const h int = "s" // ERROR "cannot use \"s\" \(untyped string constant\) as int value in constant declaration"
const (
	i, j = 1 // ERROR "missing init expr for j"
)
const k, l = 1, 2, 3 // ERROR "extra init expr 3"
const m = len("abc") // fine: len of a constant string is constant
const n = len(cs)    // ERROR "len\(cs\) \(value of type int\) is not constant"

func main() {
	x := iota // ERROR "cannot use iota outside constant declaration"
	println(x)
}
