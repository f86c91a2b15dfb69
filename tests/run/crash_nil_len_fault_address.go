// len through a nil pointer loads only the length word: the fault is at
// address 0x8, as in gc.
package main

func main() {
	var p *string
	println(len(*p))
}
