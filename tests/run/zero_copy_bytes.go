// []byte(s) shares the string's bytes only when nothing ever writes through
// the result (gc's zero-copy conversion); every way of writing must force a
// real copy, or the program would write into the string's read-only bytes.
package main

type holder struct {
	buf []byte
}

var sink []byte

//go:noinline
func poke(b []byte) {
	b[0] = 'P'
}

//go:noinline
func sum(b []byte) int {
	t := 0
	for _, c := range b {
		t += int(c)
	}
	return t
}

func keep(b []byte) []byte {
	return b
}

func main() {
	s := "hello"

	ro := []byte(s) // only read: may share s's bytes
	println(len(ro), cap(ro) >= len(ro), sum(ro), string(ro))

	direct := []byte(s)
	direct[0] = 'j'
	println(string(direct), s)

	called := []byte(s)
	poke(called)
	println(string(called), s)

	viaPtr := []byte(s)
	p := &viaPtr[1]
	*p = 'E'
	println(string(viaPtr), s)

	viaField := []byte(s)
	h := holder{buf: viaField}
	h.buf[2] = 'L'
	println(string(viaField), s)

	viaSlice := []byte(s)
	tail := viaSlice[3:]
	tail[0] = 'X'
	println(string(viaSlice), s)

	copied := []byte(s)
	copy(copied, "ab")
	println(string(copied), s)

	appended := []byte(s)
	appended = append(appended[:1], 'Z')
	println(string(appended), s)

	returned := keep([]byte(s))
	returned[4] = '!'
	println(string(returned), s)

	sink = []byte(s)
	sink[0] = 'S'
	println(string(sink), s)

	for i := range []byte(s) {
		print(i)
	}
	println()

	// An empty string's bytes: still a non-nil, empty slice.
	empty := ""
	e := []byte(empty)
	println(e == nil, len(e), cap(e), []byte("") == nil)
}
