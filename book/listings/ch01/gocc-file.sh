# What file(1) says about gocc's binary.
# requires: file
gocc build hello.go
file hello
