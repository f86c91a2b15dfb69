package main

// Multi-dimensional arrays: matrix multiplication, transposition, nested
// ranges, and a 3D array, all by value.

type Mat [3][3]int

func mul(a, b Mat) Mat {
	var c Mat
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func transpose(m Mat) Mat {
	for i := 0; i < 3; i++ {
		for j := i + 1; j < 3; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
	return m
}

func show(label string, m Mat) {
	println(label)
	for _, row := range m {
		println(" ", row[0], row[1], row[2])
	}
}

func main() {
	a := Mat{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	id := Mat{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	show("a * id:", mul(a, id))
	println("a * id == a:", mul(a, id) == a)
	show("a * a:", mul(a, a))
	t := transpose(a)
	show("transpose(a):", t)
	println("a unchanged:", a[0][1], "t[0][1]:", t[0][1])
	println("transpose twice == a:", transpose(t) == a)

	var cube [2][3][4]int
	n := 0
	for i := range cube {
		for j := range cube[i] {
			for k := range cube[i][j] {
				cube[i][j][k] = n
				n++
			}
		}
	}
	println("cube[1][2][3] =", cube[1][2][3], "cube[0][1][0] =", cube[0][1][0])
	println("len:", len(cube), len(cube[0]), len(cube[0][0]))
	sum := 0
	for _, plane := range cube {
		for _, row := range plane {
			for _, v := range row {
				sum += v
			}
		}
	}
	println("sum of cube:", sum)

	var board [8][8]byte
	for i := 0; i < 8; i++ {
		for j := 0; j < 8; j++ {
			if (i+j)%2 == 0 {
				board[i][j] = '#'
			} else {
				board[i][j] = '.'
			}
		}
	}
	for i := 0; i < 3; i++ {
		println(string(board[i][:]))
	}
}
