// Against an interface tag, case values of different types are different
// cases: 1 (int) and int8(1) both stand.
package main

func main() {
	var x any = int8(1)
	switch x {
	case 1:
		println("int 1")
	case int8(1):
		println("int8 1")
	}
}
