// Conversions to []byte and []rune whose result does not escape get a
// buffer of 32 elements in the caller's frame (gc's tmpBuf): a result that
// fits is the buffer, so its capacity is 32. A longer result, or one that
// escapes, comes from the heap, with the capacity of its size class. A
// []byte of a constant string is exactly as long as the constant. Every
// slice here is written to, so no conversion may share the string's bytes.
package main

var sinkB []byte
var sinkR []rune

var strs = []string{
	"",
	"h",
	"hello",
	"0123456789012345678901234567890",   // 31 bytes
	"01234567890123456789012345678901",  // 32
	"012345678901234567890123456789012", // 33
	"0123456789012345678901234567890123456789012345678901234567890123456789",
}

// bytesHere converts and writes in its own frame: the buffer is used.
func bytesHere(s string) (int, int) {
	b := []byte(s)
	if len(b) > 0 {
		b[0] = '!'
	}
	return len(b), cap(b)
}

// bytesAway stores the slice in a package variable: it escapes.
func bytesAway(s string) (int, int) {
	sinkB = []byte(s)
	if len(sinkB) > 0 {
		sinkB[0] = '!'
	}
	return len(sinkB), cap(sinkB)
}

func runesHere(s string) (int, int) {
	r := []rune(s)
	if len(r) > 0 {
		r[0] = '!'
	}
	return len(r), cap(r)
}

func runesAway(s string) (int, int) {
	sinkR = []rune(s)
	if len(sinkR) > 0 {
		sinkR[0] = '!'
	}
	return len(sinkR), cap(sinkR)
}

func main() {
	for _, s := range strs {
		l1, c1 := bytesHere(s)
		l2, c2 := bytesAway(s)
		println("[]byte", l1, c1, "escaping", l2, c2)
	}
	for _, s := range strs {
		l1, c1 := runesHere(s)
		l2, c2 := runesAway(s)
		println("[]rune", l1, c1, "escaping", l2, c2)
	}

	// Runes, not bytes, must fit: 32 two-byte runes do, 33 do not.
	e32 := ""
	for i := 0; i < 32; i++ {
		e32 += "é"
	}
	l1, c1 := runesHere(e32)
	l2, c2 := runesHere(e32 + "é")
	println("é runes", len(e32), l1, c1, l2, c2)

	// The buffer is the slice: it is zeroed past the string.
	hello, h := strs[2], strs[1]
	b := []byte(hello)
	b[0] = 'j'
	b = b[:cap(b)]
	head := b[:5]
	println(string(head), len(b), b[5], b[31])
	hh := "héllo" + h
	r := []rune(hh)
	r[1] = 'e'
	println(string(r), len(r), cap(r))
	r = r[:cap(r)]
	println(r[6], r[31])

	// Constant strings: [n]byte, in the frame or on the heap.
	k := []byte("hello, world")
	k[0] = 'H'
	println(string(k), len(k), cap(k))
	sinkB = []byte("hello, world")
	sinkB[0] = 'Y'
	println(string(sinkB), len(sinkB), cap(sinkB))

	// A conversion in a loop whose slice outlives the iteration escapes:
	// every iteration must get memory of its own.
	var keep [][]byte
	for i := 0; i < 3; i++ {
		v := []byte(hello)
		v[0] = byte('a' + i)
		keep = append(keep, v)
	}
	k0, k1, k2 := keep[0], keep[1], keep[2]
	println(string(k0), string(k1), string(k2), cap(k0))
	var first []byte
	for i := 0; i < 3; i++ {
		v := []byte(hello)
		v[0] = byte('A' + i)
		if i == 0 {
			first = v
		}
	}
	println(string(first), cap(first))

	// One that does not outlive the iteration reuses its buffer.
	total := 0
	for i := 0; i < 3; i++ {
		t := strs[i+2]
		v := []byte(t)
		v[0] = '#'
		total += cap(v)
	}
	println("reused", total)
}
