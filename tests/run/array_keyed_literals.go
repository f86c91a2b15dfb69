package main

// Array literals: [...]T with the length taken from the elements, keyed
// indices ([...]int{5: 1} has length 6), keys mixed with positional
// elements, and arrays of structs with nested literal elision.

type Item struct {
	Name string
	Qty  int
}

const (
	Red = iota
	Green
	Blue
)

func main() {
	a := [...]int{5: 1}
	println("[...]int{5: 1}: len", len(a), "a[5] =", a[5], "a[0] =", a[0])

	b := [...]int{1, 2, 3}
	println("[...]int{1, 2, 3}: len", len(b))

	c := [...]int{2: 20, 30, 40, 0: 1}
	println("[...]int{2: 20, 30, 40, 0: 1}: len", len(c))
	for i, v := range c {
		println("  c[", i, "] =", v)
	}

	d := [10]int{3: 3, 7: 7}
	s := 0
	for _, v := range d {
		s += v
	}
	println("[10]int{3: 3, 7: 7}: sum", s)

	names := [...]string{Blue: "blue", Red: "red", Green: "green"}
	println("names by iota index:", len(names), names[Red], names[Green], names[Blue])

	items := [...]Item{{"apple", 3}, 4: {Name: "pear"}, {"plum", 9}}
	println("items len:", len(items))
	for i, it := range items {
		println("  item", i, "["+it.Name+"]", it.Qty)
	}

	grid := [...][2]int{{1, 2}, 3: {7, 8}}
	println("grid len:", len(grid), "grid[3][1] =", grid[3][1], "grid[2][0] =", grid[2][0])

	ptrs := [...]*Item{{"boxed", 1}, nil}
	println("ptrs[0].Name =", ptrs[0].Name, "ptrs[1] == nil:", ptrs[1] == nil)

	bytes := [...]byte{'h', 'i', 10: '!'}
	println("bytes len:", len(bytes), "last:", bytes[10])

	println("equal keyed and positional:", [...]int{2: 1} == [3]int{0, 0, 1})
}
