package main

// Slices of slices: a rectangular 2D grid made row by row, a jagged
// triangle (Pascal's), rows sharing one backing array, and a slice of
// strings split by hand.

func makeGrid(rows, cols int) [][]int {
	g := make([][]int, rows)
	for i := range g {
		g[i] = make([]int, cols)
	}
	return g
}

func pascal(n int) [][]int {
	t := make([][]int, 0, n)
	for i := 0; i < n; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = t[i-1][j-1] + t[i-1][j]
		}
		t = append(t, row)
	}
	return t
}

func split(s string, sep byte) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func main() {
	g := makeGrid(3, 4)
	for i := range g {
		for j := range g[i] {
			g[i][j] = i*10 + j
		}
	}
	println("g[2][3] =", g[2][3], "rows", len(g), "cols", len(g[0]))
	g[0], g[2] = g[2], g[0]
	println("after swapping rows: g[0][1] =", g[0][1], "g[2][1] =", g[2][1])

	for _, row := range pascal(7) {
		for j, v := range row {
			if j > 0 {
				print(" ")
			}
			print(v)
		}
		println()
	}

	backing := make([]int, 12)
	shared := make([][]int, 3)
	for i := range shared {
		shared[i] = backing[i*4 : (i+1)*4]
	}
	shared[1][3] = 7
	shared[2][0] = 8
	println("rows over one array: backing[7] =", backing[7], "backing[8] =", backing[8])

	parts := split("alpha,beta,,gamma,delta", ',')
	println("parts:", len(parts))
	for i, p := range parts {
		println(" ", i, "["+p+"]", len(p))
	}
	joined := ""
	for i := len(parts) - 1; i >= 0; i-- {
		joined += parts[i]
		if i > 0 {
			joined += "|"
		}
	}
	println("reversed join:", joined)

	jag := [][]string{{"a"}, {}, {"b", "c", "d"}, nil}
	total := 0
	for _, r := range jag {
		total += len(r)
	}
	println("jagged string rows:", len(jag), "total strings:", total, jag[2][2])
}
