package main

// A binary search tree built from pointers: insertion through a pointer to
// the child link, a pointer-chasing lookup, recursive in-order printing,
// size, sum and depth, and deletion of a node with two children.

type Tree struct {
	Key         int
	Left, Right *Tree
}

// find returns the link to key's node, or the nil link where it would go.
func find(root **Tree, key int) **Tree {
	for *root != nil && (*root).Key != key {
		if key < (*root).Key {
			root = &(*root).Left
		} else {
			root = &(*root).Right
		}
	}
	return root
}

func insert(root **Tree, key int) bool {
	link := find(root, key)
	if *link != nil {
		return false
	}
	*link = &Tree{Key: key}
	return true
}

func contains(t *Tree, key int) bool {
	return *find(&t, key) != nil
}

func inorder(t *Tree) {
	if t == nil {
		return
	}
	inorder(t.Left)
	print(" ", t.Key)
	inorder(t.Right)
}

func stats(t *Tree) (size, sum int) {
	if t == nil {
		return 0, 0
	}
	ls, lsum := stats(t.Left)
	rs, rsum := stats(t.Right)
	return ls + rs + 1, lsum + rsum + t.Key
}

func depth(t *Tree) int {
	if t == nil {
		return 0
	}
	l, r := depth(t.Left), depth(t.Right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func remove(root **Tree, key int) {
	root = find(root, key)
	n := *root
	if n == nil {
		return
	}
	switch {
	case n.Left == nil:
		*root = n.Right
	case n.Right == nil:
		*root = n.Left
	default:
		succ := &n.Right
		for (*succ).Left != nil {
			succ = &(*succ).Left
		}
		n.Key = (*succ).Key
		*succ = (*succ).Right
	}
}

func main() {
	var root *Tree
	keys := []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30}
	added := 0
	for _, k := range keys {
		if insert(&root, k) {
			added++
		}
	}
	print("in-order:")
	inorder(root)
	println()
	n, total := stats(root)
	println("added", added, "of", len(keys), "size", n, "sum", total, "depth", depth(root))
	println("contains 45:", contains(root, 45), "contains 55:", contains(root, 55))

	remove(&root, 30)
	remove(&root, 50)
	remove(&root, 99)
	print("after removing 30, 50 (and missing 99):")
	inorder(root)
	println()
	n, total = stats(root)
	println("root is now", root.Key, "size", n, "sum", total, "depth", depth(root))

	var big *Tree
	x := 12345
	for range 2000 {
		x = (x*1103515245 + 12345) % 2147483648
		insert(&big, x%100000)
	}
	n, total = stats(big)
	println("pseudo-random tree: size", n, "depth", depth(big), "sum", total)
}
