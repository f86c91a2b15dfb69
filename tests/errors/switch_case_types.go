// Switch cases must be comparable with the switch tag.
package main

func main() {
	x := 1
	s := "a"
	var b8 int8
	switch x {
	case "a": // ERROR "cannot convert \"a\" \(untyped string constant\) to type int"
	case 1.5: // ERROR "1.5 \(untyped float constant\) truncated to int"
	case s: // ERROR "invalid case s in switch on x \(mismatched types string and int\)"
	case true: // ERROR "cannot convert true \(untyped bool constant\) to type int"
	}
	switch b8 {
	case 300: // ERROR "300 \(untyped int constant\) overflows int8"
	case x: // ERROR "invalid case x in switch on b8 \(mismatched types int and int8\)"
	}
	switch {
	case x: // ERROR "invalid case x in switch on true \(mismatched types int and bool\)"
	case 1: // ERROR "cannot convert 1 \(untyped int constant\) to type bool"
	}
}
