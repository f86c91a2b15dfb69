package main

func describe(n int) {
	print(n, ":")
	switch n {
	case 0:
		print(" zero")
		fallthrough
	case 1:
		print(" at-most-one")
		fallthrough
	case 2:
		print(" at-most-two")
	case 3:
		print(" three")
		fallthrough
	default:
		print(" default")
	case 4:
		print(" four")
		fallthrough
	case 5:
		print(" five-ish")
	}
	println()
}

func main() {
	for i := 0; i <= 6; i++ {
		describe(i)
	}

	no, yes := false, true
	switch {
	case no:
		println("not printed")
		fallthrough
	case yes:
		println("tagless true")
		fallthrough
	case no:
		println("fallthrough ignores the case condition")
	}

	count := 0
	for i := 0; i < 10; i++ {
		switch {
		case i%2 == 0:
			continue
		case i == 7:
			break
		default:
			count++
			if i > 7 {
				break
			}
			count += 100
		}
		println("i =", i, "count =", count)
	}
	println("final count:", count)

	x := 2
	switch x {
	case 2:
		if x > 1 {
			println("break out of the middle of a case")
			break
		}
		println("not printed")
	case 3:
		println("not printed")
	}
}
