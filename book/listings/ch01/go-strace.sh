# gc's hello: how many rt_sigaction calls, and whether the main thread clones.
# requires: go strace
go build -o hello_gc hello.go
strace -o trace.txt ./hello_gc
grep -c rt_sigaction trace.txt
grep -o '^clone' trace.txt | sort -u
