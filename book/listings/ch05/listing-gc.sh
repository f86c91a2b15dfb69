# The same two functions in gc.
# requires: go
go build -gcflags=-S -o /dev/null account_noinline.go 2>&1 | sed "s|$PWD/||" | awk -v f="main.ByRef main.ByValue" -v brief=1 -f func.awk
