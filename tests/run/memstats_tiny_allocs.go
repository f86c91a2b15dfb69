// gc's tiny allocator: pointer-free objects under 16 bytes share 16-byte
// blocks. A new block counts as one 16-byte malloc; an object that fits in
// the current block counts as a malloc and a free (gc tracks blocks, not
// the objects in them). ReadMemStats drops the current block.
package main

import "runtime"

var ms runtime.MemStats

var (
	i32s [4]*int32
	b5   *[5]byte
	i64  *int64
	big  *[16]byte
	ptr  **int
	strs []string
)

var m0, f0, t0 uint64

func start() {
	runtime.ReadMemStats(&ms)
	m0, f0, t0 = ms.Mallocs, ms.Frees, ms.TotalAlloc
}

func stop() (mallocs, frees, bytes uint64) {
	runtime.ReadMemStats(&ms)
	return ms.Mallocs - m0, ms.Frees - f0, ms.TotalAlloc - t0
}

func fourInt32s() {
	for i := range i32s {
		i32s[i] = new(int32)
	}
}

func mixed() {
	b5 = new([5]byte)    // bytes 0-4 of a new block
	i64 = new(int64)     // aligned to 8: bytes 8-15
	i32s[0] = new(int32) // does not fit: a new block
}

func notTiny() {
	big = new([16]byte) // 16 bytes: the 16-byte size class
	ptr = new(*int)     // has a pointer: never tiny
}

//go:noinline
func itoa(n int) string {
	var buf [8]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	return string(buf[i:])
}

func shortStrings() {
	strs = []string{itoa(123), itoa(4567), itoa(89)}
}

func main() {
	start()
	fourInt32s()
	m, f, b := stop()
	println("four new(int32):", m, f, b)
	start()
	mixed()
	m, f, b = stop()
	println("[5]byte, int64, int32:", m, f, b)
	start()
	notTiny()
	m, f, b = stop()
	println("[16]byte, *int:", m, f, b)
	start()
	shortStrings()
	m, f, b = stop()
	println("three short strings and their slice:", m, f, b)
	*i32s[1] = 7
	println(*i32s[1], *i32s[2], *i64, strs[0]+strs[1]+strs[2])
}
