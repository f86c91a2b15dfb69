# bounds: a failed index check. The compiler calls panicBounds with the
# check's code (abi.BoundsIndex, with bit 8 set: the index is signed), the
# index and the length.
# The Go program this plays the compiler for (/gocc/smoke/bounds.go):
#
#	 1	package main
#	 2
#	 3	func get(s []int, i int) int {
#	 4		return s[i]
#	 5	}
#	 6
#	 7	var s = []int{1, 2, 3}
#	 8
#	 9	func main() {
#	10		println(get(s, 1))
#	11		println(get(s, 5))
#	12	}
	.intel_syntax noprefix
	.text
	.globl "main.get"
"main.get":                               # s = (DI ptr, SI len, DX cap), i = CX
	push rbp
	mov rbp, rsp
	mov rax, [r15 + 16]
	cmp rsp, rax
	jbe .Lget_more
.Lget_body:
.Lget_4:
	cmp rcx, rsi                      # unsigned i < len(s)
	jae .Lget_panic
	mov rax, [rdi + rcx*8]
	pop rbp
	ret
.Lget_panic:
	mov edi, 0x100                    # abi.BoundsIndex | signed
	mov rdx, rsi                      # y = len(s)
	mov rsi, rcx                      # x = i
	call "runtime.panicBounds"
	ud2
.Lget_more:
	call "runtime.morestack_noctxt"
	jmp .Lget_body
.Lget_end:

	.globl "main.main"
"main.main":
	push rbp
	mov rbp, rsp
	mov rax, [r15 + 16]
	cmp rsp, rax
	jbe .Lmain_more
.Lmain_body:
.Lmain_10:
	lea rdi, [rip + .Ls]
	mov esi, 3
	mov edx, 3
	mov ecx, 1
	call "main.get"
	mov rdi, rax
	call "main.println"
.Lmain_11:
	lea rdi, [rip + .Ls]
	mov esi, 3
	mov edx, 3
	mov ecx, 5
	call "main.get"
	mov rdi, rax
	call "main.println"
	pop rbp
	ret
.Lmain_more:
	call "runtime.morestack_noctxt"
	jmp .Lmain_body
.Lmain_end:

# println(DI) for the int in DI (not a Go function: no table entry).
"main.println":
	push rbp
	mov rbp, rsp
	push rdi
	push rdi
	call "runtime.printlock"
	mov rdi, [rsp]
	call "runtime.printint"
	call "runtime.printnl"
	call "runtime.printunlock"
	leave
	ret

	.globl "main.init"
"main.init":
	ret

	.section .rodata
	.p2align 3
.Ls:		.quad 1, 2, 3
.Lfile:		.ascii "/gocc/smoke/bounds.go"
.Lfile_end:
.Lname_get:	.ascii "main.get"
.Lname_main:	.ascii "main.main"
	.p2align 3
.Lpcln_get:	.long 0, 3, -1, .Lget_4 - "main.get", 4, -1, .Lget_more - "main.get", 3, -1
.Lpcln_main:	.long 0, 9, -1, .Lmain_10 - "main.main", 10, -1, .Lmain_11 - "main.main", 11, -1
		.long .Lmain_more - "main.main", 9, -1

	.globl "runtime.firstmoduledata"
"runtime.firstmoduledata":
	.quad .Lftab, 2
.Lftab:
	.quad "main.get"
	.long .Lget_end - "main.get", 0
	.quad .Lname_get, 8
	.quad .Lfile, .Lfile_end - .Lfile
	.quad .Lpcln_get
	.long 3, 2
	.quad 0
	.long 0, 0
	.quad 0, 0						# inltree; ninltree, pad

	.quad "main.main"
	.long .Lmain_end - "main.main", 0
	.quad .Lname_main, 9
	.quad .Lfile, .Lfile_end - .Lfile
	.quad .Lpcln_main
	.long 4, 0
	.quad 0
	.long 0, 0
	.quad 0, 0						# inltree; ninltree, pad

	.section .note.GNU-stack,"",@progbits

	# The init functions runtime.main runs (gc's initTask): main.init only.
	.section .rodata
	.p2align 3
	.globl "main..inittask"
"main..inittask":
	.long 0, 1
	.quad "main.init"
