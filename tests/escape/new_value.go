// new(v) is gc's hidden variable .autotmp_N := v (N counts the variables
// declared before it); when its address escapes, the variable moves to
// the heap. Its inlining cost is that of the declaration and assignment.
package main

func a() *int      { return new(int) }   // ERROR "can inline a" "new\\(int\\) escapes to heap"
func b() *int      { return new(5) }     // ERROR "can inline b" "moved to heap: \\.autotmp_1"
func c(v int) *int { return new(v) }     // ERROR "can inline c" "moved to heap: \\.autotmp_2"
func d(v int) *int { return new(v + 1) } // ERROR "can inline d" "moved to heap: \\.autotmp_2"

type P struct{ x, y int }

func e() *P { return new(P{1, 2}) } // ERROR "can inline e" "moved to heap: \\.autotmp_1"
func f() *P { return &P{1, 2} }     // ERROR "can inline f" "\\&P\\{\\.\\.\\.\\} escapes to heap"

func main() { println(a(), b(), c(1), d(1), e(), f()) } // ERROR "can inline main" "inlining call to a" "inlining call to b" "inlining call to c" "inlining call to d" "inlining call to e" "inlining call to f" "new\\(int\\) does not escape" "\\&P\\{\\.\\.\\.\\} does not escape"
