# The ELF entry point of gocc's binary, and the symbol at that address.
# requires: objdump
gocc build hello.go
objdump -f hello | grep start
nm hello | grep _rt0
