package main

type MyInt int
type Celsius float64
type Fahrenheit float64
type Name string
type Flag bool
type Byte uint8
type Meters int32
type Feet int32

func CToF(c Celsius) Fahrenheit {
	return Fahrenheit(c*9/5 + 32)
}

func FToC(f Fahrenheit) Celsius {
	return Celsius((f - 32) * 5 / 9)
}

func double(n MyInt) MyInt {
	return n * 2
}

func greet(n Name) Name {
	return "hello, " + n
}

func toggle(f Flag) Flag {
	return !f
}

func main() {
	var n MyInt = 21
	println("double(21):", double(n), "as int:", int(double(n))+1)
	m := MyInt(7)
	m += 3
	m *= m
	println("MyInt arithmetic:", m, m/3, m%3, m > n)
	plain := 5
	println("conversion both ways:", MyInt(plain)+n, int(n)+plain)

	var c Celsius = 100
	println("100C in F:", CToF(c))
	println("212F in C:", FToC(212))
	println("-40C in F:", CToF(-40))
	f := Fahrenheit(c)
	println("Fahrenheit(Celsius(100)) is a plain conversion:", f)
	var body Celsius = 37
	println("body temp in F:", CToF(body), "compare:", CToF(body) > 98)

	var nm Name = "gopher"
	println(greet(nm), len(greet(nm)))
	s := string(nm) + "s"
	println("string(Name) + s:", s, Name(s) == nm+"s")
	println("Name comparisons:", nm < "zebra", nm == Name("gopher"))

	var flag Flag = true
	println("Flag:", flag, toggle(flag), !flag && flag, bool(flag) || false)
	if toggle(toggle(flag)) {
		println("Flag used as a condition")
	}

	var b Byte = 250
	b += 10
	println("Byte 250+10:", b, "as uint8:", uint8(b), "^b:", ^b)

	var dist Meters = 1000
	ft := Feet(dist * 328 / 100)
	println("1000 m is about", ft, "ft")
	var big Meters = 2147483647
	big++
	println("Meters (int32) max+1:", big)
	println("Celsius(MyInt):", Celsius(n)/2, "MyInt(Celsius 3.9):", MyInt(Celsius(3.9)+c-c))
}
