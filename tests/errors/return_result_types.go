package main

type N int

func pair() (int, string) { return 1, "s" }

func named() (N, any) {
	return pair() // ERROR "cannot use 1st function result \(value of type int\) as N value in return statement"
}

func main() {
	named()
}
