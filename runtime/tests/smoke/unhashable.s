# unhashable: a map key whose dynamic type cannot be hashed panics with
# gc's runtime error. The Go program this plays the compiler for
# (/gocc/smoke/unhashable.go):
#
#	1	package main
#	2
#	3	func main() {
#	4		m := map[any]int{}
#	5		m[1] = 2
#	6		var k any = []int{1}
#	7		m[k] = 3
#	8	}
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
	sub rsp, 32                       # [rbp-8]: m; [rbp-32]: an any key
.L4:
	lea rdi, [rip + "type:map[interface {}]int"]
	xor esi, esi
	xor edx, edx
	call "runtime.makemap"
	mov [rbp - 8], rax
.L5:
	lea rax, [rip + "type:int"]
	mov [rbp - 32], rax
	lea rax, [rip + .Lone]
	mov [rbp - 24], rax
	lea rdi, [rip + "type:map[interface {}]int"]
	mov rsi, [rbp - 8]
	lea rdx, [rbp - 32]
	call "runtime.mapassign"
	mov qword ptr [rax], 2
.L6:
	lea rax, [rip + "type:[]int"]
	mov [rbp - 32], rax
	lea rax, [rip + .Lslice]           # the boxed slice header
	mov [rbp - 24], rax
.L7:
	lea rdi, [rip + "type:map[interface {}]int"]
	mov rsi, [rbp - 8]
	lea rdx, [rbp - 32]
	call "runtime.mapassign"
	mov qword ptr [rax], 3
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
	.p2align 3
.Lone:		.quad 1
.Lslice:	.quad .Lone, 1, 1
.Lptr1:		.byte 0b1
.Lptr11:	.byte 0b11
	.p2align 3
"type:int":
	.quad 8, 0                         # size, ptr_bytes
	.long 0                            # hash
	.byte 0, 8, 8, 2                   # tflag, align, field_align, kind
	.quad 0, 0                         # equal, gcdata
	.quad .Lint, 3                     # str
	.quad 0                            # elem
"type:[]int":
	.quad 24, 8
	.long 0
	.byte 0, 8, 8, 23
	.quad 0, .Lptr1
	.quad .Lsliceint, 5
	.quad "type:int"
"type:interface {}":
	.quad 16, 16
	.long 0
	.byte 0, 8, 8, 20
	.quad 0, .Lptr11
	.quad .Lany, 12
	.quad 0
"type:map[interface {}]int":           # abi.MapType
	.quad 8, 8
	.long 0
	.byte 0, 8, 8, 21
	.quad 0, .Lptr1
	.quad .Lmap, 20
	.quad "type:int"                   # elem
	.quad "type:interface {}"          # key
.Lint:		.ascii "int"
.Lsliceint:	.ascii "[]int"
.Lany:		.ascii "interface {}"
.Lmap:		.ascii "map[interface {}]int"

.Lfile:		.ascii "/gocc/smoke/unhashable.go"
.Lfile_end:
.Lname_main:	.ascii "main.main"
	.p2align 3
.Lpcln_main:	.long 0, 3, -1, .L4 - "main.main", 4, -1, .L5 - "main.main", 5, -1, .L6 - "main.main", 6, -1
		.long .L7 - "main.main", 7, -1, .Lmore - "main.main", 3, -1

	.globl "runtime.firstmoduledata"
"runtime.firstmoduledata":
	.quad .Lftab, 1
.Lftab:
	.quad "main.main"                          # entry
	.long .Lmain_end - "main.main", 32         # size, frame
	.quad .Lname_main, 9                       # name
	.quad .Lfile, .Lfile_end - .Lfile          # file
	.quad .Lpcln_main                          # pcln
	.long 6, 0                                 # npcln, nargs
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
