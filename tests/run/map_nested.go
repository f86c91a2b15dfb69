package main

// Maps holding other containers: map[string]map[string]int (inner maps
// must be made before use), a map of slices grown with append, a map of
// structs (copy out, modify, store back) and a map of pointers to structs
// (modified in place).

type Stats struct {
	Count int
	Sum   int
}

func add(idx map[string]map[string]int, outer, inner string, n int) {
	m, ok := idx[outer]
	if !ok {
		m = make(map[string]int)
		idx[outer] = m
	}
	m[inner] += n
}

func main() {
	idx := map[string]map[string]int{}
	add(idx, "fruit", "apple", 3)
	add(idx, "fruit", "pear", 2)
	add(idx, "veg", "kale", 1)
	add(idx, "fruit", "apple", 4)
	println("outer len", len(idx), "fruit len", len(idx["fruit"]), "apple", idx["fruit"]["apple"])
	println("missing outer reads through a nil map:", idx["meat"]["beef"], len(idx["meat"]))
	_, ok := idx["meat"]
	println("reading did not create it:", ok)

	groups := map[int][]string{}
	words := []string{"go", "rust", "c", "zig", "java", "odin", "d"}
	for _, w := range words {
		groups[len(w)] = append(groups[len(w)], w)
	}
	for n := 1; n <= 4; n++ {
		print("length ", n, ":")
		for _, w := range groups[n] {
			print(" ", w)
		}
		println()
	}

	stats := map[string]Stats{}
	data := []int{5, 3, 8, 1}
	for _, d := range data {
		key := "odd"
		if d%2 == 0 {
			key = "even"
		}
		s := stats[key]
		s.Count++
		s.Sum += d
		stats[key] = s
	}
	println("odd:", stats["odd"].Count, stats["odd"].Sum, "even:", stats["even"].Count, stats["even"].Sum)

	ptrs := map[string]*Stats{"a": {}, "b": {Count: 10}}
	for i := 0; i < 3; i++ {
		ptrs["a"].Count++
		ptrs["b"].Sum += i
	}
	println("through pointers:", ptrs["a"].Count, ptrs["b"].Count, ptrs["b"].Sum)

	matrix := map[int]map[int]int{}
	for i := 0; i < 4; i++ {
		matrix[i] = map[int]int{}
		for j := 0; j < 4; j++ {
			if i != j {
				matrix[i][j] = i * j
			}
		}
	}
	total := 0
	for _, row := range matrix {
		for _, v := range row {
			total += v
		}
	}
	println("sparse matrix: rows", len(matrix), "row 2 entries", len(matrix[2]), "total", total)

	delete(matrix[1], 2)
	println("after delete(matrix[1], 2): len", len(matrix[1]))

	sets := map[string]map[int]bool{"primes": {2: true, 3: true, 5: true, 7: true}}
	println("is 5 prime:", sets["primes"][5], "is 4:", sets["primes"][4])
}
