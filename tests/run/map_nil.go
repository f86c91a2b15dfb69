package main

// A nil map behaves like an empty map for reading: lookups give the zero
// value and ok == false, len is 0, range does nothing and delete is a
// no-op. Only writing to it panics (see map_nil_write).

type Registry struct {
	Names map[int]string
}

func lookup(m map[string]int, k string) (int, bool) {
	v, ok := m[k]
	return v, ok
}

func main() {
	var m map[string]int
	println("m == nil:", m == nil, "len:", len(m))
	println("m[\"a\"] =", m["a"])
	v, ok := m["a"]
	println("comma-ok on nil map:", v, ok)
	v, ok = lookup(nil, "b")
	println("lookup(nil, \"b\"):", v, ok)
	delete(m, "a")
	println("delete on nil map: no panic")
	n := 0
	for range m {
		n++
	}
	println("range iterations:", n)

	var r Registry
	println("nil map field: len", len(r.Names), "r.Names[1] = ["+r.Names[1]+"]")
	r.Names = make(map[int]string)
	r.Names[1] = "one"
	println("after make:", len(r.Names), r.Names[1], r.Names == nil)

	var nested map[string]map[string]bool
	println("nested nil lookups:", nested["x"]["y"], len(nested["x"]))

	var ps map[int]*int
	p := ps[3]
	println("missing pointer value is nil:", p == nil)

	var sl map[int][]int
	println("missing slice value is nil:", sl[0] == nil, len(sl[0]))

	m = map[string]int{}
	println("empty literal is not nil:", m != nil, len(m))
	m = nil
	println("assigned nil again:", m == nil)
}
