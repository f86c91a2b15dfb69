package main

func takesUint8(x uint8) uint8 {
	return x + 1
}

func takesInt32(x int32) int32 {
	return x * 2
}

func main() {
	var b byte = 'A'
	var u uint8 = b
	println("byte and uint8 are the same type:", takesUint8(b), u == b)
	var r rune = 'é'
	var i int32 = r
	println("rune and int32 are the same type:", takesInt32(r), i == r)
	s := "héllo"
	var first byte = s[0]
	println("s[0] is a byte:", first, takesUint8(s[1]))
	var total uint32
	for k := 0; k < len(s); k++ {
		total += uint32(s[k])
	}
	println("sum of bytes of héllo:", total)
	var up uintptr = uintptr(len(s))
	up *= 1000
	println("uintptr from len:", up)
	var rs rune = 'x'
	rs -= 'a'
	println("rune arithmetic 'x'-'a':", rs)
	bb := byte(255)
	bb++
	println("byte 255+1:", bb)
	var neg rune = -5
	println("negative rune:", neg, "as byte:", byte(neg), "as uint32:", uint32(neg))
	upper := ""
	word := "gopher"
	for k := 0; k < len(word); k++ {
		c := word[k]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		upper += string(rune(c))
	}
	println("upper:", upper)
	println("byte(rune('é')):", byte(r), "len(string(rune)):", len(string(r)))
}
