// Named types defined in terms of themselves.
package main

type T T // ERROR "invalid recursive type: T refers to itself"

type U V // ERROR "invalid recursive type U" "U refers to V"
type V U // ERROR "V refers to U"

type W int
type X W // fine

func main() {}
