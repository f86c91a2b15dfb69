package main

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		sum += i
	}
	println("three-clause sum 0..9:", sum)

	n := 27
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	println("collatz(27) steps with a condition loop:", steps)

	count := 0
	for {
		count++
		if count == 7 {
			break
		}
	}
	println("infinite loop broken at:", count)

	odd := 0
	for i := 0; i < 20; i++ {
		if i%2 == 0 {
			continue
		}
		odd += i
	}
	println("sum of odd < 20 with continue:", odd)

	k := 0
	for k < 5 {
		k++
	}
	println("cond-only loop k:", k)

	i := 0
	for ; i < 3; i++ {
	}
	println("empty init and body, i:", i)
	j := 10
	for j > 0 {
		j -= 3
	}
	println("j after loop:", j)
	for m := 100; ; m /= 2 {
		if m < 10 {
			println("no condition, m:", m)
			break
		}
	}
	x := 0
	for x < 100 {
		x = x*2 + 1
	}
	println("x:", x)

	for a := 1; a <= 4; a++ {
		for b := 1; b <= 4; b++ {
			print(a*b, " ")
		}
		println()
	}

	var u uint8
	iterations := 0
	for u = 250; u != 4; u++ {
		iterations++
	}
	println("uint8 loop across wraparound:", iterations)

	total := 0
	for i, j := 0, 10; i < j; i, j = i+1, j-1 {
		total += j - i
	}
	println("two variables:", total)
	loopVar := 0
	for loopVar = 0; loopVar < 5; loopVar++ {
	}
	println("loop variable declared outside:", loopVar)
	for f := 0.0; f < 1; f += 0.25 {
		print(f, " ")
	}
	println()
}
