# gc's sum3: c goes to its spill slot across the call, and the morestack
# path spills and reloads all three arguments.
# requires: go
go build -gcflags=-S -o /dev/null add.go 2>&1 | sed "s|$PWD/||" | awk -v f=main.sum3 -v brief=1 -f func.awk
