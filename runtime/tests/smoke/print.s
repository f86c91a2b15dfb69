# print: every print entry point, string concatenation, string(rune),
# string comparison. The Go program this plays the compiler for:
#
#	func main() {
#		println("hello, world")
#		println(true, false, -5, 0, math.MinInt64, uint64(math.MaxUint64), 'x')
#		var p *int
#		println(p, hex(0xdeadbeef))
#		println(1.5, 1e6, 1234567.0, 1e-5, 0.0001, +Inf, -Inf, NaN, -0.0, 0.0, 100000.0, 123.456)
#		println(float32(1.5), float32(0.1), float32(math.MaxFloat32), float32(1e-45), float32(-3626911.25))
#		print("no", "space", 42, "\n")
#		a, b, c := "con", "cat", "enate"
#		println(a+b, a+b+c, a+b+c+"d", ""+a)
#		println(string(rune(0x4e16)), string(rune(65)), string(rune(-1)), string(rune(0xD800)), string(rune(0x110000)))
#		println(cmp("abc", "abd"), cmp("abc", "abc"), cmp("abcd", "abc"), "abc" == "abc", "abc" == "abd")
#	}
#
# No concatenation or string(rune) result escapes, so each call gets a buffer
# in the frame as its first argument, as gc's compiler passes it.
	.intel_syntax noprefix

# STR label, len: pass a string literal as its two words (DI, SI).
.macro STR label, len
	lea rdi, [rip + \label]
	mov esi, \len
.endm
.macro STR2 label, len            # the second string argument (DX, CX)
	lea rdx, [rip + \label]
	mov ecx, \len
.endm
.macro PRINTSTR label, len
	STR \label, \len
	call "runtime.printstring"
.endm
.macro SP
	call "runtime.printsp"
.endm
# FLOAT64 label: print the float64 at label, then a space.
.macro FLOAT64 label
	movsd xmm0, [rip + \label]
	call "runtime.printfloat64"
.endm
.macro FLOAT32 label
	movss xmm0, [rip + \label]
	call "runtime.printfloat32"
.endm
# PRINTRES: print the string result of the previous call (AX, DX).
.macro PRINTRES
	mov rdi, rax
	mov rsi, rdx
	call "runtime.printstring"
.endm

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
	push rbx                          # callee-saved registers we use
	push r12
	sub rsp, 208                      # a [4]string for concatstrings at SP,
	                                  # four tmpBufs at SP+64, +96, +128, +160,
	                                  # intstring's [4]byte at SP+192

	call "runtime.printlock"          # println("hello, world")
	PRINTSTR .Lhello, 12
	call "runtime.printnl"
	call "runtime.printunlock"

	call "runtime.printlock"          # println(true, false, -5, 0, MinInt64, MaxUint64, 'x')
	mov edi, 1
	call "runtime.printbool"
	SP
	xor edi, edi
	call "runtime.printbool"
	SP
	mov rdi, -5
	call "runtime.printint"
	SP
	xor edi, edi
	call "runtime.printint"
	SP
	movabs rdi, 0x8000000000000000
	call "runtime.printint"
	SP
	mov rdi, -1
	call "runtime.printuint"
	SP
	mov edi, 120
	call "runtime.printint"
	call "runtime.printnl"
	call "runtime.printunlock"

	call "runtime.printlock"          # println(p, hex(0xdeadbeef))
	xor edi, edi
	call "runtime.printpointer"
	SP
	mov edi, 0xdeadbeef
	call "runtime.printhex"
	call "runtime.printnl"
	call "runtime.printunlock"

	call "runtime.printlock"          # println(1.5, 1e6, ...)
	lea rbx, [rip + .Lfloats]
	mov r12d, 12
1:	movsd xmm0, [rbx]
	call "runtime.printfloat64"
	add rbx, 8
	dec r12d
	jz 2f
	SP
	jmp 1b
2:	call "runtime.printnl"
	call "runtime.printunlock"

	call "runtime.printlock"          # println(float32(1.5), ...)
	lea rbx, [rip + .Lfloat32s]
	mov r12d, 5
1:	movss xmm0, [rbx]
	call "runtime.printfloat32"
	add rbx, 4
	dec r12d
	jz 2f
	SP
	jmp 1b
