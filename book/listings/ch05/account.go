// The talk's experiment: return an Account by reference or by value, and
// measure what one call costs: time, bytes allocated, allocations.
package main

import (
	"runtime"
	"time"
)

// ANCHOR: funcs
type Account struct {
	ID, Name, Email string
	Balance         int64
	Flags           int32
}

func ByRef() *Account {
	acc := Account{ID: "42", Name: "Ada", Email: "ada@example.com", Balance: 100, Flags: 1}
	return &acc
}

func ByValue() Account {
	acc := Account{ID: "42", Name: "Ada", Email: "ada@example.com", Balance: 100, Flags: 1}
	return acc
}

// ANCHOR_END: funcs

// ANCHOR: measure
const n = 1000000

var total int64
var before, after runtime.MemStats

func measureByRef() {
	runtime.ReadMemStats(&before)
	start := time.Now()
	for i := 0; i < n; i++ {
		total += ByRef().Balance
	}
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	report("ByRef  ", elapsed)
}

// ANCHOR_END: measure

func measureByValue() {
	runtime.ReadMemStats(&before)
	start := time.Now()
	for i := 0; i < n; i++ {
		total += ByValue().Balance
	}
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	report("ByValue", elapsed)
}

// ANCHOR: report
// report prints one line in the shape of `go test -bench -benchmem`:
// time per call (in tenths of a nanosecond: print has no format), bytes
// and allocations per call, integer-divided as testing.B does.
func report(name string, elapsed time.Duration) {
	tenths := int64(elapsed) * 10 / n
	bytes := (after.TotalAlloc - before.TotalAlloc) / n
	allocs := (after.Mallocs - before.Mallocs) / n
	print(name, "\t", tenths/10, ".", tenths%10, " ns/op\t", bytes, " B/op\t", allocs, " allocs/op\n")
}

// ANCHOR_END: report

func main() {
	measureByRef()
	measureByValue()
}
