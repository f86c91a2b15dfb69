# gocc's hello world: build, run, size, length of the disassembly.
# requires: objdump
gocc version
gocc build hello.go
./hello
ls -l hello | awk '{print $9, int($5/1024 + 0.5), "KB"}'
objdump -d hello | wc -l
