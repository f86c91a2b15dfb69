package main

func count(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

func index(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func isPalindrome(s string) bool {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		if s[i] != s[j] {
			return false
		}
	}
	return true
}

func replaceAll(s, old, new string) string {
	out := ""
	for {
		i := index(s, old)
		if i < 0 {
			return out + s
		}
		out += s[:i] + new
		s = s[i+len(old):]
	}
}

func utf8Count(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

func trim(s string) string {
	i, j := 0, len(s)
	for i < j && s[i] == ' ' {
		i++
	}
	for j > i && s[j-1] == ' ' {
		j--
	}
	return s[i:j]
}

func main() {
	text := "the quick brown fox jumps over the lazy dog"
	println("count of 'o':", count(text, 'o'), "spaces:", count(text, ' '))
	println("index of fox:", index(text, "fox"), "of cat:", index(text, "cat"), "of the:", index(text, "the"))
	println("palindromes:", isPalindrome("racecar"), isPalindrome("gopher"), isPalindrome(""), isPalindrome("a"))
	println("replace:", replaceAll(text, "the", "a"))
	println("replace to longer:", replaceAll("aaa", "a", "bb"))
	println("utf8 chars in héllo, 世界:", utf8Count("héllo, 世界"), "bytes:", len("héllo, 世界"))
	println("trim: ["+trim("   padded  ")+"]", "["+trim("    ")+"]")
	words := 0
	inWord := false
	for i := 0; i < len(text); i++ {
		if text[i] == ' ' {
			inWord = false
		} else if !inWord {
			inWord = true
			words++
		}
	}
	println("words:", words)
	caesar := ""
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= 'a' && c <= 'z' {
			c = 'a' + (c-'a'+13)%26
		}
		caesar += string(rune(c))
	}
	println("rot13:", caesar)
	var hist string
	for c := byte('a'); c <= 'z'; c++ {
		if count(text, c) > 2 {
			hist += string(rune(c))
		}
	}
	println("letters appearing more than twice:", hist)
}
