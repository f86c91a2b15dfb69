// A linked list built in a loop: each new node points to the old head and
// becomes the global head, so every node escapes.
package main

type Node struct {
	Val  int
	Next *Node
}

var head *Node

//go:noinline
func push(v int) {
	n := &Node{Val: v, Next: head} // ERROR "&Node\{\.\.\.\} escapes to heap"
	head = n
}

//go:noinline
func length(n *Node) int { // ERROR "n does not escape"
	c := 0
	for ; n != nil; n = n.Next {
		c++
	}
	return c
}

func main() {
	for i := 0; i < 3; i++ {
		push(i)
	}
	println(length(head))
}
