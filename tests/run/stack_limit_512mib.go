// gc doubles a full stack and gives up past 10^9 bytes, so its biggest
// stack is 512 MiB: about 600 MB of frames overflow.
package main

func depth(n int) int {
	var buf [64]int
	buf[n%64] = n
	if n == 0 {
		return 0
	}
	return depth(n-1) + buf[n%64] - n + 1
}

func main() {
	println(depth(1100000))
}
