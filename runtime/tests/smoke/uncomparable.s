# uncomparable: == on two interfaces holding an uncomparable dynamic type
# panics, naming the outermost type, as gc does. The Go program this plays
# the compiler for (/gocc/smoke/uncomparable.go):
#
#	 1	package main
#	 2
#	 3	type S struct {
#	 4		n int
#	 5		s []int
#	 6	}
#	 7
#	 8	func main() {
#	 9		var a any = S{n: 1}
#	10		var b any = S{n: 1}
#	11		println(a == b)
#	12	}
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
.L11:
	# The type words are equal (both type:main.S), so the compiler calls
	# efaceeq with the two data words.
	lea rdi, [rip + "type:main.S"]
	lea rsi, [rip + .La]
	lea rdx, [rip + .Lb]
	call "runtime.efaceeq"
	movzx edi, al
	call "runtime.printlock"
	call "runtime.printbool"
	call "runtime.printnl"
	call "runtime.printunlock"
	pop rbp
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
.La:		.quad 1, 0, 0, 0           # S{n: 1}: n, s (ptr, len, cap)
.Lb:		.quad 1, 0, 0, 0
.Lptr1:		.byte 0b1
.Lptr10:	.byte 0b10
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
"type:main.S":                         # abi.StructType
	.quad 32, 16
	.long 0
	.byte 0, 8, 8, 25
	.quad 0, .Lptr10
	.quad .LS, 6
	.quad 0
	.quad .Lfields, 2                  # fields, nfields
.Lfields:                              # abi.StructField: name, name_len, typ, offset
	.quad .Ln, 1, "type:int", 0
	.quad .Ls, 1, "type:[]int", 8
.Lint:		.ascii "int"
.Lsliceint:	.ascii "[]int"
.LS:		.ascii "main.S"
.Ln:		.ascii "n"
.Ls:		.ascii "s"

.Lfile:		.ascii "/gocc/smoke/uncomparable.go"
.Lfile_end:
.Lname_main:	.ascii "main.main"
	.p2align 3
.Lpcln_main:	.long 0, 8, -1, .L11 - "main.main", 11, -1, .Lmore - "main.main", 8, -1

	.globl "runtime.firstmoduledata"
"runtime.firstmoduledata":
	.quad .Lftab, 1
.Lftab:
	.quad "main.main"                          # entry
	.long .Lmain_end - "main.main", 0          # size, frame
	.quad .Lname_main, 9                       # name
	.quad .Lfile, .Lfile_end - .Lfile          # file
	.quad .Lpcln_main                          # pcln
	.long 3, 0                                 # npcln, nargs
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
