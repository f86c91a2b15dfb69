# mapstress: random map operations checked against a shadow table. Keys
# are ints in [0, 4096); 2000 rounds of 500 random assignments (50%),
# deletions (30%) and lookups (20%, checked: presence and value), each
# round ending with a full range loop that deletes or assigns a random key
# at three steps in four, so that the map grows, shrinks into overflow
# chains and grows again (to the same size) while iterators are live. The
# map is recreated every 20 rounds. Every range loop must produce each key
# that was present at its start and not touched during it exactly once,
# never a deleted key, no key twice unless it was deleted and added again
# (a new entry), and the current value; len(m) must match the shadow.
# The LCG seed is fixed; the map's own seeds are random, so each run walks
# different bucket layouts. Prints `errors 0`. The Go program this plays
# the compiler for, in outline:
#
#	for round := 0; round < 2000; round++ {
#		if round%20 == 0 { m = make(map[int]int); present = [4096]bool{} }
#		for op := 0; op < 500; op++ { /* m[k] = v, delete(m, k), v, ok := m[k] */ }
#		for k, v := range m { /* check k, v; delete or assign a random key */ }
#		/* check the keys not seen, and len(m) */
#	}
#	println("errors", errors)
	.intel_syntax noprefix
.set IT, -96
.set KEY, -128
.set M, -136
.set ROUND, -144
.set SAVE, -200
.set FRAME, 208
.set NKEYS, 4096

.macro RND
	movabs rax, 6364136223846793005
	imul r12, rax
	movabs rax, 1442695040888963407
	add r12, rax
	mov rax, r12
	shr rax, 24
.endm
.macro CALLMAP fn
	lea rdi, [rip + "type:map[int]int"]
	mov rsi, [rbp + M]
	lea rdx, [rbp + KEY]
	call "runtime.\fn"
.endm

	.text
	.globl "main.main"
"main.main":
	push rbp
	mov rbp, rsp
	mov rax, [r15 + 16]                # the stack check: SP <= g.stackguard0?
	cmp rsp, rax
	jbe .Lmore
.Lbody:
	sub rsp, FRAME
	mov [rbp + SAVE], rbx
	mov [rbp + SAVE + 8], r12
	mov [rbp + SAVE + 16], r13
	mov [rbp + SAVE + 24], r14
	mov r12, 12345
	xor r14d, r14d                     # errors
	mov qword ptr [rbp + ROUND], 0
.Lround:
	mov rax, [rbp + ROUND]
	xor edx, edx
	mov ecx, 20
	div rcx
	test rdx, rdx
	jnz .Lops
	# fresh map, cleared shadow
	lea rdi, [rip + "type:map[int]int"]
	xor esi, esi
	xor edx, edx
	call "runtime.makemap"
	mov [rbp + M], rax
	lea rdi, [rip + present]
	mov ecx, NKEYS
	xor eax, eax
	rep stosb
.Lops:
	mov r13d, 500
.Lop:
	RND
	mov rbx, rax
	and rbx, NKEYS - 1                 # key
	shr rax, 12
	xor edx, edx
	mov ecx, 10
	div rcx                            # rdx = op, rax = value
	mov [rbp + KEY], rbx
	cmp rdx, 5
	jb .Lassign
	cmp rdx, 8
	jb .Ldelete
	# lookup
	CALLMAP mapaccess2
	lea rcx, [rip + present]
	movzx ecx, byte ptr [rcx + rbx]
	movzx edx, dl
	cmp ecx, edx
	je 1f
	inc r14
1:	mov rax, [rax]
	test ecx, ecx
	jz 2f
	lea rcx, [rip + vals]
	cmp rax, [rcx + rbx*8]
	je .Lopdone
	inc r14
	jmp .Lopdone
2:	test rax, rax
	jz .Lopdone
	inc r14
	jmp .Lopdone
.Lassign:
	push rax
	push rax
	CALLMAP mapassign
	pop rcx
	pop rcx
	mov [rax], rcx
	lea rax, [rip + vals]
	mov [rax + rbx*8], rcx
	lea rax, [rip + present]
	mov byte ptr [rax + rbx], 1
	jmp .Lopdone
.Ldelete:
	CALLMAP mapdelete
	lea rax, [rip + present]
	mov byte ptr [rax + rbx], 0
.Lopdone:
	dec r13
	jnz .Lop

	# Iteration check.
	lea rsi, [rip + present]
	lea rdi, [rip + startp]
	mov ecx, NKEYS
	rep movsb
	lea rdi, [rip + seen]
	mov ecx, NKEYS * 3                 # seen, delt and del2
	xor eax, eax
	rep stosb
	lea rdi, [rip + "type:map[int]int"]
	mov rsi, [rbp + M]
	lea rdx, [rbp + IT]
	call "runtime.mapiterinit"
.Lit:
	mov rax, [rbp + IT]
	test rax, rax
	jz .Litdone
	mov rbx, [rax]                     # k
	cmp rbx, NKEYS
	jb 1f
	inc r14
	jmp .Litnext
