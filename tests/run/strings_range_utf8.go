package main

// for i, r := range s decodes UTF-8: i is the byte offset of each rune.
// Every byte that does not start a valid encoding yields U+FFFD (65533)
// and advances by one byte. Indexing s[i] gives bytes, not runes.

func dump(label, s string) {
	println(label, "len", len(s))
	for i, r := range s {
		println("  i =", i, "r =", r, "string(r) =", string(r))
	}
}

func main() {
	dump("ascii", "Go!")
	dump("two-byte", "héé")
	dump("three-byte", "世界")
	dump("four-byte", "a😀b")
	dump("invalid lone continuation", "a\x80b")
	dump("invalid lead byte 0xff", "\xffz")
	dump("truncated 3-byte sequence", "x\xe4\xb8")
	dump("overlong encoding of /", "\xc0\xaf")
	dump("surrogate half", "\xed\xa0\x80")
	dump("literal U+FFFD", "\uFFFD")

	count := 0
	bad := 0
	for _, r := range "naïve café \xfe 日本" {
		count++
		if r == 65533 {
			bad++
		}
	}
	println("runes:", count, "bad:", bad)

	s := "héllo"
	for i := 0; i < len(s); i++ {
		print(s[i], " ")
	}
	println()

	var last rune
	n := 0
	for _, last = range "ab€" {
		n++
	}
	println("last rune via =:", last, "count:", n)

	keys := 0
	for i := range "日本語" {
		keys += i
	}
	println("sum of byte offsets in 日本語:", keys)

	for range "" {
		println("never")
	}
	println("max rune:", '\U0010FFFF', "string(0x10FFFF) len:", len(string(rune(0x10FFFF))))
}
