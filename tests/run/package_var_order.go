package main

// Package-level variables are initialised in dependency order: repeatedly the
// earliest variable in declaration order that depends on no uninitialised
// variable.

var a = f("a", b+c)
var b = f("b", 10)
var c = f("c", 20)
var d = f("d", 1)

func f(name string, v int) int {
	println("initialising", name, "=", v)
	return v
}

// The example from the Go spec, with d renamed.
var (
	sa = sc + sb
	sb = g()
	sc = g()
	sd = 3
)

func g() int {
	sd++
	println("g sees sd =", sd)
	return sd
}

// Dependencies through function bodies count too.
var viaFunc = readLater()
var later = f("later", 99)

func readLater() int {
	println("readLater sees later =", later)
	return later + 1
}

var x, y = pair()

func pair() (int, int) {
	println("pair called once")
	return f("x", 5), f("y", 6)
}

var chain3 = f("chain3", chain2+1)
var chain2 = f("chain2", chain1*2)
var chain1 = f("chain1", 4)

var str = greeting + ", " + target
var greeting = h("greeting", "hello")
var target = h("target", "world")

func h(name, v string) string {
	println("initialising", name, "=", v)
	return v
}

var plain = 42

func main() {
	println("main starts")
	println("a b c d:", a, b, c, d)
	println("sa sb sc sd:", sa, sb, sc, sd)
	println("viaFunc later:", viaFunc, later)
	println("x y:", x, y)
	println("chain1 chain2 chain3:", chain1, chain2, chain3)
	println("str:", str)
	println("plain:", plain)
}
