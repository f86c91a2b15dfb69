// Labeled break and continue must name an enclosing statement of the right kind.
package main

func main() {
L:
	if true {
		break L // ERROR "invalid break label L"
	}
M:
	switch {
	default:
		continue M // ERROR "invalid continue label M"
	}
N:
	for {
		break N
	}
	for {
		continue N // ERROR "invalid continue label N"
	}
O:
	{
		break O // ERROR "invalid break label O"
	}
P:
	switch {
	default:
		break P // fine
	}
}
