package main

func sumTo(n int) int {
	i, s := 0, 0
loop:
	if i > n {
		return s
	}
	s += i
	i++
	goto loop
}

func firstDivisor(n int) int {
	d := 2
	for {
		if d*d > n {
			goto prime
		}
		if n%d == 0 {
			goto found
		}
		d++
	}
found:
	return d
prime:
	return n
}

func state(input string) int {
	i := 0
	ones := 0
start:
	if i == len(input) {
		goto done
	}
	if input[i] == '1' {
		i++
		goto one
	}
	i++
	goto start
one:
	ones++
	goto start
done:
	return ones
}

func main() {
	println("sumTo(100):", sumTo(100))
	println("firstDivisor(91):", firstDivisor(91), "firstDivisor(97):", firstDivisor(97))
	println("ones in 1011011:", state("1011011"))

	n := 0
	goto skip
skip:
	n++
	if n < 3 {
		goto skip
	}
	println("n after backward gotos:", n)

	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if i*j == 2 {
				println("leaving nested loops at", i, j)
				goto out
			}
		}
	}
out:
	println("after out")
	k := 0
	{
	inner:
		k++
		if k < 5 {
			goto inner
		}
	}
	println("goto inside a block:", k)
}
