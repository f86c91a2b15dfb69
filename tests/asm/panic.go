package main

// Panics: panic(v) boxes its argument for runtime.gopanic; run-time checks
// branch to cold blocks that call the runtime and never return.

func check(ok bool) {
	if !ok {
		panic("check failed")
	}
}

func div(a, b int) int {
	return a / b
}

func main() {
	check(div(6, 3) == 2)
	println(div(1, 0))
}
