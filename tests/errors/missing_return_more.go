// More missing returns, and more terminating statements that are fine.
package main

func namedResult() (r int) {
	r = 1
} // ERROR "missing return"

func elseIfWithoutElse(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return 2
	}
} // ERROR "missing return"

func defaultBreaks(x int) int {
	switch {
	case x > 0:
		return 1
	default:
		break
	}
} // ERROR "missing return"

func plainStatement() int {
	println()
} // ERROR "missing return"

func emptyBody() string {
} // ERROR "missing return"

// These are terminating and need no return.

func block() int {
	{
		return 1
	}
}

func gotoLoop() int {
L:
	goto L
}

func switchAllReturn(x int) int {
	switch x {
	case 1:
		return 1
	default:
		return 2
	}
}

func elseIfChain(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return 2
	} else {
		panic("zero")
	}
}

func main() {}
