package main

// Ranging over slices: for i, v := range s evaluates s once, so appending
// inside the loop does not extend it, while writes to later elements are
// seen (the elements are shared, not copied as with arrays). v is a copy
// of each element.

type Acc struct {
	Name  string
	Total int
}

var s []int

func main() {
	s = []int{1, 2, 3}
	for i, v := range s {
		s = append(s, v*10)
		println("i =", i, "v =", v, "len(s) now", len(s))
	}
	println("final len", len(s))

	t := []int{1, 2, 3, 4}
	for i, v := range t {
		if i+1 < len(t) {
			t[i+1] += 100
		}
		println("write-ahead: i =", i, "v =", v)
	}

	accs := []Acc{{"a", 1}, {"b", 2}}
	for _, a := range accs {
		a.Total = 1000
	}
	println("after modifying v:", accs[0].Total, accs[1].Total)
	for i := range accs {
		accs[i].Total *= 7
	}
	println("after modifying accs[i]:", accs[0].Total, accs[1].Total)

	ptrs := []*Acc{&accs[0], &accs[1]}
	for _, p := range ptrs {
		p.Total++
	}
	println("through pointers:", accs[0].Total, accs[1].Total)

	words := []string{"go", "is", "fun"}
	n := 0
	for range words {
		n++
	}
	var i int
	var w string
	for i, w = range words {
	}
	println("count", n, "last i", i, "last w", w)

	sum := 0
	for i := range 5 {
		sum += s[i]
	}
	println("sum of first 5 of s:", sum)

	nested := [][]int{{1, 2}, {3}, {4, 5, 6}}
	flat := 0
	for _, row := range nested {
		for _, v := range row {
			flat = flat*10 + v
		}
	}
	println("flattened digits:", flat)
}
