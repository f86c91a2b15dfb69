package main

// A negative index held in a variable panics with the negative value in
// the message.

func find(s []string, want string) int {
	for i, v := range s {
		if v == want {
			return i
		}
	}
	return -1
}

func main() {
	names := []string{"ann", "bob", "cy"}
	i := find(names, "bob")
	println("bob is at", i, "->", names[i])
	i = find(names, "zed")
	println("zed is at", i)
	println("never printed", names[i])
}
