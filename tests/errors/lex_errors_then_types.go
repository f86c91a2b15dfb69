// The scanner's errors do not stop the compile: type checking still runs
// and its errors are reported beside them, as gc does.
package main

func main() {
	x€ := 1 // ERROR "declared and not used: x€" "invalid character U\+20AC '€' in identifier"
}
