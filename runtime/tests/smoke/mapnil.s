# mapnil: reading a nil map gives zero values; assigning to one panics with
# gc's plain (unprefixed) error. The Go program this plays the compiler for
# (/gocc/smoke/mapnil.go):
#
#	1	package main
#	2
#	3	func main() {
#	4		var m map[string]int
#	5		println(m["x"], len(m))
#	6		m["a"] = 1
#	7	}
	.intel_syntax noprefix
	.text
	.globl "main.main"
	.type "main.main",@function
"main.main":
	push rbp
	mov rbp, rsp
	mov rax, [r15 + 16]               # the stack check: SP <= g.stackguard0?
	cmp rsp, rax
	jbe .Lmore
.Lbody:
	sub rsp, 32                       # [rbp-16]: a string key
.L5:
	lea rax, [rip + .Lx]
	mov [rbp - 16], rax
	mov qword ptr [rbp - 8], 1
	lea rdi, [rip + "type:map[string]int"]
	xor esi, esi                      # m == nil
	lea rdx, [rbp - 16]
	call "runtime.mapaccess1"
	mov rax, [rax]
	mov [rbp - 24], rax
	call "runtime.printlock"
	mov rdi, [rbp - 24]
	call "runtime.printint"
	call "runtime.printsp"
	xor edi, edi                      # len(m): the compiler tests for nil
	call "runtime.printint"
	call "runtime.printnl"
	call "runtime.printunlock"
.L6:
	lea rax, [rip + .La]
	mov [rbp - 16], rax
	mov qword ptr [rbp - 8], 1
	lea rdi, [rip + "type:map[string]int"]
	xor esi, esi
	lea rdx, [rbp - 16]
	call "runtime.mapassign"
	mov qword ptr [rax], 1
	leave
	ret
.Lmore:
	call "runtime.morestack_noctxt"
	jmp .Lbody
.Lmain_end:

	.globl "main.init"
"main.init":
	ret

	.section .rodata
.Lx:	.ascii "x"
.La:	.ascii "a"
	.p2align 3
.Lptr1:	.byte 0b1
	.p2align 3
"type:int":
	.quad 8, 0                         # size, ptr_bytes
	.long 0                            # hash
	.byte 0, 8, 8, 2                   # tflag, align, field_align, kind
	.quad 0, 0                         # equal, gcdata
	.quad .Lint, 3                     # str
	.quad 0                            # elem
"type:string":
	.quad 16, 8
	.long 0
	.byte 0, 8, 8, 24
	.quad 0, .Lptr1
	.quad .Lstring, 6
	.quad 0
"type:map[string]int":                 # abi.MapType
	.quad 8, 8
	.long 0
	.byte 0, 8, 8, 21
	.quad 0, .Lptr1
	.quad .Lmap, 14
	.quad "type:int"                   # elem
	.quad "type:string"                # key
.Lint:		.ascii "int"
.Lstring:	.ascii "string"
.Lmap:		.ascii "map[string]int"

.Lfile:		.ascii "/gocc/smoke/mapnil.go"
.Lfile_end:
.Lname_main:	.ascii "main.main"
	.p2align 3
.Lpcln_main:	.long 0, 3, -1, .L5 - "main.main", 5, -1, .L6 - "main.main", 6, -1, .Lmore - "main.main", 3, -1

	.globl "runtime.firstmoduledata"
"runtime.firstmoduledata":
	.quad .Lftab, 1
.Lftab:
	.quad "main.main"                          # entry
	.long .Lmain_end - "main.main", 32         # size, frame
	.quad .Lname_main, 9                       # name
	.quad .Lfile, .Lfile_end - .Lfile          # file
	.quad .Lpcln_main                          # pcln
	.long 4, 0                                 # npcln, nargs
	.quad 0                                    # stackmaps
	.long 0, 0                                 # nstackmaps, flags
	.quad 0, 0						# inltree; ninltree, pad

	.section .note.GNU-stack,"",@progbits

	# The init functions runtime.main runs (gc's initTask): main.init only.
	.section .rodata
	.p2align 3
	.globl "main..inittask"
"main..inittask":
	.long 0, 1
	.quad "main.init"
