package main

// runtime.ReadMemStats: TotalAlloc counts the bytes of every heap
// allocation, rounded up to the allocator's size class. Objects whose size
// is exactly a size class (16, 32, 48, 64, 128 bytes) add exactly
// count*size; a 100-byte make([]byte) rounds up to the 112-byte class.

import "runtime"

type S16 struct{ A, B *int }
type S32 struct{ A, B, C, D *int }
type S48 struct {
	Name string
	V    [4]int
}
type S64 struct{ V [8]int }
type S128 struct {
	P *S128
	V [15]int
}

var s16 *S16
var s32 *S32
var s48 *S48
var s64 *S64
var s128 *S128
var bytes []byte

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	before := m.TotalAlloc
	for i := 0; i < 1000; i++ {
		s16 = &S16{}
	}
	runtime.ReadMemStats(&m)
	println("1000 x 16-byte structs:", m.TotalAlloc-before, "bytes")

	before = m.TotalAlloc
	for i := 0; i < 1000; i++ {
		s32 = &S32{}
	}
	runtime.ReadMemStats(&m)
	println("1000 x 32-byte structs:", m.TotalAlloc-before, "bytes")

	before = m.TotalAlloc
	for i := 0; i < 1000; i++ {
		s48 = &S48{Name: "x"}
	}
	runtime.ReadMemStats(&m)
	println("1000 x 48-byte structs:", m.TotalAlloc-before, "bytes")

	before = m.TotalAlloc
	for i := 0; i < 1000; i++ {
		s64 = &S64{}
		s64.V[7] = i
	}
	runtime.ReadMemStats(&m)
	println("1000 x 64-byte structs:", m.TotalAlloc-before, "bytes")

	before = m.TotalAlloc
	for i := 0; i < 500; i++ {
		s128 = &S128{P: s128}
	}
	runtime.ReadMemStats(&m)
	println("500 x 128-byte structs:", m.TotalAlloc-before, "bytes")

	before = m.TotalAlloc
	for i := 0; i < 1000; i++ {
		bytes = make([]byte, 100)
	}
	runtime.ReadMemStats(&m)
	println("1000 x make([]byte, 100):", m.TotalAlloc-before, "bytes (112 each)")

	before = m.TotalAlloc
	runtime.ReadMemStats(&m)
	println("no allocation:", m.TotalAlloc-before, "bytes")

	depth := 0
	for p := s128; p != nil; p = p.P {
		depth++
	}
	println("chain of 128-byte structs:", depth, "s64.V[7] =", s64.V[7])
	println("NumGC:", m.NumGC, "HeapAlloc <= TotalAlloc:", m.HeapAlloc <= m.TotalAlloc)
}
