// Allocations of 1017 to 1023 bytes use the 1024-byte size class (the
// runtime once indexed past its class table for them).
package main

func main() {
	x := ""
	for i := 0; i < 600; i++ {
		x += "ab"
	}
	println(len(x))
}

var sink []byte

func init() {
	for n := 1015; n <= 1025; n++ {
		sink = make([]byte, n)
		print(len(sink), " ")
	}
	println()
}
