# checkroots_nomap: with GOCCDEBUG=checkroots, a Go frame whose return PC
# has no stack-map record is a fatal error: every call site in compiled
# code must have one, even with no slots. Here main.g's record is missing.
# env: GOCCDEBUG=checkroots=1
#
# The Go program this plays the compiler for (/gocc/smoke/nomap.go):
#
#	1	package main
#	2
#	3	func g() *int {
#	4		return new(int)
#	5	}
#	6
#	7	func main() {
#	8		println(*g())
#	9	}
	.intel_syntax noprefix

	.text
	.globl "main.g"
"main.g":
	push rbp
	mov rbp, rsp
	mov rax, [r15 + 16]
	cmp rsp, rax
	jbe .Lg_more
.Lg_body:
.Lg_4:	lea rdi, [rip + "type:int"]
	call "runtime.newobject"          # no stack map for this call
	pop rbp
	ret
.Lg_more:
	call "runtime.morestack_noctxt"
	jmp .Lg_body
.Lg_end:

	.globl "main.main"
"main.main":
	push rbp
	mov rbp, rsp
	mov rax, [r15 + 16]
	cmp rsp, rax
	jbe .Lmain_more
.Lmain_body:
.Lmain_8:
	call "main.g"
.Lmain_ret1:
	mov rdi, [rax]
	push rdi
	push rdi
	call "runtime.printlock"
.Lmain_ret2:
	mov rdi, [rsp]
	call "runtime.printint"
.Lmain_ret3:
	call "runtime.printnl"
.Lmain_ret4:
	call "runtime.printunlock"
.Lmain_ret5:
	add rsp, 16
	pop rbp
	ret
.Lmain_more:
	call "runtime.morestack_noctxt"
.Lmain_ret6:
	jmp .Lmain_body
.Lmain_end:

	.globl "main.init"
"main.init":
	ret

	.section .rodata
	.p2align 3
	.globl "type:int"
"type:int":
	.quad 8, 0
	.long 0
	.byte 0, 8, 8, 2
	.quad 0, 0
	.quad .Ltname, 3
	.quad 0
.Ltname:	.ascii "int"

.Lfile:		.ascii "/gocc/smoke/nomap.go"
.Lfile_end:
.Lname_g:	.ascii "main.g"
.Lname_main:	.ascii "main.main"
	.p2align 3
.Lpcln_g:	.long 0, 3, -1, .Lg_4 - "main.g", 4, -1, .Lg_more - "main.g", 3, -1
.Lpcln_main:	.long 0, 7, -1, .Lmain_8 - "main.main", 8, -1, .Lmain_more - "main.main", 7, -1
.Lmaps_main:
	.long .Lmain_ret1 - "main.main", 0
	.long .Lmain_ret2 - "main.main", 0
	.long .Lmain_ret3 - "main.main", 0
	.long .Lmain_ret4 - "main.main", 0
	.long .Lmain_ret5 - "main.main", 0
	.long .Lmain_ret6 - "main.main", 0

	.p2align 3
	.globl "runtime.firstmoduledata"
"runtime.firstmoduledata":
	.quad .Lftab, 2
.Lftab:
	.quad "main.g"                                # entry
	.long .Lg_end - "main.g", 0                   # size, frame
	.quad .Lname_g, 6                             # name
	.quad .Lfile, .Lfile_end - .Lfile             # file
	.quad .Lpcln_g                                # pcln
	.long 3, 0                                    # npcln, nargs
	.quad 0                                       # stackmaps: none
	.long 0, 0                                    # nstackmaps, flags
	.quad 0, 0						# inltree; ninltree, pad
	.quad "main.main"
	.long .Lmain_end - "main.main", 0
	.quad .Lname_main, 9
	.quad .Lfile, .Lfile_end - .Lfile
	.quad .Lpcln_main
	.long 3, 0
	.quad .Lmaps_main
	.long 6, 0
	.quad 0, 0						# inltree; ninltree, pad

	.globl "main..inittask"
"main..inittask":
	.long 0, 1
	.quad "main.init"

	.section .note.GNU-stack,"",@progbits
