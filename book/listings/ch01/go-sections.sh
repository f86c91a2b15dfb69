# Where gc's 1.9 MB go: its ELF sections, in KB, and its runtime's functions.
# requires: go
go build -o hello_gc hello.go
size -A hello_gc | awk 'NR > 2 && $2 > 0 {printf "%-20s %6.1f KB\n", $1, $2/1024}'
nm hello_gc | grep -c ' [Tt] runtime\.'
