# What gc compiled main.main to, in the same objdump format as gocc's, and
# the main package's symbols.
# requires: go objdump
go build -o hello_gc hello.go
objdump -d -M intel --no-show-raw-insn --disassemble=main.main hello_gc | tail -n +7
nm hello_gc | grep ' main\.'
