package main

const typedInt8 int8 = 100
const typedUint16 uint16 = 65000
const typedFloat32 float32 = 0.1
const typedString string = "typed"
const typedBool bool = true

const untypedRune = 'x'
const untypedFloat = 2.5
const untypedString = "untyped"
const untypedBool = 1 < 2

const lenConst = len("hello, 世界")

const (
	a = 5
	b = a * 2
	c = b - a/2
	d = float64(c) / 4
	e = "c=" + "12"
	f = a > 3 && b < 20
)

type Celsius float64

const Boiling Celsius = 100
const Freezing = Celsius(0)

func main() {
	println("typed int8 100:", typedInt8, "plus a*4 (const):", typedInt8+int8(a)*4)
	v16 := typedUint16
	println("typed uint16:", typedUint16, "+ 536 wraps at run time:", v16+uint16(a)*100+36)
	println("typed float32 0.1:", typedFloat32)
	println("typed string/bool:", typedString, typedBool)
	println("untyped rune prints as int32:", untypedRune, "as string:", string(rune(untypedRune)))
	println("untyped float:", untypedFloat, "untyped string:", untypedString, "untyped bool:", untypedBool)
	println("len of const string:", lenConst)
	println("a b c d e f:", a, b, c, d, e, f)
	println("Boiling, Freezing:", Boiling, Freezing, "diff:", Boiling-Freezing)
	var x int8 = typedInt8
	x += 27
	println("int8 100+27:", x)
	x++
	println("int8 127+1:", x)
	var r = untypedRune
	r += 2
	println("rune var 'x'+2:", r)
	var fl = untypedFloat
	fl *= 3
	println("float var 2.5*3:", fl)
	var u uint = a << 60
	println("uint a<<60:", u)
	const shiftBase = 3
	var s uint = 4
	var y int64 = shiftBase << s
	println("untyped const shifted by run-time count, typed by context:", y)
	var z int = 1.0 << s
	println("1.0 << s in an int context:", z)
	println("constant comparison folds:", typedUint16 > 60000, lenConst == 13)
	println("max values:", int8(127), uint8(255), int16(32767), uint16(65535), int32(2147483647), uint32(4294967295))
}
