// Negative constants converted or assigned to unsigned types.
package main

func main() {
	var u uint = -1     // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
	u = -1              // ERROR "cannot use -1 \(untyped int constant\) as uint value in assignment \(overflows\)"
	_ = uint8(-1)       // ERROR "constant -1 overflows uint8"
	var up uintptr = -8 // ERROR "cannot use -8 \(untyped int constant\) as uintptr value in variable declaration \(overflows\)"
	const k uint = 0
	_ = k - 1 // ERROR "k - 1 \(constant -1 of type uint\) overflows uint"
	_ = -k    // fine: -0 is 0
	println(u, up)
}
