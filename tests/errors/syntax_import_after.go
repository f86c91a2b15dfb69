// An import after other declarations.
package main

func main() {}

import "runtime" // ERROR "syntax error: imports must appear before other declarations"
