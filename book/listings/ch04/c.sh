# add2 in C: c lives in add2's frame, which is gone when add2 returns.
# requires: gcc
gcc --version | head -1
gcc -o add2 add2.c
./add2
