package main

func cmp(a, b string) {
	println("["+a+"] vs ["+b+"]:", "==", a == b, "!=", a != b, "<", a < b, "<=", a <= b, ">", a > b, ">=", a >= b)
}

func main() {
	cmp("abc", "abc")
	cmp("abc", "abd")
	cmp("abd", "abc")
	cmp("ab", "abc")
	cmp("abc", "ab")
	cmp("", "")
	cmp("", "a")
	cmp("a", "")
	cmp("B", "a")
	cmp("Z", "a")
	cmp("é", "z")
	cmp("\x7f", "\x80")
	cmp("\xff", "\x00\x00")
	cmp("a\x00", "a")
	cmp("hello world", "hello")

	s := "xyzzy"
	println("slice equality:", s[1:3] == "yz", s[:0] == "", s[3:] == s[2:4])
	p := "ab"
	q := "a"
	q += "b"
	println("built equal:", p == q, p < q, p >= q)
	count := 0
	words := "pear apple fig banana kiwi"
	prev := ""
	start := 0
	for i := 0; i <= len(words); i++ {
		if i == len(words) || words[i] == ' ' {
			w := words[start:i]
			if prev != "" && w < prev {
				count++
			}
			println("word:", w, "less than previous:", prev != "" && w < prev)
			prev = w
			start = i + 1
		}
	}
	println("descents:", count)
}
