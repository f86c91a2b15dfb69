// Local variables that are declared and never used, in several forms.
package main

func pair() (int, int) { return 1, 2 }

func main() {
	var a int      // ERROR "declared and not used: a"
	b := 2         // ERROR "declared and not used: b"
	c, d := pair() // ERROR "declared and not used: d"
	_ = c
	if e := 1; true { // ERROR "declared and not used: e"
	}
	for i := 0; ; { // ERROR "declared and not used: i"
		break
	}
	switch s := 3; { // ERROR "declared and not used: s"
	}
	var h int // ERROR "declared and not used: h"
	h = 4
	var k, l = 1, 2 // ERROR "declared and not used: l"
	_ = k
}
