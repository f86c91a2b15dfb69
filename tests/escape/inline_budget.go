// Inlining decisions: the budget is 80 nodes, inclusive. atBudget costs
// exactly 80 and inlines; overBudget costs 82 and does not, silently at -m.
package main

func double(x int) int { // ERROR "can inline double"
	return x * 2
}

func atBudget(a int) int { // ERROR "can inline atBudget"
	t := a
	t += t*1 + a*2 + 1
	t += t*2 + a*3 + 2
	t += t*3 + a*4 + 3
	t += t*4 + a*5 + 4
	t += t*5 + a*6 + 5
	t += t*6 + a*7 + 6
	t += t*a + 1
	return t
}

func overBudget(a int) int {
	t := a
	t += t*1 + a*2 + 1
	t += t*2 + a*3 + 2
	t += t*3 + a*4 + 3
	t += t*4 + a*5 + 4
	t += t*5 + a*6 + 5
	t += t*6 + a*7 + 6
	t += t*a*a + 1
	return t
}

func main() {
	println(double(2), atBudget(1), overBudget(1)) // ERROR "inlining call to double" "inlining call to atBudget"
}
