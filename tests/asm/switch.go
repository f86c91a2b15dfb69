package main

// An expression switch becomes a chain of compares and branches.

func name(n int) string {
	switch n {
	case 0:
		return "zero"
	case 1, 2:
		return "small"
	case 10:
		return "ten"
	}
	return "other"
}

func main() {
	println(name(0), name(2), name(10), name(7))
}
