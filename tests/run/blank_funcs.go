// Functions named _ are checked and compile to nothing, however many.
package main

func _() {}

func _() {}

func main() {
	println("ok")
}
