# gocc's inlining and escape decisions for account.go.
gocc -m account.go
