# gc's.
# requires: go
go version
go build -gcflags=-m -o /dev/null account.go
