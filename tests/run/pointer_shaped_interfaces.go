// A struct or array holding just one pointer is stored directly in an
// interface's data word, as in gc: boxing it allocates nothing, and
// equality and map keys compare the pointer.
package main

import "runtime"

type S struct{ p *int }
type A [1]*int
type N struct{ s S }

func main() {
	x, y := 1, 2
	var a any = S{&x}
	var b any = S{&x}
	var c any = S{&y}
	println(a == b, a == c, a == any(S{&x}), a != nil)
	m := map[any]int{}
	m[S{&x}] = 1
	m[A{&y}] = 2
	m[N{S{&x}}] = 3
	println(len(m), m[S{&x}], m[A{&y}], m[N{S{&x}}], m[S{&y}])
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	before := ms.Mallocs
	var sink any
	for i := 0; i < 100; i++ {
		sink = S{&x}
	}
	runtime.ReadMemStats(&ms)
	println(ms.Mallocs-before, sink != nil)
	var z any = S{}
	println(z == any(S{nil}), z != nil)
}
