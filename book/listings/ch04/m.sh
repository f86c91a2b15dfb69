# gocc's escape analysis decisions, in gc's words.
gocc -m add2.go
