# The same two functions in gc: nine integer registers for arguments and
# results.
# requires: go
go build -gcflags=-S -o /dev/null more.go 2>&1 | sed "s|$PWD/||" | awk -v f="main.split main.sum8" -v brief=1 -f func.awk
