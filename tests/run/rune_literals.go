package main

func main() {
	println("'a':", 'a')
	println("'\\a':", '\a')
	println("'\\b':", '\b')
	println("'\\f':", '\f')
	println("'\\n':", '\n')
	println("'\\r':", '\r')
	println("'\\t':", '\t')
	println("'\\v':", '\v')
	println("'\\\\':", '\\')
	println("'\\'':", '\'')
	println("'\"':", '"')
	println("'\\x41':", '\x41')
	println("'\\xff':", '\xff')
	println("'\\101':", '\101')
	println("'\\377':", '\377')
	println("'\\000':", '\000')
	println("'\\u00e9':", '\u00e9')
	println("'\\U0001F600':", '\U0001F600')
	println("'é':", 'é')
	println("'世':", '世')
	println("'😀':", '😀')

	r := 'a'
	r++
	println("'a'+1 as rune var:", r, string(r))
	var b byte = 'z'
	println("byte 'z':", b, "minus 'a':", b-'a')
	println("'0'+7:", '0'+7, string(rune('0'+7)))
	println("'A' < 'a':", 'A' < 'a', "'a'-'A':", 'a'-'A')
	digit := '7'
	println("digit value:", digit-'0')
	var upper rune
	for c := 'a'; c <= 'e'; c++ {
		upper = c - 'a' + 'A'
		print(string(upper))
	}
	println()
	println("rune arithmetic overflow-free:", '\U0010FFFF'+1)
	var max rune = '\U0010FFFF'
	println("max rune var:", max)
}
