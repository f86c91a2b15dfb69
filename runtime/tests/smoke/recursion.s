# recursion: a preemption request through the stack check, which must
# preserve every argument register, then a recursion a million calls deep,
# which must fit in the main goroutine's stack.
# The Go program this plays the compiler for (/gocc/smoke/recursion.go):
#
#	 1	package main
#	 2
#	 3	func args(a, b, c, d, e, f int, x0, x1, x2, x3, x4, x5, x6, x7 float64) {
#	 4		println(a, b, c, d, e, f, x0, x1, x2, x3, x4, x5, x6, x7)
#	 5	}
#	 6
#	 7	func f(n int) int {
#	 8		if n == 0 {
#	 9			return 0
#	10		}
#	11		return f(n-1) + 1
#	12	}
#	13
#	14	func main() {
#	15		g.stackguard0 = stackPreempt // as the scheduler will, to preempt
#	16		args(1, 2, 3, 4, 5, 6, 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5)
#	17		println(f(1000000))
#	18	}
	.intel_syntax noprefix
	.text

# args: its prologue finds stackguard0 = stackPreempt and calls morestack,
# which must return with all argument registers intact (PreserveAll).
	.globl "main.args"
"main.args":
	push rbp
	mov rbp, rsp
	sub rsp, 112                      # 6 ints and 8 floats
	mov rax, [r15 + 16]
	cmp rsp, rax
	jbe .Largs_more
.Largs_body:
	mov [rsp], rdi
	mov [rsp + 8], rsi
	mov [rsp + 16], rdx
	mov [rsp + 24], rcx
	mov [rsp + 32], r8
	mov [rsp + 40], r9
	movsd [rsp + 48], xmm0
	movsd [rsp + 56], xmm1
	movsd [rsp + 64], xmm2
	movsd [rsp + 72], xmm3
	movsd [rsp + 80], xmm4
	movsd [rsp + 88], xmm5
	movsd [rsp + 96], xmm6
	movsd [rsp + 104], xmm7
.Largs_4:
	call "runtime.printlock"
	mov rdi, [rsp]
	call "runtime.printint"
.irp off, 8, 16, 24, 32, 40
	call "runtime.printsp"
	mov rdi, [rsp + \off]
	call "runtime.printint"
.endr
.irp off, 48, 56, 64, 72, 80, 88, 96, 104
	call "runtime.printsp"
	movsd xmm0, [rsp + \off]
	call "runtime.printfloat64"
.endr
	call "runtime.printnl"
	call "runtime.printunlock"
	add rsp, 112
	pop rbp
	ret
.Largs_more:
	call "runtime.morestack_noctxt"
	jmp .Largs_body
.Largs_end:

	.globl "main.f"
"main.f":
	push rbp
	mov rbp, rsp
	sub rsp, 16
	mov rax, [r15 + 16]
	cmp rsp, rax
	jbe .Lf_more
.Lf_body:
.Lf_8:	xor eax, eax
	test rdi, rdi
	jz .Lf_ret
.Lf_11:	dec rdi
	call "main.f"
	inc rax
.Lf_ret:
	add rsp, 16
	pop rbp
	ret
.Lf_more:
	call "runtime.morestack_noctxt"
	jmp .Lf_body
.Lf_end:

	.globl "main.main"
"main.main":
	push rbp
	mov rbp, rsp
	mov rax, [r15 + 16]
	cmp rsp, rax
	jbe .Lmain_more
.Lmain_body:
.Lmain_15:
	mov qword ptr [r15 + 16], -1314   # stackPreempt (0xfffffffffffffade)
.Lmain_16:
	mov edi, 1
	mov esi, 2
	mov edx, 3
	mov ecx, 4
	mov r8d, 5
	mov r9d, 6
	lea rax, [rip + .Lhalves]
	movsd xmm0, [rax]
	movsd xmm1, [rax + 8]
	movsd xmm2, [rax + 16]
	movsd xmm3, [rax + 24]
	movsd xmm4, [rax + 32]
	movsd xmm5, [rax + 40]
	movsd xmm6, [rax + 48]
	movsd xmm7, [rax + 56]
	call "main.args"
.Lmain_17:
	mov edi, 1000000
	call "main.f"
	push rax
	push rax
	call "runtime.printlock"
	mov rdi, [rsp]
	call "runtime.printint"
	call "runtime.printnl"
	call "runtime.printunlock"
	add rsp, 16
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
	.p2align 3
.Lhalves:	.double 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5
.Lfile:		.ascii "/gocc/smoke/recursion.go"
.Lfile_end:
.Lname_args:	.ascii "main.args"
.Lname_f:	.ascii "main.f"
.Lname_main:	.ascii "main.main"
	.p2align 3
.Lpcln_args:	.long 0, 3, -1, .Largs_4 - "main.args", 4, -1, .Largs_more - "main.args", 3, -1
.Lpcln_f:	.long 0, 7, -1, .Lf_8 - "main.f", 8, -1, .Lf_11 - "main.f", 11, -1, .Lf_ret - "main.f", 12, -1, .Lf_more - "main.f", 7, -1
.Lpcln_main:	.long 0, 14, -1, .Lmain_15 - "main.main", 15, -1, .Lmain_16 - "main.main", 16, -1
		.long .Lmain_17 - "main.main", 17, -1, .Lmain_more - "main.main", 14, -1

# FUNC name, namelen, frame, npcln, nargs: one abi.Func record.
.macro FUNC name, namelen, frame, npcln, nargs
	.quad "main.\name"
	.long .L\name\()_end - "main.\name", \frame
	.quad .Lname_\name, \namelen
	.quad .Lfile, .Lfile_end - .Lfile
	.quad .Lpcln_\name
	.long \npcln, \nargs
	.quad 0
	.long 0, 0
	.quad 0, 0						# inltree; ninltree, pad
.endm
	.globl "runtime.firstmoduledata"
"runtime.firstmoduledata":
	.quad .Lftab, 3
.Lftab:
	FUNC args, 9, 112, 3, 14
	FUNC f, 6, 16, 5, 1
	FUNC main, 9, 16, 5, 0

	.section .note.GNU-stack,"",@progbits

	# The init functions runtime.main runs (gc's initTask): main.init only.
	.section .rodata
	.p2align 3
	.globl "main..inittask"
"main..inittask":
	.long 0, 1
	.quad "main.init"
