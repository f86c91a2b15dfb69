# gc's add and main (ABIInternal), without the hex dumps, the relocations
# and FUNCDATA/PCDATA.
# requires: go
go version
go build -gcflags=-S -o /dev/null add.go 2>&1 | sed "s|$PWD/||" | awk -v f="main.add main.main" -v brief=1 -f func.awk
