// Package time is gocc's minimal time package: enough to time a loop with
// the same source under gc and gocc. gocc has no methods yet, so there is
// no Time.Sub, Duration.String or formatting: a program takes
// time.Since(start) and prints the Duration as an integer (println(d), or
// int64(d) / n for nanoseconds per iteration).
//
// Duration and its constants are gc's. A Time holds one reading of the
// runtime's monotonic clock: gc's Time also holds the wall clock and a
// *Location, which only methods could use. Its field is unexported, as
// gc's are, so programs cannot depend on it. One difference shows: gc's
// zero Time is January 1, year 1, so Since(Time{}) saturates at the
// largest Duration; here the zero Time is the program's start.
//
// runtimeNano is declared without a body: the runtime implements it under
// the symbol time.runtimeNano (runtime/src/time.rs), as gc's runtime
// implements it with //go:linkname time_runtimeNano time.runtimeNano
// (a call to runtime.nanotime).
//
// Go: src/time/time.go.
package time

// A Duration represents the elapsed time between two instants as an int64
// nanosecond count.
type Duration int64

// Common durations.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// A Time is an instant: here, a reading of the monotonic clock in
// nanoseconds since startNano.
type Time struct {
	mono int64
}

// runtimeNano returns the current value of the runtime clock in
// nanoseconds (the runtime's nanotime: CLOCK_MONOTONIC).
func runtimeNano() int64

// Monotonic times are reported as offsets from startNano, initialized, as
// gc does, to runtimeNano() - 1 so that no reading is 0.
var startNano int64 = runtimeNano() - 1

// Now returns the current time.
//
// gc does not inline Now or Since (their bodies exceed the budget of 80);
// gocc's short bodies would be inlined, so //go:noinline keeps the calls,
// and `-m` output, the same as gc's.
//
//go:noinline
func Now() Time {
	return Time{mono: runtimeNano() - startNano}
}

// Since returns the time elapsed since t.
//
//go:noinline
func Since(t Time) Duration {
	return Duration(runtimeNano() - startNano - t.mono)
}
