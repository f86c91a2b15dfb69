# A hand-written assembly function through gc's assembler: the listing
# shows what the assembler made of a+0(FP) and 2(PC).
# requires: go
go tool asm -S -p main -I "$(go env GOROOT)/pkg/include" -o larger.o larger_amd64.s
