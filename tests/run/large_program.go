package main

// A larger program inside the subset, used to measure compile time: base
// conversions, decimal arithmetic on strings, an expression evaluator,
// Roman numerals, run-length encoding, a checksum and a string sort.

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

// ---- base conversions ----

func formatInt(n int64, base int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	u := uint64(n)
	if neg {
		u = -u
	}
	s := ""
	b := uint64(base)
	for u > 0 {
		d := u % b
		s = digits[d:d+1] + s
		u /= b
	}
	if neg {
		s = "-" + s
	}
	return s
}

func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}

func parseInt(s string, base int) (int64, bool) {
	if len(s) == 0 {
		return 0, false
	}
	neg := false
	if s[0] == '-' {
		neg = true
		s = s[1:]
		if len(s) == 0 {
			return 0, false
		}
	}
	var n uint64
	for i := 0; i < len(s); i++ {
		d := digitValue(s[i])
		if d >= base {
			return 0, false
		}
		n = n*uint64(base) + uint64(d)
	}
	if neg {
		return -int64(n), true
	}
	return int64(n), true
}

// ---- decimal arithmetic on strings of digits ----

func addDec(a, b string) string {
	i, j := len(a)-1, len(b)-1
	carry := 0
	out := ""
	for i >= 0 || j >= 0 || carry > 0 {
		s := carry
		if i >= 0 {
			s += int(a[i] - '0')
			i--
		}
		if j >= 0 {
			s += int(b[j] - '0')
			j--
		}
		out = string(rune('0'+s%10)) + out
		carry = s / 10
	}
	return out
}

func mulDecSmall(a string, m int) string {
	if m == 0 {
		return "0"
	}
	carry := 0
	out := ""
	for i := len(a) - 1; i >= 0; i-- {
		p := int(a[i]-'0')*m + carry
		out = string(rune('0'+p%10)) + out
		carry = p / 10
	}
	for carry > 0 {
		out = string(rune('0'+carry%10)) + out
		carry /= 10
	}
	return out
}

func mulDec(a, b string) string {
	result := "0"
	shift := ""
	for j := len(b) - 1; j >= 0; j-- {
		partial := mulDecSmall(a, int(b[j]-'0'))
		if partial != "0" {
			result = addDec(result, partial+shift)
		}
		shift += "0"
	}
	return result
}

func cmpDec(a, b string) int {
	switch {
	case len(a) < len(b), len(a) == len(b) && a < b:
		return -1
	case a == b:
		return 0
	}
	return 1
}

func subDec(a, b string) string {
	i, j := len(a)-1, len(b)-1
	borrow := 0
	out := ""
	for i >= 0 {
		d := int(a[i]-'0') - borrow
		if j >= 0 {
			d -= int(b[j] - '0')
			j--
		}
		if d < 0 {
			d += 10
			borrow = 1
		} else {
			borrow = 0
		}
		out = string(rune('0'+d)) + out
		i--
	}
	k := 0
	for k < len(out)-1 && out[k] == '0' {
		k++
	}
	return out[k:]
}

func factorialDec(n int) string {
	r := "1"
	for i := 2; i <= n; i++ {
		r = mulDecSmall(r, i)
	}
	return r
}

func powDec(base, exp int) string {
	r := "1"
	for i := 0; i < exp; i++ {
		r = mulDecSmall(r, base)
	}
	return r
}

func fibDec(n int) string {
	a, b := "0", "1"
	for i := 0; i < n; i++ {
		a, b = b, addDec(a, b)
	}
	return a
}

// ---- expression evaluator ----

var src string
var pos int
var evalErr string

func skipSpaces() {
	for pos < len(src) && src[pos] == ' ' {
		pos++
	}
}

func peek() byte {
	skipSpaces()
	if pos < len(src) {
		return src[pos]
	}
	return 0
}

func fail(msg string) int64 {
	if evalErr == "" {
		evalErr = msg + " at " + formatInt(int64(pos), 10)
	}
	return 0
}

func parseExpr() int64 {
	v := parseTerm()
	for {
		switch peek() {
		case '+':
			pos++
			v += parseTerm()
		case '-':
			pos++
			v -= parseTerm()
		default:
			return v
		}
	}
}

func parseTerm() int64 {
	v := parseUnary()
	for {
		op := peek()
		if op != '*' && op != '/' && op != '%' {
			return v
		}
		pos++
		r := parseUnary()
		switch {
		case op == '*':
			v *= r
		case r == 0:
			return fail("division by zero")
		case op == '/':
			v /= r
		default:
			v %= r
		}
	}
}

func parseUnary() int64 {
	if peek() == '-' {
		pos++
		return -parseUnary()
	}
	return parsePrimary()
}

func parsePrimary() int64 {
	c := peek()
	if c == '(' {
		pos++
		v := parseExpr()
		if peek() != ')' {
			return fail("missing )")
		}
		pos++
		return v
	}
	if c < '0' || c > '9' {
		return fail("unexpected character")
	}
	var v int64
	for pos < len(src) && src[pos] >= '0' && src[pos] <= '9' {
		v = v*10 + int64(src[pos]-'0')
		pos++
	}
	return v
}

func eval(s string) (int64, string) {
	src, pos, evalErr = s, 0, ""
	v := parseExpr()
	if evalErr == "" && peek() != 0 {
		fail("trailing input")
	}
	return v, evalErr
}

