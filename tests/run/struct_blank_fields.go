package main

// Blank (_) fields take space but cannot be named; comparison of structs
// ignores them. Padding fields like these are used to lay out records.

type Header struct {
	Kind uint8
	_    [3]uint8
	Len  uint32
	_    int64
	Tag  string
}

type Marker struct {
	A int
	_ int
	B int
}

func mk(kind uint8, n uint32, tag string) Header {
	return Header{Kind: kind, Len: n, Tag: tag}
}

func main() {
	h1 := mk(1, 100, "data")
	h2 := mk(1, 100, "data")
	println("h1 == h2:", h1 == h2)
	h2.Len++
	println("after h2.Len++:", h1 == h2, h2.Len)

	m := Marker{A: 1, B: 2}
	println("marker:", m.A, m.B)
	n := m
	println("copy equal:", n == m)

	headers := [3]Header{mk(1, 10, "a"), mk(2, 20, "b"), mk(3, 30, "c")}
	sum := uint32(0)
	for _, h := range headers {
		sum += h.Len * uint32(h.Kind)
	}
	println("weighted sum:", sum)
	println("headers[1] == mk(2, 20, \"b\"):", headers[1] == mk(2, 20, "b"))

	var zero Header
	println("zero header:", zero.Kind, zero.Len, "["+zero.Tag+"]", zero == Header{})
}
