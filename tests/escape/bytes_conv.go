// string <-> []byte conversions and concatenation: gc reports each
// conversion, and a []byte(s) that is never written reuses the string's bytes.
package main

var gs string
var gb []byte

func main() { // ERROR "can inline main"
	s := "hello"
	ro := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape" "zero-copy string->\[\]byte conversion"
	println(len(ro))
	rw := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape"
	rw[0] = 'j'
	gb = []byte(s)     // ERROR "\(\[\]byte\)\(s\) escapes to heap"
	back := string(rw) // ERROR "string\(rw\) does not escape"
	gs = string(gb)    // ERROR "string\(gb\) escapes to heap"
	joined := s + back // ERROR "s \+ back does not escape"
	gs = gs + s        // ERROR "gs \+ s escapes to heap"
	println(back, joined, gs)
}
