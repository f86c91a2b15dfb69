# gc's load, without the hex dump, the relocations and FUNCDATA/PCDATA.
# requires: go
go build -gcflags=-S -o /dev/null moves.go 2>&1 | sed "s|$PWD/||" | awk -v f=main.load -v brief=1 -f func.awk
