package main

func name(n int) string {
	switch n {
	case 0:
		return "zero"
	case 1, 2, 3:
		return "few"
	case 4, 5, 6, 7, 8, 9:
		return "several"
	}
	return "many"
}

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func where(n int) string {
	switch n {
	case 1:
		return "one"
	default:
		return "default in the middle"
	case 2:
		return "two"
	}
}

var calls int

func next() int {
	calls++
	return calls
}

func main() {
	for i := 0; i <= 10; i += 2 {
		println(i, name(i))
	}
	println("grades:", grade(95), grade(85), grade(75), grade(10))
	println("where:", where(1), where(2), where(3))

	switch x := 5 * 3; x {
	case 10:
		println("x is 10")
	case 15:
		println("x is 15 (init statement)")
	}

	switch y := 7; {
	case y > 5:
		println("tagless with init, y > 5")
	case y > 0:
		println("not reached")
	}

	s := "go"
	switch s + "pher" {
	case "gopher":
		println("string tag matched gopher")
	case "go":
		println("wrong")
	}

	switch {
	}
	switch 3 {
	default:
		println("only default")
	}
	switch 4 {
	case 1:
		println("no")
	}
	println("no case matched, nothing printed")

	calls = 0
	switch next() {
	case next(), next():
		println("wrong")
	case 3 - next() + 2:
		println("tag evaluated once, cases left to right, 3-4+2 == 1; calls =", calls)
	default:
		println("wrong")
	}
	calls = 0
	switch 2 {
	case next(), next(), next():
		println("matched second expression, stopped; calls =", calls)
	}

	var r rune = 'é'
	switch r {
	case 'a', 'e', 'i', 'o', 'u':
		println("ascii vowel")
	case 'é':
		println("e with acute")
	}
	switch f := 2.5; f {
	case 2.5:
		println("float switch 2.5")
	}
	var u8 uint8 = 255
	switch u8 + 1 {
	case 0:
		println("uint8 255+1 switched to case 0")
	case 255:
		println("wrong")
	}
}
