// Go 1.22 loop variables: every iteration of a for loop has its own
// variable, which shows when the loop takes its address.
package main

func main() {
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	println(*ps[0], *ps[1], *ps[2])
	var qs []*int
	for _, v := range []int{10, 20, 30} {
		qs = append(qs, &v)
	}
	println(*qs[0], *qs[1], *qs[2])
	var rs []*int
	for i := range 3 {
		rs = append(rs, &i)
	}
	println(*rs[0], *rs[1], *rs[2])
	var first *int
	for j := 0; j < 3; j++ {
		if j == 0 {
			first = &j
		}
	}
	println(*first)
}
