// The time package: time.Now and time.Since read the monotonic clock
// (time.runtimeNano), and Duration is an int64 count of nanoseconds with
// gc's constants. Elapsed times vary from run to run, so only facts about
// them are printed: they are never negative, and the clock never goes
// back between two readings.
package main

import "time"

//go:noinline
func work(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	return s
}

func main() {
	// Duration constants and their arithmetic.
	println(time.Nanosecond, time.Microsecond, time.Millisecond)
	println(time.Second, time.Minute, time.Hour)
	println(time.Hour/time.Minute, time.Minute/time.Second)
	d := 2*time.Second + 3*time.Millisecond
	println(d, int64(d), d/time.Millisecond, d%time.Second)
	n := int64(90)
	println(time.Duration(n)*time.Second == time.Minute+30*time.Second)

	// Timing a loop.
	start := time.Now()
	s := work(1000000)
	e1 := time.Since(start)
	e2 := time.Since(start)
	println(s, e1 >= 0, e2 >= e1)

	// Nanoseconds per iteration, as a benchmark prints them.
	const iters = 1000
	start = time.Now()
	for i := 0; i < iters; i++ {
		work(10)
	}
	elapsed := time.Since(start)
	perCall := int64(elapsed) / iters
	println(perCall >= 0, elapsed < time.Minute)

	// Time values are comparable structs.
	t1 := time.Now()
	t2 := t1
	println(t1 == t2)
}
