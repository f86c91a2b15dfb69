// The Account experiment, by reference: ByRef returns &acc, so acc moves to
// the heap in ByRef. Inlined into main, whose pointer stays local, it does not.
package main

type Account struct {
	ID      int
	Balance int
	Owner   string
}

func ByRef(id int) *Account { // ERROR "can inline ByRef"
	acc := Account{ID: id, Balance: 100, Owner: "ann"} // ERROR "moved to heap: acc"
	return &acc
}

func main() { // ERROR "can inline main"
	a := ByRef(1) // ERROR "inlining call to ByRef"
	a.Balance += 50
	println(a.ID, a.Balance, a.Owner)
}
