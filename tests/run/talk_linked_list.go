package main

// A singly linked list built with pointers: push at the front, append at
// the back through a pointer to the last Next field, reverse in place,
// delete by value, and walk it to sum and print.

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	Head *Node
	Len  int
}

func push(l *List, v int) {
	l.Head = &Node{Val: v, Next: l.Head}
	l.Len++
}

func appendBack(l *List, v int) {
	pp := &l.Head
	for *pp != nil {
		pp = &(*pp).Next
	}
	*pp = &Node{Val: v}
	l.Len++
}

func reverse(l *List) {
	var prev *Node
	cur := l.Head
	for cur != nil {
		next := cur.Next
		cur.Next = prev
		prev = cur
		cur = next
	}
	l.Head = prev
}

func remove(l *List, v int) bool {
	for pp := &l.Head; *pp != nil; pp = &(*pp).Next {
		if (*pp).Val == v {
			*pp = (*pp).Next
			l.Len--
			return true
		}
	}
	return false
}

func show(label string, l *List) {
	print(label, " (len ", l.Len, "):")
	sum := 0
	for n := l.Head; n != nil; n = n.Next {
		print(" ", n.Val)
		sum += n.Val
	}
	println("  sum", sum)
}

func main() {
	var l List
	show("empty", &l)
	for i := 1; i <= 5; i++ {
		push(&l, i)
	}
	show("after push 1..5", &l)
	appendBack(&l, 10)
	appendBack(&l, 20)
	show("after appendBack 10, 20", &l)
	reverse(&l)
	show("reversed", &l)
	println("remove 3:", remove(&l, 3), "remove 99:", remove(&l, 99), "remove 20:", remove(&l, 20))
	show("after removals", &l)

	var big List
	for i := 0; i < 10000; i++ {
		push(&big, i)
	}
	reverse(&big)
	first := big.Head.Val
	count, sum := 0, 0
	for n := big.Head; n != nil; n = n.Next {
		count++
		sum += n.Val
	}
	println("big list: first", first, "count", count, "sum", sum)
}
