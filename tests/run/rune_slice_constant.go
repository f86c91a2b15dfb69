// []rune of a constant string is gc's slice literal of its runes: its
// capacity is its length, whether it escapes or not.
package main

func main() {
	s := []rune("héllo")
	println(len(s), cap(s))
	b := []byte("héllo")
	println(len(b), cap(b))
	s = append(s, 'x')
	println(cap(s))
}
