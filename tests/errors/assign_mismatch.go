// A typed value that is not assignable to the destination's type.
package main

type Celsius float64

func takesString(s string) {}

func returnsString() string {
	n := 1
	return n // ERROR "cannot use n \(variable of type int\) as string value in return statement"
}

func main() {
	x := 1
	var s string
	s = x            // ERROR "cannot use x \(variable of type int\) as string value in assignment"
	var t string = x // ERROR "cannot use x \(variable of type int\) as string value in variable declaration"
	takesString(x)   // ERROR "cannot use x \(variable of type int\) as string value in argument to takesString"
	var f float64 = 1.5
	var c Celsius = f // ERROR "cannot use f \(variable of type float64\) as Celsius value in variable declaration"
	var i int = f     // ERROR "cannot use f \(variable of type float64\) as int value in variable declaration"
	var i64 int64
	i64 = i // ERROR "cannot use i \(variable of type int\) as int64 value in assignment"
	var r rune
	var b byte = r // ERROR "cannot use r \(variable of type rune\) as byte value in variable declaration"
	println(s, t, c, i64, b)
}
