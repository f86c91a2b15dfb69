# The same program built by gc. Go 1.27 randomizes the heap's base address;
# the experiment turns that off. sed hides the digits that change from run
# to run (which P's cache served the allocation).
# requires: go
go version
GOEXPERIMENT=norandomizedheapbase64 go build -o add2_gc add2.go
./add2_gc 2>&1 | sed -E 's/0xc000[0-9a-f]{6}/0xc000xxxxxx/'
