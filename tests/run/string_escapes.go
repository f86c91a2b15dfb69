package main

func show(name, s string) {
	print(name, " len=", len(s), " bytes=")
	for i := 0; i < len(s); i++ {
		print(" ", s[i])
	}
	println()
}

func main() {
	show(`\a`, "\a")
	show(`\b`, "\b")
	show(`\f`, "\f")
	show(`\n`, "\n")
	show(`\r`, "\r")
	show(`\t`, "\t")
	show(`\v`, "\v")
	show(`\\`, "\\")
	show(`\"`, "\"")
	show(`\x41`, "\x41")
	show(`\xff`, "\xff")
	show(`\101`, "\101")
	show(`\377`, "\377")
	show(`\000`, "\000")
	show(`\u00e9`, "\u00e9")
	show(`\u4e16`, "\u4e16")
	show(`\U0001F600`, "\U0001F600")
	show(`literal é`, "é")
	show("all together", "\a\b\f\n\r\t\v\\\"\x41\101\u00e9\U0001F600")

	raw := `raw: \n \t \x41 \u00e9 "quoted" 'single'
second line`
	show("raw string", raw)
	println(raw)
	rawCR := `carriage
return`
	println("raw string newline is one byte:", len(rawCR), rawCR[8] == '\n')
	println("empty raw:", len(``))

	println("visible escapes: [tab\there] [quote\"here] [backslash\\here]")
	println("octal and hex spell the same:", "\x48\x69" == "\110\151", "\x48\x69")
	println("\u00e9 and \xc3\xa9 are equal:", "\u00e9" == "\xc3\xa9")
	println("\U0001F600 bytes equal:", "\U0001F600" == "\xf0\x9f\x98\x80")
}
