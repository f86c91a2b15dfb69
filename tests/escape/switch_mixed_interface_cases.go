// A switch whose cases mix interface and concrete types compares as any:
// the tag is boxed once, at the switch, and every concrete case is boxed;
// against an interface tag each case is boxed to the tag's type.
package main

type Stringer interface{ String() string }

//go:noinline
func pick(n int, want any) string { // ERROR "want does not escape"
	switch n { // ERROR "n does not escape"
	case 1: // ERROR "1 does not escape"
		return "one"
	case want:
		return "wanted"
	}
	return "other"
}

//go:noinline
func kind(v any, s Stringer) string { // ERROR "v does not escape" "s does not escape"
	switch v {
	case 2, "two": // ERROR "2 does not escape" "\"two\" does not escape"
		return "two"
	case s:
		return "stringer"
	}
	return "?"
}

func main() {
	println(pick(5, 5), kind(2, nil)) // ERROR "5 does not escape" "2 does not escape"
}
