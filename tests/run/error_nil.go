// The predeclared error interface: nil errors work; gocc's types have no
// methods yet, so nothing else implements it, and the checker says so
// as gc does.
package main

func f(a int) (int, error) {
	if a < 0 {
		return 0, nil
	}
	return a * 2, nil
}

func main() {
	v, err := f(3)
	println(v, err == nil)
	var e error
	println(e == nil, e != nil)
	var x any = e
	println(x == nil)
	println(e)
}
