package main

func pair() (int, string) { return 1, "s" }

func main() {
	var f, s any
	f, _ = pair()
	_, s = pair()
	println(f == 1, s == "s")
	m := map[string]int{"k": 7}
	var v any
	v, _ = m["k"]
	println(v == 7)
}
