// Boxing a single-pointer struct or array is no allocation: gc reports
// nothing for it.
package main

type S struct{ p *int }
type A [1]*int
type N struct{ s S }

func main() { // ERROR "can inline main"
	y := 5
	var e any = S{&y}
	var f any = A{&y}
	var g any = N{S{&y}}
	var h any = &y
	var m any = map[int]int{} // ERROR "map\\[int\\]int\\{\\} does not escape"
	var k any = [1]S{{&y}}
	println(e != nil, f != nil, g != nil, h != nil, m != nil, k != nil)
}
