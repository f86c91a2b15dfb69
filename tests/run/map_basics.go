package main

// Map basics: make with and without a size hint, literals, lookup of
// present and missing keys (zero value), the comma-ok form, assignment,
// m[k]++, m[k] += v, delete (also of a missing key) and len.

func main() {
	m := make(map[string]int)
	println("empty: len", len(m), "m[\"x\"] =", m["x"])
	m["a"] = 1
	m["b"] = 2
	m["a"] = 10
	println("after 3 assignments: len", len(m), "a =", m["a"], "b =", m["b"])

	v, ok := m["a"]
	println("comma-ok present:", v, ok)
	v, ok = m["zzz"]
	println("comma-ok missing:", v, ok)
	_, ok = m["b"]
	println("only ok:", ok)

	m["c"]++
	m["c"]++
	m["a"] += 5
	m["b"] *= 7
	m["d"] -= 3
	println("after ++/+=/*=/-=: a", m["a"], "b", m["b"], "c", m["c"], "d", m["d"], "len", len(m))

	delete(m, "a")
	delete(m, "not there")
	_, ok = m["a"]
	println("after delete: len", len(m), "a present:", ok, "m[\"a\"] =", m["a"])

	h := make(map[int]string, 100)
	println("make with hint 100: len", len(h))
	for i := 0; i < 100; i++ {
		h[i*i] = "sq"
	}
	println("100 squares: len", len(h), "h[81] =", h[81], "h[80] == \"\":", h[80] == "")

	lit := map[string]float64{"pi": 3.14159, "e": 2.71828, "phi": 1.618}
	println("literal: len", len(lit), "pi =", lit["pi"], "phi =", lit["phi"])

	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	println("mississippi: m", counts['m'], "i", counts['i'], "s", counts['s'], "p", counts['p'], "distinct", len(counts))

	flags := map[string]bool{"on": true}
	if flags["on"] && !flags["off"] {
		println("bool map: missing key reads false")
	}

	big := make(map[int]int)
	for i := 0; i < 5000; i++ {
		big[i] = i * 2
	}
	for i := 0; i < 5000; i += 2 {
		delete(big, i)
	}
	sum := 0
	for i := 0; i < 5000; i++ {
		sum += big[i]
	}
	println("5000 inserted, evens deleted: len", len(big), "sum", sum)

	m2 := m
	m2["shared"] = 1
	println("maps are references: len(m) =", len(m), "m[\"shared\"] =", m["shared"])

	i := 0
	arr := map[int]int{}
	arr[i], i = 5, 1
	println("arr[0] =", arr[0], "i =", i)
}
