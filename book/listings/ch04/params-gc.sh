# gc's.
# requires: go
go build -gcflags=-m -o /dev/null params.go
