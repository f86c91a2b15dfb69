# gocc's main: the call to add, and what it keeps across the next calls.
gocc -S -func=main add.go
gocc run add.go
