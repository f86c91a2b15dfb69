package main

// Indexing an array with a variable past its length panics at run time
// (a constant index would be a compile error).

type Grid [4][4]int

func main() {
	var g Grid
	for i := range 4 {
		g[i][i] = i + 1
	}
	println("diagonal:", g[0][0], g[1][1], g[2][2], g[3][3])
	row, col := 3, 0
	for col < 6 {
		println("g[", row, "][", col, "] =", g[row][col])
		col += 2
	}
	println("never printed")
}
