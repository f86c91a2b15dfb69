package main

// panic with a value of a named string type: gc prints the type name and
// the quoted string, as in main.Name("...").

type Name string

func lookup(n Name) bool {
	return n == "gopher" || n == "gordon"
}

func main() {
	var n Name = "gopher"
	println("name:", n, "known:", lookup(n))
	n = n[:3] + "al"
	println("name:", n, "known:", lookup(n))
	if !lookup(n) {
		panic(n + " is lost")
	}
	println("not reached")
}
