# The same program through fmt.Println: gc's hello above holds no fmt.
# requires: go objdump
go build -o hello_fmt hello_fmt.go
./hello_fmt
ls -l hello_fmt | awk '{print $9, int($5/1024 + 0.5), "KB"}'
objdump -d hello_fmt | wc -l
