# main.store in the linked executable, with its bytes, in objdump's Intel
# syntax; and the addresses of the two symbols it refers to.
# requires: objdump
gocc build moves.go
./moves
objdump -d -M intel --disassemble=main.store moves | tail -n +7
nm moves | grep -w -e main.r -e runtime.morestack_noctxt