1:	lea rcx, [rip + seen]
	cmp byte ptr [rcx + rbx], 0
	je 2f
	lea rax, [rip + del2]              # seen twice: only a key deleted and
	cmp byte ptr [rax + rbx], 0        # added again (a new entry) may be
	jne 2f
	inc r14                            # seen twice
2:	mov byte ptr [rcx + rbx], 1
	lea rcx, [rip + present]
	cmp byte ptr [rcx + rbx], 1
	je 3f
	inc r14                            # produced a deleted key
3:	mov rax, [rbp + IT + 8]
	mov rax, [rax]
	lea rcx, [rip + vals]
	cmp rax, [rcx + rbx*8]
	je 4f
	inc r14                            # wrong value
4:	RND
	mov rbx, rax
	and rbx, NKEYS - 1
	shr rax, 12
	mov rcx, rax
	and ecx, 3
	cmp ecx, 1
	jb .Litdel
	je .Litins
	cmp ecx, 2
	je .Litins
	jmp .Litnext
.Litdel:
	mov [rbp + KEY], rbx
	lea rax, [rip + del2]
	mov byte ptr [rax + rbx], 1
	CALLMAP mapdelete
	lea rax, [rip + present]
	mov byte ptr [rax + rbx], 0
	lea rax, [rip + delt]
	mov byte ptr [rax + rbx], 1
	jmp .Litnext
.Litins:
	mov [rbp + KEY], rbx
	push rax
	push rax
	CALLMAP mapassign
	pop rcx
	pop rcx
	mov [rax], rcx
	lea rax, [rip + vals]
	mov [rax + rbx*8], rcx
	lea rax, [rip + present]
	mov byte ptr [rax + rbx], 1
	lea rax, [rip + delt]              # a changed value may be seen either way
	mov byte ptr [rax + rbx], 1
.Litnext:
	lea rdi, [rbp + IT]
	call "runtime.mapiternext"
	jmp .Lit
.Litdone:
	xor ebx, ebx
	xor ecx, ecx                       # count of present
	lea rsi, [rip + startp]
	lea rdi, [rip + delt]
	lea r8, [rip + seen]
	lea r9, [rip + present]
1:	movzx eax, byte ptr [r9 + rbx]
	add rcx, rax
	cmp byte ptr [rsi + rbx], 1
	jne 2f
	cmp byte ptr [rdi + rbx], 1
	je 2f
	cmp byte ptr [r8 + rbx], 1
	je 2f
	inc r14                            # missed a key
2:	inc rbx
	cmp rbx, NKEYS
	jb 1b
	mov rax, [rbp + M]
	cmp rcx, [rax]
	je 3f
	inc r14
3:
	inc qword ptr [rbp + ROUND]
	cmp qword ptr [rbp + ROUND], 2000
	jb .Lround

	call "runtime.printlock"
	lea rdi, [rip + .Lmsg]
	mov esi, 7
	call "runtime.printstring"
	mov rdi, r14
	call "runtime.printint"
	call "runtime.printnl"
	call "runtime.printunlock"
	mov rbx, [rbp + SAVE]
	mov r12, [rbp + SAVE + 8]
	mov r13, [rbp + SAVE + 16]
	mov r14, [rbp + SAVE + 24]
	leave
	ret
.Lmore:
	call "runtime.morestack_noctxt"
	jmp .Lbody
.Lmain_end:
	.globl "main.init"
"main.init":
	ret

	.bss
present: .zero 4096
startp: .zero 4096
seen:	.zero 4096
delt:	.zero 4096
del2:	.zero 4096
	.p2align 3
vals:	.zero 4096*8

	.section .rodata
.Lmsg:	.ascii "errors "
	.p2align 3
.Lptr1:	.byte 1
	.p2align 3
"type:int":
	.quad 8, 0
	.long 0
	.byte 0, 8, 8, 2
	.quad 0, 0, .Lint, 3, 0
"type:map[int]int":
	.quad 8, 8
	.long 0
	.byte 0, 8, 8, 21
	.quad 0, .Lptr1, .Lmap, 11, "type:int"
	.quad "type:int"
.Lint:	.ascii "int"
.Lmap:	.ascii "map[int]int"
.Lfile:	.ascii "/gocc/smoke/mapstress.go"
.Lname:	.ascii "main.main"
	.p2align 3
.Lpcln:	.long 0, 1, -1
	.globl "runtime.firstmoduledata"
"runtime.firstmoduledata":
	.quad .Lftab, 1
.Lftab:
	.quad "main.main"
	.long .Lmain_end - "main.main", FRAME
	.quad .Lname, 9, .Lfile, 24, .Lpcln
	.long 1, 0
	.quad 0
	.long 0, 0
	.quad 0, 0						# inltree; ninltree, pad
	.globl "main..inittask"
"main..inittask":
	.long 0, 1
	.quad "main.init"
	.section .note.GNU-stack,"",@progbits
