// More inlining: a call to a non-inlinable function costs 57 of the 80
// budget, so callsTwice cannot inline; a recursive function inlines one
// level into itself and once more into each caller; chains of small
// functions inline all the way, each step reported at the outermost call.
package main

//go:noinline
func triple(x int) int {
	return x * 3
}

func callsTwice(x int) int {
	return triple(x) + triple(x+1)
}

func callsOnce(x int) int { // ERROR "can inline callsOnce"
	return triple(x) + 1
}

func depth(n int) int { // ERROR "can inline depth"
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1 // ERROR "inlining call to depth"
}

func inc(x int) int { // ERROR "can inline inc"
	return x + 1
}

func addTwo(x int) int { // ERROR "can inline addTwo"
	return inc(inc(x)) // ERROR "inlining call to inc" "inlining call to inc"
}

func main() {
	println(callsTwice(1), callsOnce(2), depth(3), addTwo(4)) // ERROR "inlining call to callsOnce" "inlining call to depth" "inlining call to addTwo" "inlining call to inc" "inlining call to inc"
}
