package main

var first = value("first", 1)
var second = value("second", 0)
var third = value("third", 3)

func value(name string, n int) int {
	println("initialising", name)
	if n == 0 {
		panic("bad value for " + name)
	}
	return n
}

func init() {
	println("init never runs")
}

func main() {
	println("main never runs", first, second, third)
}
