// Statement errors gc finds while type checking: missing returns, a third
// range variable (the first two still declared), case values, comparisons
// of incomparable types, non-boolean conditions.
package main

func f() int {
	for i := 0; i < 3; i++ {
		if i == 2 {
			return i
		}
	}
} // ERROR "missing return"

func g(x int) int {
	switch x {
	case 1:
		return 1
	default:
		return 0
	}
}

func h(x int) int {
	switch {
	case x > 1:
		return 1
	}
} // ERROR "missing return"

func main() {
	var a [3]int
	for i, v, w := range a { // ERROR "declared and not used: i" "declared and not used: v" "range clause permits at most two iteration variables"
	}
	for i := range 10 {
		i++
	}
	switch x := 5; x {
	case "a": // ERROR "cannot convert \"a\" \\(untyped string constant\\) to type int"
	case 1, 1: // ERROR "duplicate case 1 \\(constant of type int\\) in expression switch" "previous case"
	}
	var s []int
	if s == s { // ERROR "invalid operation: s == s \\(slice can only be compared to nil\\)"
	}
	var m map[int]int
	if m == m { // ERROR "invalid operation: m == m \\(map can only be compared to nil\\)"
	}
	var fn func()
	_ = fn == fn // ERROR "invalid operation: fn == fn \\(func can only be compared to nil\\)"
	type T struct{ a []int }
	_ = T{} == T{} // ERROR "invalid operation: T\\{\\} == T\\{\\} \\(struct containing \\[\\]int cannot be compared\\)"
	var p *int
	_ = p == 0 // ERROR "invalid operation: p == 0 \\(mismatched types \\*int and untyped int\\)"
	_ = p == nil
	if 1 { // ERROR "non\\-boolean condition in if statement"
	}
	for "x" { // ERROR "non\\-boolean condition in for statement"
	}
	println(f(), g(1), h(1))
}
