// string(b) read only for a comparison or a map lookup is the bytes
// themselves (gc's slicebytetostringtmp): no allocation, however long.
package main

import "runtime"

var sinkB = make([]byte, 40)

func mallocs() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

func main() {
	m0 := mallocs()
	if string(sinkB) == "x" {
		println("no")
	}
	println("cmp conv", mallocs()-m0)
	m := map[string]int{}
	m0 = mallocs()
	v := m[string(sinkB)]
	println("map idx conv", mallocs()-m0, v)
}
