package main

// Ranging over a map visits every entry exactly once in an unspecified
// order, so the output here only uses order-independent facts: sums, counts,
// and keys sorted with an insertion sort. Deleting the entry being visited
// during the range is allowed.

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func main() {
	ages := map[string]int{"ann": 31, "bob": 25, "cy": 47, "di": 19, "ed": 60}
	total, n := 0, 0
	for _, v := range ages {
		total += v
		n++
	}
	println("sum of ages", total, "entries visited", n)

	keys := make([]string, 0, len(ages))
	for k := range ages {
		keys = append(keys, k)
	}
	sortStrings(keys)
	for _, k := range keys {
		println(" ", k, ages[k])
	}

	sq := map[int]int{}
	for i := 1; i <= 20; i++ {
		sq[i] = i * i
	}
	var ks []int
	for k, v := range sq {
		if v%2 == 0 {
			ks = append(ks, k)
		}
	}
	sortInts(ks)
	print("keys with even squares:")
	for _, k := range ks {
		print(" ", k)
	}
	println()

	visits := 0
	for k := range sq {
		delete(sq, k)
		visits++
	}
	println("deleted while ranging: visits", visits, "len now", len(sq))

	count := 0
	for range ages {
		count++
	}
	println("for range m:", count)

	inv := map[int]string{}
	for k, v := range ages {
		inv[v] = k
	}
	var vs []int
	for v := range inv {
		vs = append(vs, v)
	}
	sortInts(vs)
	print("by age:")
	for _, v := range vs {
		print(" ", inv[v])
	}
	println()

	var empty map[string]int
	for range empty {
		println("never")
	}
	println("range over nil map: no iterations")
}
