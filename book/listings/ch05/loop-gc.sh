# The same lines in gc.
# requires: go
go build -gcflags=-S -o /dev/null account.go 2>&1 | sed "s|$PWD/||" |
	awk -v f="main.measureByRef main.measureByValue" -v brief=1 -f func.awk |
	grep -E "STEXT|account.go:(18|23|38|39|51|52)\)"
