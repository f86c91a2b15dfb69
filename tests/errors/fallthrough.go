// fallthrough must be the last statement of a non-final switch case.
package main

func main() {
	x := 1
	fallthrough // ERROR "fallthrough statement out of place"
	switch x {
	case 1:
		fallthrough // fine
	case 2:
		if true {
			fallthrough // ERROR "fallthrough statement out of place"
		}
	case 3:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	for {
		fallthrough // ERROR "fallthrough statement out of place"
	}
}

func other(x int) {
	switch x {
	case 1:
		fallthrough // ERROR "fallthrough statement out of place"
		println()
	case 2:
		{
			fallthrough // ERROR "fallthrough statement out of place"
		}
	case 3:
	}
	switch x {
	default:
		fallthrough // fine: default is not the last case here
	case 5:
	}
}
