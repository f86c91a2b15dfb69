// gc's wording for misused builtins, index bounds, blank identifiers,
// range over a constant and constants that do not fit their operand.
package main

func main() {
	x := 1
	var u uint = 1
	var arr [2]int
	_ = append(x, 1)          // ERROR "invalid append: argument must be a slice; have x \(variable of type int\)"
	_ = [2]int{1, 2, 3}       // ERROR "index 2 is out of bounds \(>= 2\)"
	_ = make(int)             // ERROR "invalid argument: cannot make int: type must be slice, map, or channel"
	copy([]int{}, []string{}) // ERROR "invalid copy: arguments \[\]int\{\} \(value of type \[\]int\) and \[\]string\{\} \(value of type \[\]string\) have different element types int and string"
	y := _                    // ERROR "cannot use _ as value or type"
	for i, j := range 10 {    // ERROR "range over 10 \(untyped int constant\) permits only one iteration variable"
		_, _ = i, j
	}
	_ = arr[1.5] // ERROR "1\.5 \(untyped float constant\) truncated to int"
	_ = x + 1.5  // ERROR "1\.5 \(untyped float constant\) truncated to int"
	_ = u + -1   // ERROR "\-1 \(untyped int constant\) overflows uint"
	_ = y
}
