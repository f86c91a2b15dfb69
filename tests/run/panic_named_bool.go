package main

// panic with a value of a named bool type prints main.Flag(true).

type Flag bool

func flip(f Flag, times int) Flag {
	for i := 0; i < times; i++ {
		f = !f
	}
	return f
}

func main() {
	var f Flag = false
	println("flag:", f)
	f = flip(f, 3)
	println("flipped three times:", f)
	if f {
		panic(f)
	}
	println("not reached")
}
