package main

const (
	A = iota
	B
	C
)

const (
	_ = iota
	One
	Two
	_
	Four
	Five
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
)

const (
	_  = iota
	K2 = 1 << (10 * iota)
	M2
	G2
)

const (
	Low, High = iota, iota * 10
	Low2, High2
	Low3, High3
)

const (
	X = 100
	Y = iota
	Z
	W = "str"
	V = iota
)

const (
	Sq0 = iota * iota
	Sq1
	Sq2
	Sq3
	Sq4
)

const Single = iota

const (
	Half0 = float64(iota) / 2
	Half1
	Half2
	Half3
)

const (
	Neg0 = -iota
	Neg1
	Neg2
)

func main() {
	println("A B C:", A, B, C)
	println("One Two Four Five:", One, Two, Four, Five)
	println("KB MB GB TB:", KB, MB, GB, TB)
	println("K2 M2 G2:", K2, M2, G2)
	println("Low/High pairs:", Low, High, Low2, High2, Low3, High3)
	println("X Y Z W V:", X, Y, Z, W, V)
	println("squares:", Sq0, Sq1, Sq2, Sq3, Sq4)
	println("Single:", Single)
	println("halves:", Half0, Half1, Half2, Half3)
	println("negatives:", Neg0, Neg1, Neg2)
	println("TB / GB:", TB/GB)
}
