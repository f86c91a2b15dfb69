# C hello world as a plain `gcc hello.c` builds it: dynamically linked.
# requires: gcc objdump readelf
gcc --version | head -1
gcc -o hello_c hello.c
./hello_c
ls -l hello_c | awk '{print $9, int($5/1024 + 0.5), "KB"}'
objdump -d hello_c | wc -l
objdump -d hello_c | grep '>:$'
readelf -d hello_c | grep NEEDED
