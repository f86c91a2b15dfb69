package main

// Map key types: strings, ints, bools, structs, arrays, pointers (by
// identity) and floats, where +0 and -0 are the same key and every NaN is
// a new key that can never be found again (nor deleted).

type Coord struct {
	X, Y int
}

type Name struct {
	First, Last string
}

func main() {
	byInt := map[int]string{-1: "minus one", 0: "zero", 1 << 40: "big"}
	println("int keys:", byInt[-1], byInt[0], byInt[1<<40], len(byInt))

	byInt8 := map[int8]int{}
	for i := 0; i < 300; i++ {
		byInt8[int8(i)]++
	}
	println("int8 keys from 300 values: len", len(byInt8), "count of 0:", byInt8[0], "count of -1:", byInt8[-1])

	byBool := map[bool]int{true: 1}
	byBool[false] += 2
	byBool[1 > 0] += 10
	println("bool keys:", byBool[true], byBool[false], len(byBool))

	grid := map[Coord]string{{0, 0}: "origin", {1, 2}: "a"}
	grid[Coord{1, 2}] = "b"
	grid[Coord{Y: 1, X: 2}] = "c"
	println("struct keys:", len(grid), grid[Coord{0, 0}], grid[Coord{1, 2}], grid[Coord{2, 1}])
	_, ok := grid[Coord{5, 5}]
	println("missing struct key:", ok)

	people := map[Name]int{}
	people[Name{"Ada", "Lovelace"}] = 1815
	people[Name{"Alan", "Turing"}] = 1912
	first := "Ada"
	println("struct key with strings:", people[Name{first, "Love" + "lace"}], len(people))

	moves := map[[2]int]bool{}
	moves[[2]int{1, 2}] = true
	moves[[2]int{2, 1}] = false
	k := [2]int{1, 0}
	k[1] = 2
	println("array keys:", len(moves), moves[k], moves[[2]int{2, 1}])
	words := map[[3]string]int{{"a", "b", "c"}: 3}
	println("array of strings key:", words[[3]string{"a", "b", "c"}])

	x, y := 1, 1
	byPtr := map[*int]string{&x: "x", &y: "y"}
	println("pointer keys are identities:", len(byPtr), byPtr[&x], byPtr[&y])

	zero := 0.0
	fm := map[float64]string{}
	fm[zero] = "plus zero"
	fm[-zero] = "minus zero"
	tenth := 0.1
	fm[tenth+0.2] = "point three-ish"
	_, exact := fm[0.3]
	_, inexact := fm[0.30000000000000004]
	println("float keys: len", len(fm), "fm[0] =", fm[0], "0.3 found:", exact, "0.30000000000000004 found:", inexact)

	nan := zero / zero
	fm[nan] = "nan 1"
	fm[nan] = "nan 2"
	println("after two NaN inserts: len", len(fm))
	v, found := fm[nan]
	println("lookup NaN: ["+v+"]", found)
	delete(fm, nan)
	println("after delete(NaN): len", len(fm))
	nans := 0
	for key, val := range fm {
		if key != key {
			nans++
			if val == "nan 1" || val == "nan 2" {
				nans += 10
			}
		}
	}
	println("NaN keys seen while ranging (count + 10 per NaN value):", nans)

	f32 := map[float32]int{1.5: 1}
	f32[1.5]++
	println("float32 key:", f32[1.5])

	s := map[string]int{"": 1, "a": 2, "a\x00": 3}
	println("string keys with empty and NUL:", s[""], s["a"], s["a\x00"], len(s))
}
