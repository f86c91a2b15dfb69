package main

var order = record("package var order", 0)

var counter int

func record(what string, n int) int {
	counter++
	println(counter, what, n)
	return counter
}

func init() {
	record("first init, sees order =", order)
}

var second = record("package var second (declared after first init)", 0)

func init() {
	record("second init, sees second =", second)
	counter += 100
}

func helper() int {
	return counter
}

func init() {
	record("third init, counter via helper =", helper())
}

func main() {
	record("main, counter =", counter)
	println("done")
}
