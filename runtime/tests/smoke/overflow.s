# overflow: infinite recursion through a function with the stack check
# exhausts the goroutine's fixed stack; morestack reports gc's overflow.
# The Go program this plays the compiler for (/gocc/smoke/overflow.go):
#
#	1	package main
#	2
#	3	func f(n int) int {
#	4		return f(n+1) + 1
#	5	}
#	6
#	7	func main() {
#	8		println(f(0))
#	9	}
#
# Each call of f takes 32 bytes, so the fixed 1 GB stack holds about 31
# million of them: the "...N frames elided..." count in overflow.want
# changes with the stack size (stack.rs: fixedStack).
	.intel_syntax noprefix
	.text
	.globl "main.f"
"main.f":
	push rbp
	mov rbp, rsp
	sub rsp, 16                       # the frame: one spill slot (and padding)
	mov rax, [r15 + 16]               # SP <= g.stackguard0: the stack is full
	cmp rsp, rax
	jbe .Lf_more
.Lf_body:
	inc rdi
.Lf_4:	call "main.f"                     # f(n+1)
	inc rax                            # + 1
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
	xor edi, edi
.Lmain_8:
	call "main.f"
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
.Lfile:		.ascii "/gocc/smoke/overflow.go"
.Lfile_end:
.Lname_f:	.ascii "main.f"
.Lname_main:	.ascii "main.main"
	.p2align 3
# The morestack call at the end of each function gets the line of the
# function's declaration, as in gc.
.Lpcln_f:	.long 0, 3, -1, .Lf_4 - "main.f", 4, -1, .Lf_more - "main.f", 3, -1
.Lpcln_main:	.long 0, 7, -1, .Lmain_8 - "main.main", 8, -1, .Lmain_more - "main.main", 7, -1
	.globl "runtime.firstmoduledata"
"runtime.firstmoduledata":
	.quad .Lftab, 2
.Lftab:
	.quad "main.f"
	.long .Lf_end - "main.f", 16
	.quad .Lname_f, 6
	.quad .Lfile, .Lfile_end - .Lfile
	.quad .Lpcln_f
	.long 3, 1
	.quad 0
	.long 0, 0
	.quad 0, 0						# inltree; ninltree, pad

	.quad "main.main"
	.long .Lmain_end - "main.main", 0
	.quad .Lname_main, 9
	.quad .Lfile, .Lfile_end - .Lfile
	.quad .Lpcln_main
	.long 3, 0
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
