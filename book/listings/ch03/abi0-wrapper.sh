# The ABI0 wrapper gc generates for add, because assembly calls it; and
# the program, with the line that the ABI0 call printed.
# requires: go
cd abi0
cp ../add.go .
go build -gcflags=-S -o add_gc . 2>&1 | sed "s|$PWD/||" | awk -v f=main.add -v has=ABIWRAPPER -v brief=1 -f ../func.awk
./add_gc
