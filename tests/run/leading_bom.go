// A byte order mark at the start of a file is ignored, as gc ignores it.
package main

func main() {
	println("after a BOM")
}
