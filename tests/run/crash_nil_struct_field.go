package main

// Reading a field through a nil struct pointer faults; the fault address
// is the field's offset in the struct (Count is at offset 24 = 0x18).

type Node struct {
	Name  string
	Next  *Node
	Count int
}

func total(n *Node) int {
	t := 0
	for i := 0; i < 3; i++ {
		t += n.Count
		n = n.Next
	}
	return t
}

func main() {
	c := &Node{Name: "c", Count: 3}
	b := &Node{Name: "b", Next: c, Count: 2}
	a := &Node{Name: "a", Next: b, Count: 1}
	println("total(a) =", total(a))
	println("total(b) walks off the end of the list:")
	println("never printed", total(b))
}
