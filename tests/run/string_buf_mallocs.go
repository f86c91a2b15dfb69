// A new string or slice that does not outlive its frame costs no heap
// allocation when it fits in 32 bytes (32 runes for []rune(s)): gc's
// compiler passes the runtime a buffer in the frame (tmpBuf), and so does
// gocc. runtime.MemStats.Mallocs counts what each loop of 1000 operations
// really allocates: 0 for short results that stay in the frame, 1000 for
// long ones and for results that escape.
package main

import "runtime"

var a, b, c, d = "con", "cat", "en", "ate"
var long = "0123456789012345678901234567890123456789"

var bs, bs1, bslong []byte
var rs, rs29, rs30, norunes []rune

var jp = "日本語日本語日本語"

func init() {
	ab, c1, aeb := a+b, c[:1], a+"é"+b
	jp2, jp3 := jp+"xy", jp+"xyz"
	bs = []byte(ab)
	bs1 = []byte(c1)
	bslong = []byte(long)
	rs = []rune(aeb)
	rs29 = []rune(jp2) // 29 bytes of UTF-8
	rs30 = []rune(jp3) // 30: with gc's 3 spare bytes, too long
}

var sinkS string
var sinkB []byte
var sinkR []rune

var ms runtime.MemStats

func mallocs() uint64 {
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

const N = 1000

var empty = ""

// emptyPlus makes t in its frame, then returns "" + t: the concatenation
// escapes, so it must copy t's bytes off the stack instead of returning t.
//
//go:noinline
func emptyPlus(b []byte) string {
	t := string(b)
	return empty + t
}

func report(what string, before uint64, n int) {
	after := mallocs()
	println(what, after-before, n)
}

func main() {
	m := mallocs()
	n := 0
	for i := 0; i < N; i++ {
		s := a + b
		n += len(s)
	}
	report("a+b here:", m, n)

	m, n = mallocs(), 0
	for i := 0; i < N; i++ {
		sinkS = a + b
		n += len(sinkS)
	}
	report("a+b escaping:", m, n)

	m, n = mallocs(), 0
	for i := 0; i < N; i++ {
		s := a + b + c
		n += len(s)
	}
	report("a+b+c here:", m, n)

	m, n = mallocs(), 0
	for i := 0; i < N; i++ {
		s := a + b + c + d + a
		n += len(s)
	}
	report("a+b+c+d+a here:", m, n)

	m, n = mallocs(), 0
	for i := 0; i < N; i++ {
		s := a + long
		n += len(s)
	}
	report("a+long here:", m, n)

	m, n = mallocs(), 0
	for i := 0; i < N; i++ {
		s := a + "01234567890123456789012345678901"
		n += len(s)
	}
	report("a+32-byte literal here:", m, n)

	m, n = mallocs(), 0
	e := ""
	for i := 0; i < N; i++ {
		s := e + a
		n += len(s)
	}
	report("\"\"+a here:", m, n)

	m, n = mallocs(), 0
	for i := 0; i < N; i++ {
		s := a
		s += b
		n += len(s)
	}
	report("s += b:", m, n)

	// The value flows to a variable declared outside the loop: it escapes,
	// or every iteration would overwrite the same buffer.
	m, n = mallocs(), 0
	last := ""
	for i := 0; i < N; i++ {
		last = a + b
	}
	n = len(last)
	report("a+b kept across iterations:", m, n)

	m, n = mallocs(), 0
	for i := 0; i < N; i++ {
		s := string(bs)
		n += len(s)
	}
	report("string(b) here:", m, n)

	m, n = mallocs(), 0
	for i := 0; i < N; i++ {
		sinkS = string(bs)
		n += len(sinkS)
	}
	report("string(b) escaping:", m, n)

	m, n = mallocs(), 0
	for i := 0; i < N; i++ {
		sinkS = string(bs1)
		n += len(sinkS)
	}
	report("string(b) of one byte escaping:", m, n)

	m, n = mallocs(), 0
	for i := 0; i < N; i++ {
		s := string(bslong)
		n += len(s)
	}
	report("string(long b) here:", m, n)

	m, n = mallocs(), 0
	for i := 0; i < N; i++ {
		s := string(rune(i + 0x3b1))
		n += len(s)
	}
	report("string(r) here:", m, n)

	m, n = mallocs(), 0
	for i := 0; i < N; i++ {
		sinkS = string(rune(i + 0x3b1))
		n += len(sinkS)
	}
	report("string(r) escaping:", m, n)

	m, n = mallocs(), 0
	for i := 0; i < N; i++ {
		s := string(rs)
		n += len(s)
	}
	report("string(runes) here:", m, n)

	m, n = mallocs(), 0
	for i := 0; i < N; i++ {
		sinkS = string(rs)
		n += len(sinkS)
	}
	report("string(runes) escaping:", m, n)

	m, n = mallocs(), 0
	for i := 0; i < N; i++ {
		s := string(rs29)
		n += len(s)
	}
	report("string(runes) of 29 bytes here:", m, n)

	m, n = mallocs(), 0
	for i := 0; i < N; i++ {
		s := string(rs30)
		n += len(s)
	}
	report("string(runes) of 30 bytes here:", m, n)

	m, n = mallocs(), 0
	for i := 0; i < N; i++ {
		s := string(norunes)
		n += len(s)
	}
	report("string(no runes) here:", m, n)

	m, n = mallocs(), 0
	for i := 0; i < N; i++ {
		sinkS = string(norunes)
		n += len(sinkS)
	}
	report("string(no runes) escaping:", m, n)

	m, n = mallocs(), 0
	for i := 0; i < N; i++ {
		x := []byte(a)
		x[0] = 'k'
		n += int(x[0])
	}
	report("[]byte(s) here:", m, n)

	m, n = mallocs(), 0
	for i := 0; i < N; i++ {
		sinkB = []byte(a)
		n += len(sinkB)
	}
	report("[]byte(s) escaping:", m, n)

	m, n = mallocs(), 0
	for i := 0; i < N; i++ {
		x := []rune(a)
		x[0] = 'k'
		n += int(x[0])
	}
	report("[]rune(s) here:", m, n)

	m, n = mallocs(), 0
	for i := 0; i < N; i++ {
		sinkR = []rune(a)
		n += len(sinkR)
	}
	report("[]rune(s) escaping:", m, n)

	m = mallocs()
	x1 := emptyPlus(bs)
	x2 := emptyPlus(bslong[4:10])
	report("\"\"+t escaping, twice:", m, len(x1)+len(x2))
	println(x1, x2)

	println(sinkS, string(sinkB), string(sinkR), last)
}
