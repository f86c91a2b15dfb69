# Every system call gocc's hello makes, from execve to exit_group.
# requires: strace
gocc build hello.go
strace -o trace.txt ./hello
# Mask what changes from run to run or machine to machine: mmap addresses
# (ASLR), the environment, the CPU mask.
# (User-space mappings sit just below 0x800000000000: 0x7f..., or 0x7e...
# on some kernels; all print as 0x7f....)
sed -E 's/0x7[0-9a-f]{11}/0x7f.../g; s/\], 0x7[0-9a-f]*.*\*\//], .../; s/^(sched_getaffinity\(0, 1024,).*/\1 ...) = .../' trace.txt
# The addresses in the trace that are in the binary.
nm -C hello | grep -E ' (runtime\.m0|runtime::signal_unix::sigtrampgo|runtime\.sigreturn__sigaction)$'
