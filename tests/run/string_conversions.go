package main

type Name string
type Title string
type Letter rune

func hexByte(b byte) string {
	const digits = "0123456789abcdef"
	return digits[b>>4:b>>4+1] + digits[b&15:b&15+1]
}

func dump(label, s string) {
	print(label, " len=", len(s), ":")
	for i := 0; i < len(s); i++ {
		print(" ", hexByte(s[i]))
	}
	println()
}

func main() {
	dump("string(rune('A'))", string(rune('A')))
	var r rune = 0xe9
	dump("string(rune 0xe9)", string(r))
	r = 0x4e16
	dump("string(rune 0x4e16)", string(r))
	r = 0x1F600
	dump("string(rune 0x1F600)", string(r))
	r = 0x7ff
	dump("string(rune 0x7ff)", string(r))
	r = 0x800
	dump("string(rune 0x800)", string(r))
	r = 0xffff
	dump("string(rune 0xffff)", string(r))
	r = 0x10000
	dump("string(rune 0x10000)", string(r))
	r = 0x10ffff
	dump("string(rune 0x10ffff)", string(r))
	r = -1
	dump("string(rune -1)", string(r))
	r = 0xD800
	dump("string(rune 0xD800 surrogate)", string(r))
	r = 0xDFFF
	dump("string(rune 0xDFFF surrogate)", string(r))
	r = 0x110000
	dump("string(rune 0x110000)", string(r))
	r = 0
	dump("string(rune 0)", string(r))

	var b byte = 0x41
	dump("string(byte 0x41)", string(b))
	b = 0xe9
	dump("string(byte 0xe9) is a rune", string(b))
	n := 0x263A
	dump("string(rune(int 0x263A))", string(rune(n)))
	var big int64 = 0x100000041
	dump("string(rune(int64 0x100000041)) truncates", string(rune(big)))
	var u16 uint16 = 0x3b1
	dump("string(rune(uint16 0x3b1))", string(rune(u16)))

	var l Letter = 'Ω'
	dump("string(Letter 'Ω')", string(l))
	var nm Name = "gopher"
	t := Title(nm)
	s := string(t) + "!"
	println("named string conversions:", nm, t, s, len(nm))
	var nm2 Name = Name(s[:3])
	println("Name from slice:", nm2, nm2 == "gop", nm2 < nm)
	nm2 += "her"
	println("Name +=:", nm2, nm2 == nm)
	println("indexing a Name:", nm[0], "slicing a Name:", nm[1:4])
	println("constant conversions:", string(rune(65)), string(rune(0x4e16)), Name("x")+"y")
}
