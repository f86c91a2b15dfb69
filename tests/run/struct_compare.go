package main

// Struct comparison with == and != compares field by field, including
// nested structs, arrays, strings, pointers and floats (where NaN makes a
// struct unequal to itself and +0 equals -0).

type Key struct {
	Name string
	N    int
}

type Rec struct {
	K     Key
	Arr   [3]int
	P     *int
	F     float64
	Flag  bool
	Small int8
}

func same(a, b Rec) bool {
	return a == b
}

func main() {
	a := Key{"x", 1}
	b := Key{"x", 1}
	c := Key{"x", 2}
	d := Key{"y", 1}
	println("a == b:", a == b, "a == c:", a == c, "a != d:", a != d)

	long1 := Key{"a long string that is compared byte by byte", 7}
	long2 := Key{"a long string that is compared byte by byte", 7}
	long2.Name = long2.Name[:len(long2.Name)-1] + "e"
	println("equal strings built differently:", long1 == long2)

	v := 5
	w := 5
	r1 := Rec{K: a, Arr: [3]int{1, 2, 3}, P: &v, F: 1.5}
	r2 := r1
	println("copy equal:", r1 == r2, same(r1, r2))
	r2.Arr[2] = 4
	println("after changing an array element:", r1 == r2)
	r2 = r1
	r2.P = &w
	println("pointer to a different variable with the same value:", r1 == r2)
	r2.P = &v
	r2.Small = -1
	println("different int8 field:", r1 != r2)
	r2 = r1
	r2.Flag = true
	println("different bool field:", r1 != r2)

	zero := 0.0
	r1.F = zero
	r2 = r1
	r2.F = -zero
	println("+0 vs -0 fields equal:", r1 == r2)
	r1.F = zero / zero
	r2 = r1
	println("NaN field: r == copy:", r1 == r2, "r == r:", same(r1, r1))

	var z1, z2 Rec
	println("zero values equal:", z1 == z2, "zero == Rec{}:", z1 == Rec{})

	keys := [4]Key{{"a", 1}, {"b", 2}, {"a", 1}, {"c", 3}}
	dups := 0
	for i := 0; i < len(keys); i++ {
		for j := i + 1; j < len(keys); j++ {
			if keys[i] == keys[j] {
				dups++
			}
		}
	}
	println("duplicate pairs:", dups)
	println("arrays of structs equal:", keys == [4]Key{{"a", 1}, {"b", 2}, {"a", 1}, {"c", 3}})
}
