// Names of an imported package: only exported ones, and not the
// unexported fields of its types; its types are printed qualified.
package main

import "time"

func main() {
	t := time.Now()
	println(t.wall)            // ERROR "t.wall undefined \(cannot refer to unexported field wall\)"
	println(time.runtimeNano()) // ERROR "undefined: time.runtimeNano"
	println(time.NoSuchThing)   // ERROR "undefined: time.NoSuchThing"
	var d time.Duration = "x"   // ERROR "cannot use \"x\" \(untyped string constant\) as time.Duration value in variable declaration"
	_ = d
}
