# gocc's binary: its ELF sections in KB, its segments, and its size stripped.
# requires: readelf
gocc build hello.go
ls -l hello | awk '{print $9, $5, "bytes"}'
size -A hello | awk 'NR > 2 && $2 > 0 {printf "%-12s %5.1f KB\n", $1, $2/1024}'
readelf -lW hello | grep -E 'Offset|LOAD'
strip -o hello_stripped hello
ls -l hello_stripped | awk '{print $9, $5, "bytes"}'
