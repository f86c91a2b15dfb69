// A type may not be larger than the address space (2^50 bytes): gc finds
// it when it lays types out, after type checking.
package main

type T [1 << 62]int64 // ERROR "type \\[4611686018427387904\\]int64 larger than address space"

func main() {
	var b [1 << 62]int64 // ERROR "type \\[4611686018427387904\\]int64 larger than address space"
	var p *T
	println(p == nil, len(b))
}
