# The same C program linked statically, as every Go binary is.
# requires: gcc objdump
gcc -static -o hello_c_static hello.c
./hello_c_static
ls -l hello_c_static | awk '{print $9, int($5/1024 + 0.5), "KB"}'
objdump -d hello_c_static | wc -l
objdump -f hello_c_static | grep start
nm hello_c_static | grep -w -e _start -e __libc_start_main -e main
