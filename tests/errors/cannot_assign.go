// Assignments to things that are not variables.
package main

const c = 1

func f() int { return 1 }

func main() {
	c = 2   // ERROR "cannot assign to c \(neither addressable nor a map index expression\)"
	c++     // ERROR "cannot assign to c \(neither addressable nor a map index expression\)"
	c += 1  // ERROR "cannot assign to c \(neither addressable nor a map index expression\)"
	f() = 3 // ERROR "cannot assign to f\(\) \(neither addressable nor a map index expression\)"
	1 = 2   // ERROR "cannot assign to 1 \(neither addressable nor a map index expression\)"
	var i int
	i + 1 = 2    // ERROR "cannot assign to i \+ 1 \(neither addressable nor a map index expression\)"
	f = f        // ERROR "cannot assign to f \(neither addressable nor a map index expression\)"
	true = false // ERROR "cannot assign to true \(neither addressable nor a map index expression\)"
	(i) = 1      // fine
}
