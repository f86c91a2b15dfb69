// -m also reports bounds checks removed for non-constant indexes that are
// provably in range: an array or constant string indexed by a masked or
// reduced index. Slices and string variables keep their checks.
package main

var gi int

func main() { // ERROR "can inline main"
	var a [8]int
	i := gi
	var u uint = uint(gi)
	s := "abcdefgh"
	const cs = "abcdefgh"
	sl := a[:]
	println(a[i&7]) // ERROR "index bounds check elided"
	println(a[u%8]) // ERROR "index bounds check elided"
	println(s[u%8])
	println(cs[u%8]) // ERROR "index bounds check elided"
	println(sl[i&7])
}
