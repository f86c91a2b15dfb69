// Neither init nor main may be declared as a type.
package main

type init int // ERROR "cannot declare init - must be func"

type main string // ERROR "cannot declare main - must be func"
