# nilderef: a nil pointer dereference in a called function. The SIGSEGV
# handler makes the goroutine panic; the traceback starts at the faulting
# instruction (its own line, not the line before).
# The Go program this plays the compiler for (/gocc/smoke/nilderef.go):
#
#	1	package main
#	2
#	3	func load(p *int) int {
#	4		return *p
#	5	}
#	6
#	7	func main() {
#	8		println(load(nil))
#	9	}
	.intel_syntax noprefix
	.text
	.globl "main.load"
"main.load":
	push rbp
	mov rbp, rsp
	mov rax, [r15 + 16]
	cmp rsp, rax
	jbe .Lload_more
.Lload_body:
.Lload_4:
	mov rax, [rdi]                    # *p: faults, p is nil
	pop rbp
	ret
.Lload_more:
	call "runtime.morestack_noctxt"
	jmp .Lload_body
.Lload_end:

	.globl "main.main"
"main.main":
	push rbp
	mov rbp, rsp
	mov rax, [r15 + 16]
	cmp rsp, rax
	jbe .Lmain_more
.Lmain_body:
.Lmain_8:
	xor edi, edi
	call "main.load"
	mov rbx, rax
	call "runtime.printlock"
	mov rdi, rbx
	call "runtime.printint"
	call "runtime.printnl"
	call "runtime.printunlock"
	pop rbp
	ret
.Lmain_more:
	call "runtime.morestack_noctxt"
	jmp .Lmain_body
.Lmain_end:

	.globl "main.init"
"main.init":
	ret

	.section .rodata
.Lfile:		.ascii "/gocc/smoke/nilderef.go"
.Lfile_end:
.Lname_load:	.ascii "main.load"
.Lname_main:	.ascii "main.main"
	.p2align 3
.Lpcln_load:	.long 0, 3, -1, .Lload_4 - "main.load", 4, -1, .Lload_more - "main.load", 3, -1
.Lpcln_main:	.long 0, 7, -1, .Lmain_8 - "main.main", 8, -1, .Lmain_more - "main.main", 7, -1

# FUNC name, namelen, nargs: one abi.Func record.
.macro FUNC name, namelen, nargs
	.quad "main.\name"
	.long .L\name\()_end - "main.\name", 0
	.quad .Lname_\name, \namelen
	.quad .Lfile, .Lfile_end - .Lfile
	.quad .Lpcln_\name
	.long 3, \nargs
	.quad 0
	.long 0, 0
	.quad 0, 0						# inltree; ninltree, pad
.endm
	.globl "runtime.firstmoduledata"
"runtime.firstmoduledata":
	.quad .Lftab, 2
.Lftab:
	FUNC load, 9, 1
	FUNC main, 9, 0

	.section .note.GNU-stack,"",@progbits

	# The init functions runtime.main runs (gc's initTask): main.init only.
	.section .rodata
	.p2align 3
	.globl "main..inittask"
"main..inittask":
	.long 0, 1
	.quad "main.init"
