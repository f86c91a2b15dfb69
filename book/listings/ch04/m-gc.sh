# gc's.
# requires: go
go build -gcflags=-m -o /dev/null add2.go
