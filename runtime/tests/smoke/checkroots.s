# checkroots: GOCCDEBUG=checkroots checks, at every allocation, that each
# stack slot the stack maps list holds nil or a valid pointer; here the
# third allocation finds a scalar in a pointer slot.
# env: GOCCDEBUG=checkroots=2
#
# The Go program this plays the compiler for (/gocc/smoke/checkroots.go);
# f's four pointer variables live in stack slots SP+0..SP+0x18, listed in
# the stack map of every call in f, and zeroed on entry:
#
#	 1	package main
#	 2
#	 3	var global int
#	 4
#	 5	func f() {
#	 6		var local int
#	 7		var a, b, c, d *int
#	 8		a = new(int)                            // all four nil: fine
#	 9		b, c = &local, &global
#	10		_ = new(int)                            // heap, stack, data, nil: fine
#	11		d = (*int)(unsafe.Pointer(uintptr(0xdeadbeef)))
#	12		_ = new(int)                            // fatal error
#	13		_, _, _, _ = a, b, c, d
#	14	}
#	15
#	16	func main() {
#	17		f()
#	18	}
	.intel_syntax noprefix

	.text
	.globl "main.f"
"main.f":
	push rbp
	mov rbp, rsp
	sub rsp, 48                       # a, b, c, d at SP+0..0x18, local at SP+0x20
	mov rax, [r15 + 16]
	cmp rsp, rax
	jbe .Lf_more
.Lf_body:
	xor eax, eax
	mov [rsp], rax
	mov [rsp + 8], rax
	mov [rsp + 16], rax
	mov [rsp + 24], rax
	mov [rsp + 32], rax
.Lf_8:	lea rdi, [rip + "type:int"]
	call "runtime.newobject"
.Lf_ret1:
	mov [rsp], rax                    # a: heap
	lea rax, [rsp + 32]
	mov [rsp + 8], rax                # b: stack
	lea rax, [rip + .Lglobal]
	mov [rsp + 16], rax               # c: data
.Lf_10:	lea rdi, [rip + "type:int"]
	call "runtime.newobject"
.Lf_ret2:
.Lf_11:	mov eax, 0xdeadbeef
	mov [rsp + 24], rax               # d: not a pointer
.Lf_12:	lea rdi, [rip + "type:int"]
	call "runtime.newobject"
.Lf_ret3:
	add rsp, 48
	pop rbp
	ret
.Lf_more:
	call "runtime.morestack_noctxt"
.Lf_ret4:
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
.Lmain_17:
	call "main.f"
.Lmain_ret1:
	pop rbp
	ret
.Lmain_more:
	call "runtime.morestack_noctxt"
.Lmain_ret2:
	jmp .Lmain_body
.Lmain_end:

	.globl "main.init"
"main.init":
	ret

	.data
	.p2align 3
.Lglobal:	.quad 0

	.section .rodata
	.p2align 3
# type:int (abi.Type): size 8, no pointers, kind Int.
	.globl "type:int"
"type:int":
	.quad 8, 0
	.long 0
	.byte 0, 8, 8, 2
	.quad 0, 0
	.quad .Ltname, 3
	.quad 0
.Ltname:	.ascii "int"

.Lfile:		.ascii "/gocc/smoke/checkroots.go"
.Lfile_end:
.Lname_f:	.ascii "main.f"
.Lname_main:	.ascii "main.main"
	.p2align 3
.Lpcln_f:	.long 0, 5, -1, .Lf_8 - "main.f", 8, -1, .Lf_10 - "main.f", 10, -1, .Lf_11 - "main.f", 11, -1
		.long .Lf_12 - "main.f", 12, -1, .Lf_more - "main.f", 5, -1
.Lpcln_main:	.long 0, 16, -1, .Lmain_17 - "main.main", 17, -1, .Lmain_more - "main.main", 16, -1
# Stack maps: ret_off, nslots, slot offsets (SP-relative at the return).
.Lmaps_f:
	.long .Lf_ret1 - "main.f", 4, 0, 8, 16, 24
	.long .Lf_ret2 - "main.f", 4, 0, 8, 16, 24
	.long .Lf_ret3 - "main.f", 4, 0, 8, 16, 24
	.long .Lf_ret4 - "main.f", 0
.Lmaps_main:
	.long .Lmain_ret1 - "main.main", 0
	.long .Lmain_ret2 - "main.main", 0

	.p2align 3
	.globl "runtime.firstmoduledata"
"runtime.firstmoduledata":
	.quad .Lftab, 2
.Lftab:
	.quad "main.f"                                # entry
	.long .Lf_end - "main.f", 48                  # size, frame
	.quad .Lname_f, 6                             # name
	.quad .Lfile, .Lfile_end - .Lfile             # file
	.quad .Lpcln_f                                # pcln
	.long 6, 0                                    # npcln, nargs
	.quad .Lmaps_f                                # stackmaps
	.long 4, 0                                    # nstackmaps, flags
	.quad 0, 0						# inltree; ninltree, pad
	.quad "main.main"
	.long .Lmain_end - "main.main", 0
	.quad .Lname_main, 9
	.quad .Lfile, .Lfile_end - .Lfile
	.quad .Lpcln_main
	.long 3, 0
	.quad .Lmaps_main
	.long 2, 0
	.quad 0, 0						# inltree; ninltree, pad

	.globl "main..inittask"
"main..inittask":
	.long 0, 1
	.quad "main.init"

	.section .note.GNU-stack,"",@progbits
