package main

// Slice expressions: s[i:j], s[i:], s[:j], s[:], the full form s[i:j:k]
// that limits capacity, slicing beyond len up to cap, and slicing arrays
// and pointers to arrays.

func info(label string, s []int) {
	print(label, " len=", len(s), " cap=", cap(s), " [")
	for i, v := range s {
		if i > 0 {
			print(" ")
		}
		print(v)
	}
	println("]")
}

var sink []int

func main() {
	arr := [10]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	s := arr[:]
	info("arr[:]", s)
	info("s[2:5]", s[2:5])
	info("s[7:]", s[7:])
	info("s[:3]", s[:3])
	info("s[:]", s[:])
	info("s[5:5]", s[5:5])
	info("s[10:]", s[10:])

	t := s[2:4]
	info("t = s[2:4]", t)
	info("t[:cap(t)] (beyond len)", t[:cap(t)])
	info("t[1:6]", t[1:6])

	u := s[2:4:6]
	info("u = s[2:4:6]", u)
	info("u[:cap(u)]", u[:cap(u)])
	info("s[:0:0]", s[:0:0])
	info("s[3:3:3]", s[3:3:3])

	sink = append(u, 100)
	println("append within the limited cap writes arr[4]:", arr[4])
	sink = append(u, 200, 300, 400)
	println("append beyond cap reallocates: arr[4] =", arr[4], "arr[5] =", arr[5], "new[4] =", sink[4])

	p := &arr
	info("p[1:3] on *[10]int", p[1:3])
	p[1] = -1
	println("arr[1] after p[1] = -1:", arr[1])

	i, j, k := 1, 3, 8
	info("s[i:j:k] with variables", s[i:j:k])
	info("s[i:][:j]", s[i:][:j])

	str := "hello, world"
	println("string slices:", str[7:], str[:5], str[3:8], len(str[12:]))

	m := [3][4]int{{1, 2, 3, 4}, {5, 6, 7, 8}}
	row := m[1][1:3]
	row[0] = 60
	info("m[1][1:3] after row[0] = 60", m[1][:])
}
