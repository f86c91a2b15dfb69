// The Account experiment when the caller keeps the pointer: ByRef is
// inlined, but main stores the result in a global, so main's copy of acc is
// moved to the heap too (reported at the call).
package main

type Account struct {
	ID      int
	Balance int
}

var current *Account

func ByRef(id int) *Account { // ERROR "can inline ByRef"
	acc := Account{ID: id, Balance: 100} // ERROR "moved to heap: acc"
	return &acc
}

func main() { // ERROR "can inline main"
	local := ByRef(1)  // ERROR "inlining call to ByRef"
	current = ByRef(2) // ERROR "inlining call to ByRef" "moved to heap: acc"
	println(local.ID, current.ID)
}
