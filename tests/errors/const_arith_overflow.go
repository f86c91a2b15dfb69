// Arithmetic on typed constants whose result overflows the type.
package main

const t int8 = 100

const (
	A byte = 200
	B      = A + 100 // ERROR "A \+ 100 \(constant 300 of type byte\) overflows byte"
)

func main() {
	_ = t * 2             // ERROR "t \* 2 \(constant 200 of type int8\) overflows int8"
	const t2 int8 = t + t // ERROR "t \+ t \(constant 200 of type int8\) overflows int8"
	const m int32 = 1 << 30
	_ = m * 4 // ERROR "m \* 4 \(constant 4294967296 of type int32\) overflows int32"
	const big = 1 << 100
	_ = big / (1 << 90) // fine: untyped constants are exact
	println(t2)
}
