// Conversions between named types and their underlying slice, map,
// pointer, float and string types, and []B/[]R of strings with named
// byte and rune element types.
package main

type Celsius float64
type Temp = Celsius
type IntSlice []int
type StrMap map[string]int
type PtrT *int

func main() {
	var c Celsius = 36.6
	var t Temp = c
	println(c, t, float64(c)+1)
	is := IntSlice{3, 1, 2}
	var raw []int = is
	is2 := IntSlice(raw)
	println(len(is2), raw[0])
	sm := StrMap{"a": 1}
	var rm map[string]int = sm
	rm["b"] = 2
	println(len(sm))
	x := 5
	var p PtrT = &x
	println(*p)
	type B byte
	bs := []B("hi")
	println(len(bs), bs[0])
	type R rune
	rs := []R("héllo")
	println(len(rs), string(rs))
	type Str string
	var s Str = "abc"
	println(s+"d", len(s), s[1], s[1:])
	for i, r := range s {
		println(i, r)
	}
	bb := []byte(s)
	println(string(bb), Str(bb))
	panic(s)
}
