package main

// Untyped float constants are exact; run-time float64 arithmetic rounds.

const tenth = 0.1
const fifth = 0.2
const third = 1.0 / 3

func main() {
	println("const 0.1+0.2 == 0.3:", tenth+fifth == 0.3)
	a, b := 0.1, 0.2
	println("run-time 0.1+0.2 == 0.3:", a+b == 0.3)
	println("const third*3 == 1:", third*3 == 1)
	const c3 = 0.1 * 3
	println("const 0.1*3 == 0.3:", c3 == 0.3)
	t := 0.1
	println("run-time 0.1*3 == 0.3:", t*3 == 0.3)
	const huge = 1e300 * 1e300
	println("1e300*1e300/1e300 (const):", huge/1e300)
	const tiny = 1e-300 * 1e-300
	println("1e-300*1e-300*1e300*1e300 (const):", tiny*1e300*1e300)
	const x = 1 << 62
	println("float64(1<<62):", float64(x))
	const f = 2.5
	println("int(const 2.5*2):", int(f*2))
	const i = 7 / 2.0
	println("7 / 2.0:", i)
	const j = 7 / 2
	println("7 / 2:", j)
	const mixed = 1 + 0.5
	println("1 + 0.5:", mixed)
	var f32 float32 = third
	var f64 float64 = third
	println("third as float32 and float64:", f32, f64)
	println("float64(float32(third)) == third:", float64(f32) == f64)
	const e = 2.718281828459045235360287471352662497757247093699959574966
	println("e:", e)
	const exactInt = 1e18
	var n int64 = exactInt
	println("1e18 as int64:", n)
	const ratio = 22.0 / 7
	println("const 22/7*7 converts to int exactly:", int(ratio*7))
	rr := ratio
	println("run-time int(22/7*100):", int(rr*100))
	var small float32 = 1e-40
	println("float32 denormal 1e-40:", small)
	const dblQuarter = 0.25 * 4
	var count int = dblQuarter
	println("0.25*4 as int:", count)
	println("const division result kind:", 3/2, 3.0/2, 3/2.0)
	const r = 'a' * 2.0
	println("'a' * 2.0:", r)
	println("float const compare:", 1.0 == 1, 0.1*3 == 0.3, 1e10 == 10000000000)
}
