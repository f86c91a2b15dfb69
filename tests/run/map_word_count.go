package main

// Word frequencies: split a text into lower-case words by hand, count them
// in a map[string]int, then list the words sorted by count (descending)
// and alphabetically for ties, using a slice of structs and an insertion
// sort so the output is deterministic.

type WordCount struct {
	Word  string
	Count int
}

func words(text string) []string {
	var out []string
	var cur []byte
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c >= 'a' && c <= 'z' || c == '\'' {
			cur = append(cur, c)
		} else if len(cur) > 0 {
			out = append(out, string(cur))
			cur = cur[:0]
		}
	}
	if len(cur) > 0 {
		out = append(out, string(cur))
	}
	return out
}

func less(a, b WordCount) bool {
	if a.Count != b.Count {
		return a.Count > b.Count
	}
	return a.Word < b.Word
}

func main() {
	text := `It was the best of times, it was the worst of times, it was the age
of wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity. The end? Not yet: the END isn't near.`
	ws := words(text)
	counts := make(map[string]int)
	for _, w := range ws {
		counts[w]++
	}
	println("words:", len(ws), "distinct:", len(counts))

	list := make([]WordCount, 0, len(counts))
	for w, c := range counts {
		list = append(list, WordCount{w, c})
	}
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && less(list[j], list[j-1]); j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
	for i, wc := range list {
		if i == 8 {
			break
		}
		println(wc.Count, wc.Word)
	}

	byLen := map[int]int{}
	longest := ""
	for w := range counts {
		byLen[len(w)]++
		if len(w) > len(longest) || len(w) == len(longest) && w < longest {
			longest = w
		}
	}
	println("longest:", longest, "words of length 3:", byLen[3], "of length 5:", byLen[5])

	once := 0
	for _, c := range counts {
		if c == 1 {
			once++
		}
	}
	println("words used once:", once, "isn't counted:", counts["isn't"])
}
