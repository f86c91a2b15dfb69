# gc's listing of main.store. go build -gcflags=-S prints every function
# and data symbol of the package on stderr: sed shortens the file names
# (to the name gocc prints) and func.awk keeps main.store.
# requires: go
go version
go build -gcflags=-S -o /dev/null moves.go 2>&1 | sed "s|$PWD/||" | awk -v f=main.store -f func.awk
