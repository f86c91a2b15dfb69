// A lookup with an unhashable key in an empty map: gc's mapKeyError,
// "hash of unhashable type: []int" without the runtime error prefix.
package main

func main() {
	m := map[any]int{}
	var k any = []int{1}
	println(m[k])
}
