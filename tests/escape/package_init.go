// Package variables: gc initializes composite literals, boxed values and
// []byte of constants statically (staticinit), so escape analysis never
// sees them; map literals, and what they hold, are built at run time.
// An inlined call whose body is a lone return is initialized statically
// too, when its arguments have no effects.
package main

type T struct{ a, b int }

func mk(x int) *T    { return &T{x, 1} }    // ERROR "can inline mk" "\&T\{\.\.\.\} escapes to heap"
func sl(x int) []int { return []int{x, 2} } // ERROR "can inline sl" "\[\]int\{\.\.\.\} escapes to heap"
func box(x int) any  { return x }           // ERROR "can inline box" "x escapes to heap"
func g() int         { return 3 }           // ERROR "can inline g"

//go:noinline
func h() int { return 4 }

var m0 = map[string]int{}           // ERROR "map\[string\]int\{\} escapes to heap"
var m1 = map[string]int{"k": 1}     // ERROR "map\[string\]int\{\.\.\.\} escapes to heap"
var m2 = []map[string]int{{"a": 1}} // ERROR "map\[string\]int\{\.\.\.\} escapes to heap"
var m3 = map[int][]int{1: {1, 2}}   // ERROR "map\[int\]\[\]int\{\.\.\.\} escapes to heap" "\[\]int\{\.\.\.\} escapes to heap"
var s0 = []int{1, 2}
var p0 = &T{1, 2}
var k0 = make(map[int]int) // ERROR "make\(map\[int\]int\) escapes to heap"
var k1 = make([]int, 10)   // ERROR "make\(\[\]int, 10\) escapes to heap"
var n0 = new(T)            // ERROR "new\(T\) escapes to heap"
var b0 = []byte("abc")
var i0 any = 5
var i1 any = T{1, 2}
var i2 any = h()
var i3 any = []int{h()}
var r0 = mk(400)             // ERROR "inlining call to mk"
var r1 = mk(h())             // ERROR "inlining call to mk" "\&T\{\.\.\.\} escapes to heap"
var r3 = sl(6)               // ERROR "inlining call to sl"
var r4 = box(7)              // ERROR "inlining call to box"
var r5 = []*T{mk(1), {2, 3}} // ERROR "inlining call to mk"
var r6 = struct{ p *T }{&T{1, 2}}
var ra = mk(g()) // ERROR "inlining call to g" "inlining call to mk" "\&T\{\.\.\.\} escapes to heap"

func main() { // ERROR "can inline main"
	println(len(m0), len(m1), len(m2), len(m3), len(s0), p0.a, len(k0), len(k1), n0.a, len(b0))
	println(i0 != nil, i1 != nil, i2 != nil, i3 != nil, r0.a, r1.a, len(r3), r4 != nil, len(r5), r6.p.a, ra.a)
}
