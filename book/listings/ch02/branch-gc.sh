# gc's clamp and sum.
# requires: go
go build -gcflags=-S -o /dev/null index.go 2>&1 | sed "s|$PWD/||" | awk -v f="main.clamp main.sum" -v brief=1 -f func.awk
