package main

// panic with a plain string value: gc prints "panic: " and the string, then
// the traceback of the panicking goroutine, and exits with status 2.

func validate(n int) string {
	if n%7 == 0 {
		return "multiple of seven"
	}
	return ""
}

func main() {
	println("before the panic")
	for i := 1; i < 10; i++ {
		if msg := validate(i); msg != "" {
			println("found", i)
			msg = "something went wrong: " + msg
			println("message length:", len(msg))
			panic(msg)
		}
		println("checked", i)
	}
	println("not reached")
}
