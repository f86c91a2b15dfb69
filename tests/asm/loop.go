package main

// A counted loop: the condition, the body and the back edge.

func sum(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		t += i
	}
	return t
}

func main() {
	println(sum(10))
}
