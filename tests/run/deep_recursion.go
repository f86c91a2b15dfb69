package main

// One million frames: far more than a fixed 8 MB stack holds, but gc's
// goroutine stacks grow (up to 1 GB), so this completes.

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func sum(n int64, acc int64) int64 {
	if n == 0 {
		return acc
	}
	r := sum(n-1, acc+n)
	return r
}

func main() {
	println("depth(1000000):", depth(1000000))
	println("sum(1..1000000):", sum(1000000, 0))
	println("depth again after the stack grew:", depth(1000000))
}
