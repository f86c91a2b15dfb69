// bench/strbuf.go: what the frame buffers for strings that do not escape
// (gc's tmpBuf) save. Ten million short concatenations, string(b) and
// []byte(s) conversions whose results stay in the frame, and, for
// comparison, ten million concatenations whose result escapes; for each,
// nanoseconds per operation and the heap allocations counted by
// runtime.MemStats.Mallocs.
//
//	gocc run bench/strbuf.go
//	GO111MODULE=off go run bench/strbuf.go
//
// gocc has no collector yet: the escaping loop leaves 160 MB on its heap.
package main

import (
	"runtime"
	"time"
)

var a, b = "hello, ", "world"
var bs = []byte("gopher")
var sink string

const N = 10000000

var ms runtime.MemStats

func mallocs() uint64 {
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

func report(what string, t0 time.Time, m0 uint64, n int) {
	d := int64(time.Since(t0))
	m := mallocs() - m0
	tenths := d * 10 / N
	print(what, " ", tenths/10, ".", tenths%10, " ns/op, ", m, " mallocs (", n, ")\n")
}

func main() {
	m0, t0, n := mallocs(), time.Now(), 0
	for i := 0; i < N; i++ {
		s := a + b
		n += len(s)
	}
	report("a+b in the frame:  ", t0, m0, n)

	m0, t0, n = mallocs(), time.Now(), 0
	for i := 0; i < N; i++ {
		s := string(bs)
		n += len(s)
	}
	report("string(b) in frame:", t0, m0, n)

	m0, t0, n = mallocs(), time.Now(), 0
	for i := 0; i < N; i++ {
		x := []byte(a)
		x[0] = 'H'
		n += int(x[0])
	}
	report("[]byte(s) in frame:", t0, m0, n)

	m0, t0, n = mallocs(), time.Now(), 0
	for i := 0; i < N; i++ {
		sink = a + b
		n += len(sink)
	}
	report("a+b escaping:      ", t0, m0, n)
}
