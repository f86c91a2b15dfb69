package main

func main() {
	println("Hello Cloud Billing")
}
