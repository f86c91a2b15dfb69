package main

// copy(dst, src) copies min(len(dst), len(src)) elements and returns that
// count; it handles overlapping source and destination like memmove, and
// copy(b, "string") copies bytes out of a string.

func show(label string, s []int) {
	print(label)
	for _, v := range s {
		print(" ", v)
	}
	println()
}

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	println("copy into shorter dst: n =", n)
	show("dst:", dst)

	long := make([]int, 8)
	n = copy(long, src)
	println("copy into longer dst: n =", n)
	show("long:", long)

	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	n = copy(s[2:], s)
	println("overlap, shift right by 2: n =", n)
	show("s:", s)

	s = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	n = copy(s, s[3:])
	println("overlap, shift left by 3: n =", n)
	show("s:", s)

	n = copy(s, s)
	println("copy onto itself: n =", n)

	var none []int
	n = copy(none, src)
	println("copy into nil: n =", n)
	n = copy(dst, none)
	println("copy from nil: n =", n)

	b := make([]byte, 5)
	n = copy(b, "hello, world")
	println("copy(b, string): n =", n, "b =", string(b))
	n = copy(b[3:], "XYZ")
	println("copy(b[3:], \"XYZ\"): n =", n, "b =", string(b))
	str := "gopher"
	n = copy(b, str[2:])
	println("copy from str[2:]: n =", n, "b =", string(b))

	words := []string{"a", "b", "c"}
	w2 := make([]string, len(words))
	copy(w2, words)
	w2[0] = "changed"
	println("copied strings are independent:", words[0], w2[0])

	arr := [5]int{10, 20, 30, 40, 50}
	n = copy(arr[:], arr[1:])
	println("copy within an array: n =", n, arr[0], arr[3], arr[4])

	grid := [][]int{{1, 2}, {3, 4}}
	shallow := make([][]int, 2)
	copy(shallow, grid)
	shallow[0][0] = 100
	println("copy of [][]int is shallow: grid[0][0] =", grid[0][0])
}
