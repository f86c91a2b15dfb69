package main

// append with one value, several values, another slice (t...), a string
// into a []byte, and onto a nil slice; appending within capacity reuses
// the array, beyond it reallocates. Slices are package-level so their
// arrays live on the heap; cap is printed after every append.

var s []int
var t []int
var bs []byte
var words []string
var big []int

func show(label string) {
	println(label, "len", len(s), "cap", cap(s))
}

func main() {
	show("nil:")
	for i := 1; i <= 12; i++ {
		s = append(s, i)
		show("after append of one value:")
	}
	s = append(s, 13, 14, 15)
	show("append 3 values:")
	s = append(s, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33)
	show("append 18 values:")

	t = append(t, 1, 2, 3, 4, 5)
	println("nil + 5 values: len", len(t), "cap", cap(t))
	t = append(t, t...)
	println("t = append(t, t...): len", len(t), "cap", cap(t), "t[9] =", t[9])
	t = append(t[:2], t[7:]...)
	println("delete t[2:7] with append: len", len(t), "cap", cap(t), t[0], t[1], t[2], t[3], t[4])

	s = append(s[:0], 9)
	println("append to s[:0] reuses the array: len", len(s), "cap", cap(s))
	s = append(s, []int{}...)
	println("append empty...: len", len(s))

	bs = append(bs, "hello"...)
	println("[]byte + \"hello\"...:", string(bs), "len", len(bs), "cap", cap(bs))
	bs = append(bs, ", world"...)
	bs = append(bs, '!')
	println(string(bs), "len", len(bs), "cap", cap(bs))

	words = append(words, "a")
	words = append(words, "b", "c")
	more := []string{"d", "e", "f", "g"}
	words = append(words, more...)
	println("words: len", len(words), "cap", cap(words), words[0]+words[3]+words[6])

	big = make([]int, 0, 2)
	big = append(big, make([]int, 100)...)
	println("append 100 zeros to cap 2: len", len(big), "cap", cap(big))
}
