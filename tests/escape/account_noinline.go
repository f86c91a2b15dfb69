// The Account experiment with //go:noinline: ByRef's acc is on the heap
// whatever the caller does; ByValue still allocates nothing. Calls to
// non-inlinable functions are expensive, so main is not inlinable.
package main

type Account struct {
	ID      int
	Balance int
}

//go:noinline
func ByRef(id int) *Account {
	acc := Account{ID: id, Balance: 100} // ERROR "moved to heap: acc"
	return &acc
}

//go:noinline
func ByValue(id int) Account {
	acc := Account{ID: id, Balance: 100}
	return acc
}

func main() {
	r := ByRef(1)
	v := ByValue(2)
	println(r.ID, r.Balance, v.ID, v.Balance)
}
