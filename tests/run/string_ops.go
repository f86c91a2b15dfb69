package main

func main() {
	s := "hello"
	t := "world"
	u := s + ", " + t + "!"
	println("concat:", u, len(u))
	println("len:", len(s), len(""), len("héllo"), len("😀"))
	println("index:", s[0], s[1], s[4], u[len(u)-1])
	println("slice [1:3]:", s[1:3])
	println("slice [:2]:", s[:2])
	println("slice [2:]:", s[2:])
	println("slice [:]:", s[:])
	println("slice [5:] empty:", "["+s[5:]+"]", len(s[5:]))
	println("slice [0:0] empty:", "["+s[0:0]+"]")
	i, j := 1, 4
	println("slice with vars [i:j]:", s[i:j], "[i:]:", s[i:], "[:j]:", s[:j])
	println("slice of slice:", u[7:][1:3])
	println("index of slice:", s[1:][0], u[7:12][4])

	acc := ""
	for k := 0; k < 5; k++ {
		acc += s[k : k+1]
		acc = acc + "-"
	}
	println("built:", acc, len(acc))

	rev := ""
	for k := len(s) - 1; k >= 0; k-- {
		rev += s[k : k+1]
	}
	println("reversed:", rev)

	multi := "héllo"
	println("multibyte slice [1:3] is é:", multi[1:3] == "é", multi[1], multi[2])
	println("constant string index:", "abc"[1], "constant slice:", "abcdef"[2:4])
	const k = "konst"
	println("len of const:", len(k), k[1:])
	var empty string
	println("empty + empty:", "["+empty+empty+"]", len(empty+empty))
	long := ""
	for n := 0; n < 100; n++ {
		long += "ab"
	}
	println("long len:", len(long), long[198:])
	x := "same"
	y := x
	y += "!"
	println("strings are values:", x, y)
}
