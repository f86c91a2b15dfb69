# With //go:noinline on ByRef and ByValue.
gocc -m account_noinline.go
