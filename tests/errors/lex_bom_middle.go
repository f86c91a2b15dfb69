// A byte order mark is allowed only at the start of a file.
package main

﻿func main() {} // ERROR "invalid BOM in the middle of the file"
