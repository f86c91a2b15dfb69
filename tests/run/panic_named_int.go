package main

// panic with a value of a named integer type: gc prints the type name
// around the value, as in main.MyInt(7).

type MyInt int

func next(n MyInt) MyInt {
	if n%2 == 0 {
		return n / 2
	}
	return 3*n + 1
}

func main() {
	var n MyInt = 3
	println("n:", n)
	for n != 7 && n > 1 {
		n = next(n)
		println("next:", n)
	}
	println("collatz from 3 never reaches 7, so panic with MyInt(7)")
	panic(MyInt(7))
}