// ---- Roman numerals ----

func toRoman(n int) string {
	out := ""
	for n > 0 {
		switch {
		case n >= 1000:
			out += "M"
			n -= 1000
		case n >= 900:
			out += "CM"
			n -= 900
		case n >= 500:
			out += "D"
			n -= 500
		case n >= 400:
			out += "CD"
			n -= 400
		case n >= 100:
			out += "C"
			n -= 100
		case n >= 90:
			out += "XC"
			n -= 90
		case n >= 50:
			out += "L"
			n -= 50
		case n >= 40:
			out += "XL"
			n -= 40
		case n >= 10:
			out += "X"
			n -= 10
		case n >= 9:
			out += "IX"
			n -= 9
		case n >= 5:
			out += "V"
			n -= 5
		case n >= 4:
			out += "IV"
			n -= 4
		default:
			out += "I"
			n--
		}
	}
	return out
}

func romanValue(c byte) int {
	switch c {
	case 'I':
		return 1
	case 'V':
		return 5
	case 'X':
		return 10
	case 'L':
		return 50
	case 'C':
		return 100
	case 'D':
		return 500
	case 'M':
		return 1000
	}
	return 0
}

func fromRoman(s string) int {
	total := 0
	for i := 0; i < len(s); i++ {
		v := romanValue(s[i])
		if i+1 < len(s) && v < romanValue(s[i+1]) {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

// ---- run-length encoding ----

func rleEncode(s string) string {
	out := ""
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		out += formatInt(int64(j-i), 10) + s[i:i+1]
		i = j
	}
	return out
}

func rleDecode(s string) string {
	out := ""
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' {
			n = n*10 + int(c-'0')
			continue
		}
		for ; n > 0; n-- {
			out += s[i : i+1]
		}
	}
	return out
}

// ---- checksums ----

func crc32(s string) uint32 {
	crc := ^uint32(0)
	for i := 0; i < len(s); i++ {
		crc ^= uint32(s[i])
		for k := 0; k < 8; k++ {
			if crc&1 == 1 {
				crc = crc>>1 ^ 0xEDB88320
			} else {
				crc >>= 1
			}
		}
	}
	return ^crc
}

// ---- sorting the bytes of a string ----

func sortBytes(s string) string {
	out := ""
	for len(s) > 0 {
		m := 0
		for i := 1; i < len(s); i++ {
			if s[i] < s[m] {
				m = i
			}
		}
		out += s[m : m+1]
		s = s[:m] + s[m+1:]
	}
	return out
}

func main() {
	println("== bases ==")
	var samples int64 = 255
	for base := 2; base <= 36; base += 7 {
		s := formatInt(samples, base)
		back, ok := parseInt(s, base)
		println(samples, "in base", base, "=", s, "back:", back, ok)
	}
	println("min int64 in base 16:", formatInt(-9223372036854775808, 16))
	println("max int64 in base 36:", formatInt(9223372036854775807, 36))
	v, ok := parseInt("-zz", 36)
	println("parse -zz base 36:", v, ok)
	v, ok = parseInt("129", 8)
	println("parse 129 base 8:", v, ok)

	println("== decimal strings ==")
	println("30! =", factorialDec(30))
	println("2^128 =", powDec(2, 128))
	println("fib(150) =", fibDec(150))
	a := "123456789012345678901234567890"
	b := "987654321098765432109876543210"
	println("a*b =", mulDec(a, b))
	println("b-a =", subDec(b, a), "cmp:", cmpDec(a, b), cmpDec(b, a), cmpDec(a, a), "2^64-1 =", subDec(powDec(2, 64), "1"))

	println("== expressions ==")
	exprs := "1 + 2 * 3;(1 + 2) * 3;-(4 - 10) % 4;100 / 7 / 2;2 * (3 + (4 - 1)) * -2;7 / (3 - 3);(1 + 2;1 + x;9223372036854775807 + 1;  42  "
	start := 0
	for i := 0; i <= len(exprs); i++ {
		if i == len(exprs) || exprs[i] == ';' {
			e := exprs[start:i]
			r, err := eval(e)
			if err != "" {
				println("eval [", e, "] error:", err)
			} else {
				println("eval [", e, "] =", r)
			}
			start = i + 1
		}
	}

	println("== roman ==")
	years := 0
	for n := 1; n <= 3999; n++ {
		if fromRoman(toRoman(n)) != n {
			println("roman mismatch", n)
		}
		years++
	}
	println("round trips checked:", years)
	println("1987:", toRoman(1987), "2024:", toRoman(2024), "3999:", toRoman(3999), "MCMXLIV:", fromRoman("MCMXLIV"))

	println("== rle ==")
	text := "aaaabbbccdaaaaaaaaaaaaz"
	enc := rleEncode(text)
	println("encode:", enc, "decode ok:", rleDecode(enc) == text)

	println("== checksums ==")
	println("crc32(\"\"):", crc32(""), "crc32(\"hello world\"):", crc32("hello world"))
	println("crc32(\"The quick brown fox jumps over the lazy dog\"):", crc32("The quick brown fox jumps over the lazy dog"))

	println("== sort ==")
	println("sorted:", sortBytes("the quick brown fox"), "|", sortBytes("zyxwvu"))
}
