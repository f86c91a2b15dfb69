package main

// The "by value or by reference" experiment from a talk on the Go runtime:
// a constructor returning a pointer to its local Account makes the Account
// escape to the heap, while returning it by value keeps it in the caller's
// frame. Each variant, with and without //go:noinline, is called N times
// and a checksum of the results is printed, so all four must agree; the
// timings of the talk are deliberately left out.

type Account struct {
	ID, Name, Email string
	Balance         int64
	Level           int32
}

var ids = [4]string{"acc-0001", "acc-0002", "acc-0003", "acc-0004"}
var names = [4]string{"Ann", "Bob", "Cy", "Di"}
var emails = [4]string{"ann@example.com", "bob@example.com", "cy@example.com", "di@example.com"}

func ByRef(i int) *Account {
	acc := Account{ID: ids[i%4], Name: names[i%4], Email: emails[i%4], Balance: int64(i) * 3, Level: int32(i % 7)}
	return &acc
}

func ByValue(i int) Account {
	acc := Account{ID: ids[i%4], Name: names[i%4], Email: emails[i%4], Balance: int64(i) * 3, Level: int32(i % 7)}
	return acc
}

//go:noinline
func ByRefNoInline(i int) *Account {
	acc := Account{ID: ids[i%4], Name: names[i%4], Email: emails[i%4], Balance: int64(i) * 3, Level: int32(i % 7)}
	return &acc
}

//go:noinline
func ByValueNoInline(i int) Account {
	acc := Account{ID: ids[i%4], Name: names[i%4], Email: emails[i%4], Balance: int64(i) * 3, Level: int32(i % 7)}
	return acc
}

func check(a *Account) int64 {
	return a.Balance + int64(a.Level)*1000 + int64(len(a.Name)+len(a.Email)+len(a.ID))
}

const N = 100000

func main() {
	var sum int64
	for i := 0; i < N; i++ {
		sum += check(ByRef(i))
	}
	println("ByRef           checksum:", sum)

	sum = 0
	for i := 0; i < N; i++ {
		a := ByValue(i)
		sum += check(&a)
	}
	println("ByValue         checksum:", sum)

	sum = 0
	for i := 0; i < N; i++ {
		sum += check(ByRefNoInline(i))
	}
	println("ByRefNoInline   checksum:", sum)

	sum = 0
	for i := 0; i < N; i++ {
		a := ByValueNoInline(i)
		sum += check(&a)
	}
	println("ByValueNoInline checksum:", sum)

	p1, p2 := ByRef(5), ByRef(5)
	println("two ByRef(5) results are distinct accounts:", p1 != p2, "with equal contents:", *p1 == *p2)
	v := ByValue(5)
	v.Balance = -1
	println("a modified value copy does not touch a fresh one:", ByValue(5).Balance)
	p1.Balance = 0
	println("modifying through p1 leaves p2:", p2.Balance, p2.Name, p2.Email)
}
