# gocc's listing of one function, main.store, in Plan 9 syntax.
gocc -S -func=store moves.go
