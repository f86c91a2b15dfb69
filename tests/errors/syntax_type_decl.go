// A type declaration without a type.
package main

type T // ERROR "syntax error: unexpected newline in type declaration"

func main() {}
