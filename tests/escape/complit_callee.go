// &T{...} passed to noinline functions: it escapes only if the callee stores it.
package main

type Item struct {
	ID  int
	Tag string
}

var last *Item

//go:noinline
func save(it *Item) { // ERROR "leaking param: it"
	last = it
}

//go:noinline
func show(it *Item) int { // ERROR "it does not escape"
	return it.ID * 2
}

func main() {
	save(&Item{ID: 1, Tag: "kept"})      // ERROR "&Item\{\.\.\.\} escapes to heap"
	n := show(&Item{ID: 2, Tag: "read"}) // ERROR "&Item\{\.\.\.\} does not escape"
	println(n, last.Tag)
}
