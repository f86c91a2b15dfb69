// Uses that count: reading in an assignment, op=, ++, a for condition.
// Parameters, results and package-level variables are never "unused".
package main

var pkgUnused int

func params(a int, b string) (r int) {
	return
}

func main() {
	x := 1
	x = x + 1
	y := 1
	y += 1
	z := 1
	z++
	var w int // ERROR "declared and not used: w"
	w, v := 1, 2
	_ = v
	{
		q := 1 // ERROR "declared and not used: q"
	}
	for k := 0; k < 3; k++ {
	}
	for m := 0; m < 3; {
	}
}
