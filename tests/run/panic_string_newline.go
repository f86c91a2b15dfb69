package main

// A panic message containing newlines: gc indents the continuation lines
// of the message with a tab.

func message() string {
	s := "first line"
	s += "\n"
	s += "second line"
	s += "\n\tindented third"
	return s
}

func main() {
	println("a panic message with newlines")
	m := message()
	lines := 1
	for i := 0; i < len(m); i++ {
		if m[i] == '\n' {
			lines++
		}
	}
	println("it has", lines, "lines")
	panic(m)
}
