# gc's hello world: the figures of the talk's first slide.
# requires: go objdump file
go version
go build -o hello_gc hello.go
./hello_gc
ls -l hello_gc | awk '{print $9, int($5/1024 + 0.5), "KB"}'
objdump -d hello_gc | wc -l
objdump -f hello_gc | grep start
nm hello_gc | grep -w _rt0_amd64_linux
file hello_gc | grep -o -e 'statically linked' -e 'with debug_info'
