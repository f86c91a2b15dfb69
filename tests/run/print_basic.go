package main

// print writes its operands with no separators and no newline;
// println separates operands with spaces and ends with a newline.

func main() {
	println("hello, world")
	println()
	println("a", "b", "c")
	println(1, 2, 3)
	print("no", "spaces", "here", "\n")
	print(1, 2, 3, "\n")
	print("mixed:", 42, true, "\n")
	println("mixed:", 42, true, 'x', 1.5)
	print("x")
	print("y")
	println()
	var s string
	println("empty string: [", s, "]")
	print("")
	println("", "leading empty operand")
	println("trailing empty operand", "")
	var n int
	var f float64
	var b bool
	println("zero values:", n, f, b, s, "|")
	print("print then ")
	println("println on the same line")
	println("end")
}
