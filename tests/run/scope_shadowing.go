package main

var x = "package x"

func show() {
	println("show sees", x)
}

func main() {
	println("1:", x)
	x := "main x"
	println("2:", x)
	show()
	{
		x := "block x"
		println("3:", x)
		{
			x := 4
			println("4: an int now", x)
		}
		println("5:", x)
	}
	println("6:", x)
	for x := 0; x < 2; x++ {
		println("7: loop x", x)
		x := "body x"
		println("8:", x)
	}
	if x := 10; x > 5 {
		x := x * 2
		println("9: if x", x)
	} else {
		println("never", x)
	}
	switch x := 3.5; {
	case x > 3:
		x := "case x"
		println("10:", x)
	}
	println("11:", x)
	y := 1
	{
		y = 2
		y := 3
		y++
		_ = y
	}
	println("12: assignment before shadow reaches outer y:", y)
	true := false
	println("13: even true can be shadowed:", true)
	{
		len := func2()
		println("14: len shadowed:", len)
	}
	println("15: len is builtin again:", len("abc"))
	var println = 3
	print("16: println shadowed by a var: ", println, "\n")
}

func func2() int {
	return 99
}
