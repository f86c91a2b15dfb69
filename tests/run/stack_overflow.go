package main

// Unbounded recursion: gc's goroutine stacks grow up to 1 GB, then the
// runtime reports a fatal stack overflow. Several values live across the
// call make each frame bigger, so fewer frames (and less time) reach the limit.

func recurse(a, b, c, d, e, f, g, h int) int {
	if a < 0 {
		return 0
	}
	r := recurse(a+1, b+a, c+b, d+c, e+d, f+e, g+f, h+g)
	return r + a*b + c*d + e*f + g*h + a + b + c + d + e + f + g + h
}

func bounded(n int) int {
	if n == 0 {
		return 0
	}
	return bounded(n-1) + 1
}

func main() {
	println("a bounded recursion first:", bounded(1000))
	println("recursing without end")
	println(recurse(0, 1, 2, 3, 4, 5, 6, 7))
}
