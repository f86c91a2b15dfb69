package main

func main() {
	var fits [131072]byte
	var over [131073]byte
	fits[0] = 1
	over[0] = 2
	println(fits[0], over[0])
}
