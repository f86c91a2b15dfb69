package main

// Arrays are values: assignment and passing copy all the elements, ==
// compares them element by element, and len is a constant of the type.

func zeroFirst(a [5]int) [5]int {
	a[0] = 0
	return a
}

func zeroFirstPtr(a *[5]int) {
	a[0] = 0
}

func sum(a [5]int) int {
	s := 0
	for i := 0; i < len(a); i++ {
		s += a[i]
	}
	return s
}

func main() {
	a := [5]int{1, 2, 3, 4, 5}
	b := a
	b[4] = 50
	println("a[4] =", a[4], "b[4] =", b[4])
	println("a == b:", a == b, "a != b:", a != b)
	b[4] = 5
	println("after b[4] = 5: a == b:", a == b)

	c := zeroFirst(a)
	println("after zeroFirst(a): a[0] =", a[0], "result[0] =", c[0])
	zeroFirstPtr(&a)
	println("after zeroFirstPtr(&a): a[0] =", a[0])
	println("sum(a) =", sum(a), "sum(b) =", sum(b), "len(a) =", len(a))

	var z [4]string
	println("zero [4]string equal to literal:", z == [4]string{"", "", "", ""})
	z[2] = "two"
	w := z
	w[2] += "!"
	println("z[2] =", z[2], "w[2] =", w[2])

	var bools [3]bool
	bools[1] = true
	println("bools:", bools[0], bools[1], bools[2], bools == [3]bool{false, true})

	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	g2 := grid
	g2[1][2] = 60
	println("grid[1][2] =", grid[1][2], "g2[1][2] =", g2[1][2], "grid == g2:", grid == g2)

	row := grid[0]
	row[0] = 100
	println("row copy: grid[0][0] =", grid[0][0], "row[0] =", row[0])

	const n = len([7]byte{})
	var arr [n * 2]byte
	println("len of [n*2]byte with n = len([7]byte{}):", len(arr))

	f := [3]float64{1.5, 2.5}
	println("float array:", f[0], f[1], f[2], f == [3]float64{1.5, 2.5, 0})

	i := 0
	a[i], i = 9, 2
	println("a[0] after a[i], i = 9, 2:", a[0], "i =", i)
}
