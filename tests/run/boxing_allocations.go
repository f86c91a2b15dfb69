// Converting a value to an interface ("boxing") allocates only when it
// must: small integers and one-byte values point into runtime.staticuint64s,
// boxes that do not escape live in the frame, and the rest go to the heap.
package main

import "runtime"

type pair struct{ a, b int }

type labelled struct {
	name  string
	codes [3]int16
	next  *labelled
	ok    bool
}

var sink any
var ms runtime.MemStats

//go:noinline
func num(i int) int { return i }

//go:noinline
func same(a, b any) bool { return a == b }

func mallocs() uint64 {
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

func main() {
	small := num(5)
	big := num(1000)
	m0 := mallocs()
	sink = small // 0 allocations: &staticuint64s[5]
	m1 := mallocs()
	sink = big // 1 allocation: runtime.convT64
	m2 := mallocs()
	sink = byte(big) // 0: one-byte values are always in the table
	m3 := mallocs()
	sink = num(0) == 0 // 0: bools too
	m4 := mallocs()
	local := any(pair{small, big}) // 0: the box does not escape
	eq := local == any(pair{5, 1000})
	m5 := mallocs()
	sink = pair{small, big} // 1: the box escapes to the heap
	m6 := mallocs()
	println(m1-m0, m2-m1, m3-m2, m4-m3, m5-m4, m6-m5, eq)
	println(sink == any(pair{5, 1000}), sink == any(pair{1000, 5}))
	x, y := num(255), num(256)
	m7 := mallocs()
	sink = x
	m8 := mallocs()
	sink = y
	m9 := mallocs()
	println(m8-m7, m9-m8, sink == any(256))
	neg8, neg32 := int8(num(-1)), int32(num(-3))
	m10 := mallocs()
	sink = neg8 // 0: the byte 0xff, &staticuint64s[255]
	eq8 := sink == any(int8(-1))
	m11 := mallocs()
	sink = neg32 // 1: 0xfffffffd is not below 256
	m12 := mallocs()
	println(m11-m10, m12-m11, eq8, sink == any(int32(-3)))
	m13 := mallocs()
	sink = pair{1, 2} // 0: a constant literal is read-only static data
	m14 := mallocs()
	sink = [3]string{"a", "b", "c"} // 0
	m15 := mallocs()
	sink = labelled{name: "x", codes: [3]int16{-1, 2: 7}, ok: true} // 0
	m16 := mallocs()
	sink = pair{small, 2} // 1: not constant
	m17 := mallocs()
	println(m14-m13, m15-m14, m16-m15, m17-m16)
	println(sink == any(pair{5, 2}), any(pair{1, 2}) == any(pair{1, 2}))
	l := labelled{name: "x", codes: [3]int16{-1, 0, 7}, ok: true}
	println(any(labelled{name: "x", codes: [3]int16{-1, 2: 7}, ok: true}) == any(l))
	println(any([3]string{"a", "b", "c"}) == any([3]string{"a", "b", "c"}))
}
