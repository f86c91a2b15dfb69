package main

// rec has a field of each integer size: 1, 2, 4 and 8 bytes.
type rec struct {
	b byte
	h int16
	w int32
	q int64
}

var r rec

// store writes v, truncated, into each field of r.
//
//go:noinline
func store(v int64) {
	r.b = byte(v)
	r.h = int16(v)
	r.w = int32(v)
	r.q = v
}

// load reads the fields back, widened to 64 bits: sign-extended from
// signed types, zero-extended from unsigned ones.
//
//go:noinline
func load() (int64, uint64) {
	return int64(r.h) + int64(r.w), uint64(r.b) + uint64(uint32(r.w))
}

func main() {
	store(-2)
	x, y := load()
	println(x, y)
}
