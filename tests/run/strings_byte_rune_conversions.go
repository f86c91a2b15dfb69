package main

// Conversions between strings, []byte and []rune: each conversion copies,
// so modifying a []byte made from a string leaves the string alone;
// string(r) encodes one rune; invalid runes become U+FFFD.

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	println("len(s) =", len(s), "len([]byte(s)) =", len(b), "len([]rune(s)) =", len(r))

	b[0] = 'H'
	println("modified copy:", string(b), "original:", s)

	r[0] = 'J'
	r[len(r)-1] = '国'
	println("from modified runes:", string(r))

	println("bytes of é:", b[1], b[2])
	println("runes:", r[1], r[7], r[8])

	fromBytes := string([]byte{72, 105, 33})
	println("string([]byte{72, 105, 33}) =", fromBytes)
	fromRunes := string([]rune{0x47, 0x6f, 0x2764})
	println("string([]rune{...}) =", fromRunes, "len", len(fromRunes))

	println("string(rune(65)) =", string(rune(65)))
	println("string(rune(0x4e16)) =", string(rune(0x4e16)), "len", len(string(rune(0x4e16))))
	bad := rune(-1)
	println("string(rune(-1)) == \"\\uFFFD\":", string(bad) == "\uFFFD")
	surrogate := rune(0xD800)
	println("string(surrogate) len:", len(string(surrogate)))
	tooBig := rune(0x110000)
	println("string(0x110000) == \"\\uFFFD\":", string(tooBig) == "\uFFFD")

	invalid := "a\xffb"
	ir := []rune(invalid)
	println("[]rune(\"a\\xffb\"):", len(ir), ir[0], ir[1], ir[2])
	back := string(ir)
	println("back to string: len", len(back), "(the bad byte became 3 bytes)")

	rev := []rune("¡olleh")
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	println("reversed runes:", string(rev))

	up := []byte("shout")
	for i := range up {
		up[i] -= 'a' - 'A'
	}
	println("upper:", string(up))

	var nilBytes []byte
	var nilRunes []rune
	println("empty conversions:", len(string(nilBytes)), len(string(nilRunes)), len([]rune("")))

	total := 0
	for _, x := range []byte("abc") {
		total += int(x)
	}
	println("sum of bytes of abc:", total)
	println("equal after round trip:", string([]byte(s)) == s, string([]rune(s)) == s)
}
