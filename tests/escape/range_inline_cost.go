// Range loops in the inliner's budget: each form costs what gc's ORANGE
// node costs. Every xAtBudget costs exactly 80 and inlines; its twin
// xOverBudget costs 81 and does not (silently, at -m).
package main

func keyOnlyAtBudget(s []int, a int) (t int) { // ERROR "can inline keyOnlyAtBudget" "s does not escape"
	for i := range s {
		t += i
	}
	t += -a
	t += -a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	return
}

func keyOnlyOverBudget(s []int, a int) (t int) { // ERROR "s does not escape"
	for i := range s {
		t += i
	}
	t += -a
	t += -a
	t += -a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	return
}

func keyValueAtBudget(s []int, a int) (t int) { // ERROR "can inline keyValueAtBudget" "s does not escape"
	for i, v := range s {
		t += i + v
	}
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	return
}

func keyValueOverBudget(s []int, a int) (t int) { // ERROR "s does not escape"
	for i, v := range s {
		t += i + v
	}
	t += -a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	return
}

func blankKeyAtBudget(s []int, a int) (t int) { // ERROR "can inline blankKeyAtBudget" "s does not escape"
	for _, v := range s {
		t += v
	}
	t += -a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	return
}

func blankKeyOverBudget(s []int, a int) (t int) { // ERROR "s does not escape"
	for _, v := range s {
		t += v
	}
	t += -a
	t += -a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	return
}

func blankValueAtBudget(s []int, a int) (t int) { // ERROR "can inline blankValueAtBudget" "s does not escape"
	for i, _ := range s {
		t += i
	}
	t += -a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	return
}

func blankValueOverBudget(s []int, a int) (t int) { // ERROR "s does not escape"
	for i, _ := range s {
		t += i
	}
	t += -a
	t += -a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	return
}

func assignedAtBudget(s []int, a int) (t int) { // ERROR "can inline assignedAtBudget" "s does not escape"
	var i, v int
	for i, v = range s {
		t += i + v
	}
	t += -a
	t += -a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	return
}

func assignedOverBudget(s []int, a int) (t int) { // ERROR "s does not escape"
	var i, v int
	for i, v = range s {
		t += i + v
	}
	t += -a
	t += -a
	t += -a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	return
}

func assignedBlankKeyAtBudget(s []int, a int) (t int) { // ERROR "can inline assignedBlankKeyAtBudget" "s does not escape"
	var v int
	for _, v = range s {
		t += v
	}
	t += -a
	t += -a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	return
}

func assignedBlankKeyOverBudget(s []int, a int) (t int) { // ERROR "s does not escape"
	var v int
	for _, v = range s {
		t += v
	}
	t += -a
	t += -a
	t += -a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	return
}

func noVarsAtBudget(s []int, a int) (t int) { // ERROR "can inline noVarsAtBudget" "s does not escape"
	for range s {
		t++
	}
	t += -a
	t += -a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	return
}

func noVarsOverBudget(s []int, a int) (t int) { // ERROR "s does not escape"
	for range s {
		t++
	}
	t += -a
	t += -a
	t += -a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	return
}

func overStringAtBudget(s string, a int) (t int) { // ERROR "can inline overStringAtBudget" "s does not escape"
	for i, r := range s {
		t += i + int(r)
	}
	t += -a
	t += -a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	return
}

func overStringOverBudget(s string, a int) (t int) { // ERROR "s does not escape"
	for i, r := range s {
		t += i + int(r)
	}
	t += -a
	t += -a
	t += -a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	return
}

func overMapAtBudget(s map[int]int, a int) (t int) { // ERROR "can inline overMapAtBudget" "s does not escape"
	for k, v := range s {
		t += k * v
	}
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	return
}

func overMapOverBudget(s map[int]int, a int) (t int) { // ERROR "s does not escape"
	for k, v := range s {
		t += k * v
	}
	t += -a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	return
}

func overIntAtBudget(s int, a int) (t int) { // ERROR "can inline overIntAtBudget"
	for i := range s {
		t += i
	}
	t += -a
	t += -a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	return
}

func overIntOverBudget(s int, a int) (t int) {
	for i := range s {
		t += i
	}
	t += -a
	t += -a
	t += -a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	return
}

func overArrayPtrAtBudget(s *[4]int, a int) (t int) { // ERROR "can inline overArrayPtrAtBudget" "s does not escape"
	for i, v := range s {
		t += i * v
	}
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	return
}

