// Statements are not allowed at package level.
package main

println("hi") // ERROR "syntax error: non-declaration statement outside function body"

func main() {
}
