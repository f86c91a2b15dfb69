# Plan 9 beside Intel: gocc's listing of main.store and objdump's
# disassembly of the linked function, one instruction a line.
# requires: objdump
gocc build moves.go
gocc -S -func=store moves.go | awk -F'\t' 'NF >= 3 && $3 != "TEXT" { print $3 " " $4 }' > plan9.txt
objdump -d -M intel --no-show-raw-insn --disassemble=main.store moves |
	awk -F'\t' 'NF >= 2 { gsub(/ +/, " ", $2); print $2 }' > intel.txt
paste plan9.txt intel.txt | awk -F'\t' '{ printf "%-35s %s\n", $1, $2 }'
