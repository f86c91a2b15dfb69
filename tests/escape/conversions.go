// How -m names interface conversions: an implicit conversion by its
// operand, an explicit one as written (any stays any), and a single-value
// call converted in an assignment by the call itself. A make sized by the
// length of a slice literal is a constant-size make, as gc rewrites it.
package main

type pair struct{ a, b int }

var sink any

//go:noinline
func num(i int) int { return i }

func main() {
	small, big := num(5), num(6)
	local := any(pair{small, big}) // ERROR "any\(pair\{\.\.\.\}\) does not escape"
	println(local == any(256))     // ERROR "any\(256\) does not escape"
	sink = interface{}(big)        // ERROR "\(interface \{\}\)\(big\) escapes to heap"
	sink = byte(big)               // ERROR "byte\(big\) escapes to heap"
	sink = num(7)                  // ERROR "num\(7\) escapes to heap"
	var x any
	x = num(8) // ERROR "num\(8\) does not escape"
	println(x == nil)

	nums := []int{1, 2, 3, 4}       // ERROR "\[\]int\{\.\.\.\} escapes to heap"
	ptrs := make([]*int, len(nums)) // ERROR "make\(\[\]\*int, 4\) does not escape"
	for i := range nums {
		ptrs[i] = &nums[i]
	}
	println(*ptrs[3])
}
