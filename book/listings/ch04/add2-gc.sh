# add2 in gc.
# requires: go
go build -gcflags=-S -o /dev/null add2.go 2>&1 | sed "s|$PWD/||" | awk -v f=main.add2 -v brief=1 -f func.awk