2:	call "runtime.printnl"
	call "runtime.printunlock"

	call "runtime.printlock"          # print("no", "space", 42, "\n")
	PRINTSTR .Lno, 2
	PRINTSTR .Lspace, 5
	mov edi, 42
	call "runtime.printint"
	PRINTSTR .Lnl, 1
	call "runtime.printunlock"

	call "runtime.printlock"          # println(a+b, a+b+c, a+b+c+"d", ""+a)
	lea rdi, [rsp + 64]               # concatstring2(buf, a, b)
	lea rsi, [rip + .Lcon]
	mov edx, 3
	lea rcx, [rip + .Lcat]
	mov r8d, 3
	call "runtime.concatstring2"
	PRINTRES
	SP
	lea rdi, [rsp + 96]               # concatstring3(buf, a, b, c): len(c) on the stack
	lea rsi, [rip + .Lcon]
	mov edx, 3
	lea rcx, [rip + .Lcat]
	mov r8d, 3
	lea r9, [rip + .Lenate]
	mov qword ptr [rsp], 5
	call "runtime.concatstring3"
	PRINTRES
	SP
	lea rax, [rip + .Lcon]            # [4]string{a, b, c, "d"} at SP
	mov [rsp], rax
	mov qword ptr [rsp + 8], 3
	lea rax, [rip + .Lcat]
	mov [rsp + 16], rax
	mov qword ptr [rsp + 24], 3
	lea rax, [rip + .Lenate]
	mov [rsp + 32], rax
	mov qword ptr [rsp + 40], 5
	lea rax, [rip + .Ld]
	mov [rsp + 48], rax
	mov qword ptr [rsp + 56], 1
	lea rdi, [rsp + 128]              # concatstrings(buf, &[4]string, 4)
	mov rsi, rsp
	mov edx, 4
	call "runtime.concatstrings"
	PRINTRES
	SP
	lea rdi, [rsp + 160]              # "" + a: returns a itself
	xor esi, esi
	xor edx, edx
	lea rcx, [rip + .Lcon]
	mov r8d, 3
	call "runtime.concatstring2"
	PRINTRES
	call "runtime.printnl"
	call "runtime.printunlock"

	call "runtime.printlock"          # println(string(rune(0x4e16)), ...)
	lea rbx, [rip + .Lrunes]
	mov r12d, 5
1:	lea rdi, [rsp + 192]              # intstring(buf *[4]byte, v)
	mov rsi, [rbx]
	call "runtime.intstring"
	PRINTRES
	add rbx, 8
	dec r12d
	jz 2f
	SP
	jmp 1b
2:	call "runtime.printnl"
	call "runtime.printunlock"

	call "runtime.printlock"          # cmpstring, memequal
	STR .Labcd, 3
	STR2 .Labd, 3
	call "runtime.cmpstring"
	mov rdi, rax
	call "runtime.printint"
	SP
	STR .Labcd, 3
	STR2 .Labcd, 3
	call "runtime.cmpstring"
	mov rdi, rax
	call "runtime.printint"
	SP
	STR .Labcd, 4
	STR2 .Labcd, 3
	call "runtime.cmpstring"
	mov rdi, rax
	call "runtime.printint"
	SP
	lea rdi, [rip + .Labcd]
	lea rsi, [rip + .Labc2]
	mov edx, 3
	call "runtime.memequal"
	movzx edi, al
	call "runtime.printbool"
	SP
	lea rdi, [rip + .Labcd]
	lea rsi, [rip + .Labd]
	mov edx, 3
	call "runtime.memequal"
	movzx edi, al
	call "runtime.printbool"
	call "runtime.printnl"
	call "runtime.printunlock"

	add rsp, 208
	pop r12
	pop rbx
	pop rbp
	ret
.Lmore:
	call "runtime.morestack_noctxt"
	jmp .Lbody
.Lmain_end:

	.globl "main.init"
	.type "main.init",@function
"main.init":
	ret

	.section .rodata
.Lhello:	.ascii "hello, world"
.Lno:		.ascii "no"
.Lspace:	.ascii "space"
.Lnl:		.ascii "\n"
.Lcon:		.ascii "con"
.Lcat:		.ascii "cat"
.Lenate:	.ascii "enate"
.Ld:		.ascii "d"
.Labcd:		.ascii "abcd"
.Labd:		.ascii "abd"
.Labc2:		.ascii "abc"
	.p2align 3
.Lfloats:	.double 1.5, 1e6, 1234567.0, 1e-5, 0.0001
		.quad 0x7ff0000000000000, 0xfff0000000000000, 0x7ff8000000000001
		.quad 0x8000000000000000, 0
		.double 100000.0, 123.456
.Lfloat32s:	.float 1.5, 0.1
		.long 0x7f7fffff, 0x00000001
		.float -3626911.25
	.p2align 3
.Lrunes:	.quad 0x4e16, 65, -1, 0xD800, 0x110000

# The function table (the compiler emits it; see ARCHITECTURE.md).
.Lname_main:	.ascii "main.main"
.Lfile:		.ascii "/gocc/smoke/print.go"
.Lfile_end:
	.p2align 3
.Lpcln_main:	.long 0, 12, -1
	.globl "runtime.firstmoduledata"
"runtime.firstmoduledata":
	.quad .Lftab, 1
.Lftab:
	.quad "main.main"                          # entry
	.long .Lmain_end - "main.main", 224        # size, frame
	.quad .Lname_main, 9                       # name
	.quad .Lfile, .Lfile_end - .Lfile          # file
	.quad .Lpcln_main                          # pcln
	.long 1, 0                                 # npcln, nargs
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
