# An ABI0 function written in assembly, which calls add, through gc's
# assembler.
# requires: go
cd abi0
go tool asm -S -p main -I "$(go env GOROOT)/pkg/include" -o addABI0.o addABI0_amd64.s | awk -v f=main.addABI0 -v brief=1 -f ../func.awk