func overArrayPtrOverBudget(s *[4]int, a int) (t int) { // ERROR "s does not escape"
	for i, v := range s {
		t += i * v
	}
	t += -a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	return
}

func arrayKeyOnlyAtBudget(s [4]int, a int) (t int) { // ERROR "can inline arrayKeyOnlyAtBudget"
	for i := range s {
		t += i
	}
	t += -a
	t += -a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	return
}

func arrayKeyOnlyOverBudget(s [4]int, a int) (t int) {
	for i := range s {
		t += i
	}
	t += -a
	t += -a
	t += -a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	return
}

func arrayPtrNoVarsAtBudget(s *[4]int, a int) (t int) { // ERROR "can inline arrayPtrNoVarsAtBudget" "s does not escape"
	for range s {
		t++
	}
	t += -a
	t += -a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	return
}

func arrayPtrNoVarsOverBudget(s *[4]int, a int) (t int) { // ERROR "s does not escape"
	for range s {
		t++
	}
	t += -a
	t += -a
	t += -a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	return
}

func stringBlankKeyAtBudget(s string, a int) (t int) { // ERROR "can inline stringBlankKeyAtBudget" "s does not escape"
	for _, c := range s {
		t += int(c)
	}
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	return
}

func stringBlankKeyOverBudget(s string, a int) (t int) { // ERROR "s does not escape"
	for _, c := range s {
		t += int(c)
	}
	t += -a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	return
}

func stringKeyOnlyAtBudget(s string, a int) (t int) { // ERROR "can inline stringKeyOnlyAtBudget" "s does not escape"
	for i := range s {
		t += i
	}
	t += -a
	t += -a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	return
}

func stringKeyOnlyOverBudget(s string, a int) (t int) { // ERROR "s does not escape"
	for i := range s {
		t += i
	}
	t += -a
	t += -a
	t += -a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	t += a
	return
}

func main() {
	println(keyOnlyAtBudget(nil, 1), keyOnlyOverBudget(nil, 1))                     // ERROR "inlining call to keyOnlyAtBudget"
	println(keyValueAtBudget(nil, 1), keyValueOverBudget(nil, 1))                   // ERROR "inlining call to keyValueAtBudget"
	println(blankKeyAtBudget(nil, 1), blankKeyOverBudget(nil, 1))                   // ERROR "inlining call to blankKeyAtBudget"
	println(blankValueAtBudget(nil, 1), blankValueOverBudget(nil, 1))               // ERROR "inlining call to blankValueAtBudget"
	println(assignedAtBudget(nil, 1), assignedOverBudget(nil, 1))                   // ERROR "inlining call to assignedAtBudget"
	println(assignedBlankKeyAtBudget(nil, 1), assignedBlankKeyOverBudget(nil, 1))   // ERROR "inlining call to assignedBlankKeyAtBudget"
	println(noVarsAtBudget(nil, 1), noVarsOverBudget(nil, 1))                       // ERROR "inlining call to noVarsAtBudget"
	println(overStringAtBudget("", 1), overStringOverBudget("", 1))                 // ERROR "inlining call to overStringAtBudget"
	println(overMapAtBudget(nil, 1), overMapOverBudget(nil, 1))                     // ERROR "inlining call to overMapAtBudget"
	println(overIntAtBudget(3, 1), overIntOverBudget(3, 1))                         // ERROR "inlining call to overIntAtBudget"
	println(overArrayPtrAtBudget(nil, 1), overArrayPtrOverBudget(nil, 1))           // ERROR "inlining call to overArrayPtrAtBudget"
	println(arrayKeyOnlyAtBudget([4]int{}, 1), arrayKeyOnlyOverBudget([4]int{}, 1)) // ERROR "inlining call to arrayKeyOnlyAtBudget"
	println(arrayPtrNoVarsAtBudget(nil, 1), arrayPtrNoVarsOverBudget(nil, 1))       // ERROR "inlining call to arrayPtrNoVarsAtBudget"
	println(stringBlankKeyAtBudget("", 1), stringBlankKeyOverBudget("", 1))         // ERROR "inlining call to stringBlankKeyAtBudget"
	println(stringKeyOnlyAtBudget("", 1), stringKeyOnlyOverBudget("", 1))           // ERROR "inlining call to stringKeyOnlyAtBudget"
}
