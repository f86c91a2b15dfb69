package main

// Reading a nil map is fine; assigning to an entry of it panics with a
// plain (not "runtime error:") message.

type Index struct {
	Words map[string]int
}

func main() {
	var idx Index
	println("lookup in nil map:", idx.Words["go"], "len", len(idx.Words))
	v, ok := idx.Words["go"]
	println("comma-ok:", v, ok)
	delete(idx.Words, "go")
	println("delete on nil map is a no-op")
	for range idx.Words {
		println("never")
	}
	println("writing to the nil map")
	idx.Words["go"]++
	println("never printed")
}
