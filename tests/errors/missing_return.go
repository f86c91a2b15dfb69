// Functions with results whose body can fall off the end.
package main

func ifWithoutElse(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"

func forWithCondition(x int) int {
	for x > 0 {
		return 1
	}
} // ERROR "missing return"

func switchWithoutDefault(x int) int {
	switch x {
	case 1:
		return 1
	}
} // ERROR "missing return"

func forWithBreak() int {
	for {
		break
	}
} // ERROR "missing return"

func labeledBreak() int {
L:
	for {
		for {
			break L
		}
	}
} // ERROR "missing return"

// These are terminating and need no return.

func infiniteLoop() int {
	for {
	}
}

func panics() int {
	panic("no")
}

func bothBranches(x int) int {
	if x > 0 {
		return 1
	} else {
		return 2
	}
}

func innerBreakOnly() int {
	for {
		for {
			break
		}
	}
}

func main() {}
