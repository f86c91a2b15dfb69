// Package time is gocc's minimal time package: enough to time a loop with
// the same source under gc and gocc. gocc has no methods yet, so there is
// no Time.Sub, Duration.String or formatting: a program takes
// time.Since(start) and prints the Duration as an integer (println(d), or
// int64(d) / n for nanoseconds per iteration).
//
// Duration and its constants are gc's. A Time holds one reading of the
// runtime's monotonic clock: gc's Time also holds the wall clock and a
// *Location, which only methods could use. Its fields are unexported, as
// gc's are, so programs cannot depend on them. One difference shows: gc's
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

// A Time is an instant. The fields are gc's (so that a program touching
// them gets gc's error, "cannot refer to unexported field"), but only ext
// is used: a reading of the monotonic clock in nanoseconds since
// startNano, as gc keeps it when wall's hasMonotonic bit is set.
type Time struct {
	wall uint64
	ext  int64
	loc  *Location
}

// A Location is a time zone (gc's has its rules; gocc has no zones).
type Location struct {
	name string
}

// hasMonotonic is gc's flag in Time.wall: ext holds a monotonic reading.
const hasMonotonic = 1 << 63

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
	return Time{wall: hasMonotonic, ext: runtimeNano() - startNano}
}

// Since returns the time elapsed since t.
//
//go:noinline
func Since(t Time) Duration {
	return Duration(runtimeNano() - startNano - t.ext)
}
