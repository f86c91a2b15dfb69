// Boxing a zero value allocates nothing, as in gc: an empty string or a
// nil slice points at runtime.zeroVal (convTstring, convTslice), a float
// whose bits are below 256 (0.0) at runtime.staticuint64s (convT64).
package main

import "runtime"

var sink any
var g = 7
var gs string
var gsl []int

func mallocs() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

func main() {
	m0 := mallocs()
	sink = gs
	println("empty string", mallocs()-m0)
	m0 = mallocs()
	sink = gsl
	println("nil slice", mallocs()-m0)
	f := float64(g - 7)
	m0 = mallocs()
	sink = f
	println("float64 0.0", mallocs()-m0)
}
