# What gocc compiled main.main to, and the other symbols it emitted.
# requires: objdump
gocc build hello.go
objdump -d -M intel --no-show-raw-insn --disassemble=main.main hello | tail -n +7
nm -S hello | grep -E ' (main\.|go:|type:|runtime\.(firstmoduledata|functab)$)'
objdump -d -M intel --no-show-raw-insn --disassemble=main.init hello | tail -n +7
