// The Account experiment, by value: ByValue returns a copy, nothing escapes.
package main

type Account struct {
	ID      int
	Balance int
	Owner   string
}

func ByValue(id int) Account { // ERROR "can inline ByValue"
	acc := Account{ID: id, Balance: 100, Owner: "bob"}
	return acc
}

func main() { // ERROR "can inline main"
	a := ByValue(2) // ERROR "inlining call to ByValue"
	a.Balance -= 30
	println(a.ID, a.Balance, a.Owner)
}
