# panic: a panic with a named type's value, three calls deep.
# The Go program this plays the compiler for (/gocc/smoke/panic.go):
#
#	 1	package main
#	 2
#	 3	type MyInt int
#	 4
#	 5	func f(n int) {
#	 6		g(n)
#	 7	}
#	 8
#	 9	func g(n int) {
#	10		h()
#	11	}
#	12
#	13	func h() {
#	14		panic(MyInt(7))
#	15	}
#	16
#	17	func main() {
#	18		f(3)
#	19	}
	.intel_syntax noprefix

# PROLOGUE name: the frame and the stack check, as the compiler emits them.
.macro PROLOGUE name
	push rbp
	mov rbp, rsp
	mov rax, [r15 + 16]               # g.stackguard0
	cmp rsp, rax
	jbe .L\name\()_more
.L\name\()_body:
.endm
# EPILOGUE name: the return, and the stack check's slow path.
.macro EPILOGUE name
	pop rbp
	ret
.L\name\()_more:
	call "runtime.morestack_noctxt"
	jmp .L\name\()_body
.L\name\()_end:
.endm

	.text
	.globl "main.f"
"main.f":
	PROLOGUE f
.Lf_6:	call "main.g"                     # g(n): n is still in DI
	EPILOGUE f

	.globl "main.g"
"main.g":
	PROLOGUE g
.Lg_10:	call "main.h"
	EPILOGUE g

	.globl "main.h"
"main.h":
	PROLOGUE h
.Lh_14:	lea rdi, [rip + "type:main.MyInt"]  # panic(MyInt(7)): an any is
	lea rsi, [rip + .Lseven]           # (type, pointer to a boxed copy)
	call "runtime.gopanic"
	ud2                                # gopanic does not return
	EPILOGUE h

	.globl "main.main"
"main.main":
	PROLOGUE main
.Lmain_18:
	mov edi, 3
	call "main.f"
	EPILOGUE main

	.globl "main.init"
"main.init":
	ret

	.section .rodata
	.p2align 3
.Lseven:	.quad 7

# type:main.MyInt (abi.Type): size 8, kind Int (2), printed "main.MyInt".
	.globl "type:main.MyInt"
"type:main.MyInt":
	.quad 8, 0                         # size, ptr_bytes
	.long 0                            # hash
	.byte 0, 8, 8, 2                   # tflag, align, field_align, kind
	.quad 0, 0                         # equal, gcdata
	.quad .Ltname, 10                  # str
	.quad 0                            # elem
.Ltname:	.ascii "main.MyInt"

# The function table, sorted by entry address.
.Lfile:		.ascii "/gocc/smoke/panic.go"
.Lfile_end:
.Lname_f:	.ascii "main.f"
.Lname_g:	.ascii "main.g"
.Lname_h:	.ascii "main.h"
.Lname_main:	.ascii "main.main"
	.p2align 3
.Lpcln_f:	.long 0, 5, -1, .Lf_6 - "main.f", 6, -1, .Lf_end - "main.f" - 7, 5, -1
.Lpcln_g:	.long 0, 9, -1, .Lg_10 - "main.g", 10, -1, .Lg_end - "main.g" - 7, 9, -1
.Lpcln_h:	.long 0, 13, -1, .Lh_14 - "main.h", 14, -1, .Lh_end - "main.h" - 7, 13, -1
.Lpcln_main:	.long 0, 17, -1, .Lmain_18 - "main.main", 18, -1, .Lmain_end - "main.main" - 7, 17, -1

# FUNC name, namelen, nargs: one abi.Func record.
.macro FUNC name, namelen, nargs
	.quad "main.\name"                           # entry
	.long .L\name\()_end - "main.\name", 0       # size, frame
	.quad .Lname_\name, \namelen                 # name
	.quad .Lfile, .Lfile_end - .Lfile            # file
	.quad .Lpcln_\name                           # pcln
	.long 3, \nargs                              # npcln, nargs
	.quad 0                                      # stackmaps
	.long 0, 0                                   # nstackmaps, flags
	.quad 0, 0						# inltree; ninltree, pad
.endm
	.globl "runtime.firstmoduledata"
"runtime.firstmoduledata":
	.quad .Lftab, 4
.Lftab:
	FUNC f, 6, 1
	FUNC g, 6, 1
	FUNC h, 6, 0
	FUNC main, 9, 0

	.section .note.GNU-stack,"",@progbits

	# The init functions runtime.main runs (gc's initTask): main.init only.
	.section .rodata
	.p2align 3
	.globl "main..inittask"
"main..inittask":
	.long 0, 1
	.quad "main.init"
