# alloc: the allocator, ReadMemStats, heap type bits, makeslice, growslice.
#
# Plays the compiler for a program that (in Go terms, with the runtime calls
# the compiler will make spelled out):
#
#	var ms0, ms1, ms2 runtime.MemStats
#	runtime.ReadMemStats(&ms0)
#	for each (size, count) in sizes:     // 1 byte .. 1 MiB: every kind of object
#		allocN(size, count)              // count × mallocgc(size, nil, true):
#		                                 // each must be zero; then fill it with 0xab,
#		                                 // so that an overlapping object is not zero
#	runtime.ReadMemStats(&ms1)           // print the deltas: Mallocs, TotalAlloc...
#	masks: mallocgc(n, T, true) for types with pointers; print runtime.getgcmask
#	makeslice(int64, 10, 20); makeslice(int64, 0, 0) == &runtime.zerobase
#	grow(T, 3000) for 8 element types:   // s = append(s, x) one element at a
#		                                 // time: println(label, len(s), cap(s))
#		                                 // at every growslice; check the copies
#	runtime.ReadMemStats(&ms2)
#
# The caps must be exactly what gc prints for the same appends (go1.27:
# the `grow` lines of alloc.want were checked against `go run`).
	.intel_syntax noprefix

# PRINTS "text": printstring of a literal.
.macro PRINTS str
	.pushsection .rodata
.Ls\@:	.ascii "\str"
.Ls\@_end:
	.popsection
	lea rdi, [rip + .Ls\@]
	mov esi, .Ls\@_end - .Ls\@
	call "runtime.printstring"
.endm
# PRINTU reg-or-mem: printint of a value.
.macro PRINTI val
	mov rdi, \val
	call "runtime.printint"
.endm

	.text
# allocN(size, count): count zeroed objects of size bytes without pointers.
# Prints "size S: N objects, D dirty".
"main.allocN":
	push rbp
	mov rbp, rsp
	push rbx
	push r12
	push r13
	push r14
	mov rbx, rdi                      # size
	mov r12, rsi                      # count
	xor r13d, r13d                    # i
	xor r14d, r14d                    # objects that were not zero
1:	cmp r13, r12
	jae 3f
	mov rdi, rbx
	xor esi, esi                      # typ = nil
	mov edx, 1                        # needzero
	call "runtime.mallocgc"
	mov rdx, rax
	mov rdi, rax
	mov rcx, rbx
	xor eax, eax
	repe scasb                        # all zero?
	je 2f
	inc r14
2:	mov rdi, rdx
	mov rcx, rbx
	mov al, 0xab
	rep stosb
	inc r13
	jmp 1b
3:	call "runtime.printlock"
	PRINTS "size "
	PRINTI rbx
	PRINTS ": "
	PRINTI r12
	PRINTS " objects, "
	PRINTI r14
	PRINTS " dirty"
	call "runtime.printnl"
	call "runtime.printunlock"
	pop r14
	pop r13
	pop r12
	pop rbx
	pop rbp
	ret

# printmask(p, nwords): prints the heap's pointer bits for the words at p
# as 0s and 1s (runtime.getgcmask). Call inside printlock.
"main.printmask":
	push rbp
	mov rbp, rsp
	push rbx
	push r12
	mov rbx, rsi
	shl rsi, 3
	lea rdx, [rip + .Lmaskbuf]
	call "runtime.getgcmask"
	lea rax, [rip + .Lmaskbuf]
	xor ecx, ecx
1:	cmp rcx, rbx
	jae 2f
	add byte ptr [rax + rcx], '0'
	inc rcx
	jmp 1b
2:	mov rdi, rax
	mov rsi, rbx
	call "runtime.printstring"
	pop r12
	pop rbx
	pop rbp
	ret

# mask(typ, n, nwords, label, labellen): p := mallocgc(n, typ, true);
# prints "mask LABEL: BITS" for its first nwords words.
"main.mask":
	push rbp
	mov rbp, rsp
	push rbx
	push r12
	push r13
	push r14
	mov rbx, rdx                      # nwords
	mov r12, rcx                      # label
	mov r13, r8                       # labellen
	xchg rdi, rsi                     # mallocgc(n, typ, 1)
	mov edx, 1
	call "runtime.mallocgc"
	mov r14, rax
	call "runtime.printlock"
	PRINTS "mask "
	mov rdi, r12
	mov rsi, r13
	call "runtime.printstring"
	PRINTS ": "
	mov rdi, r14
	mov rsi, rbx
	call "main.printmask"
	call "runtime.printnl"
	call "runtime.printunlock"
	pop r14
	pop r13
	pop r12
	pop rbx
	pop rbp
	ret

# grow(et, n, label, labellen): appends n elements of type et to a nil
# slice one at a time, printing "LABEL LEN CAP" whenever growslice ran.
# Element i holds i in its last 4 bytes (its only byte if it has one);
# at the end every element is checked: "LABEL: N elements, W wrong".
"main.grow":
	push rbp
	mov rbp, rsp
	push rbx
	push r12
	push r13
	push r14
	sub rsp, 64
	mov rbx, rdi                      # et
	mov r12, rsi                      # n
	mov [rbp - 48], rdx               # label
	mov [rbp - 56], rcx               # labellen
	mov rax, [rdi]                    # et.size
	mov [rbp - 64], rax
	xor r13d, r13d                    # s.ptr
	xor r14d, r14d                    # s.len
	mov qword ptr [rbp - 40], 0       # s.cap
1:	cmp r14, r12
	jae 4f
	lea rdx, [r14 + 1]                # newLen
	cmp rdx, [rbp - 40]
	jbe 3f
	lea rdi, [rbp - 96]               # result area (sret)
	mov rsi, r13                      # oldPtr
	mov rcx, [rbp - 40]               # oldCap
	mov r8d, 1                        # num
	mov r9, rbx                       # et
	call "runtime.growslice"
	mov r13, [rbp - 96]
	mov rax, [rbp - 80]
	mov [rbp - 40], rax
	call "runtime.printlock"
	mov rdi, [rbp - 48]
	mov rsi, [rbp - 56]
	call "runtime.printstring"
	call "runtime.printsp"
	mov rdi, [rbp - 88]
	call "runtime.printint"
	call "runtime.printsp"
	PRINTI [rbp - 40]
	call "runtime.printnl"
	call "runtime.printunlock"
3:	mov rax, [rbp - 64]               # &s[len]
	imul rax, r14
	add rax, r13
	add rax, [rbp - 64]
	cmp qword ptr [rbp - 64], 1
	je 2f
	mov [rax - 4], r14d
	jmp 5f
2:	mov [rax - 1], r14b
5:	inc r14
	jmp 1b
4:	# Check the elements.
	xor ecx, ecx                      # i
	xor edx, edx                      # wrong
	mov rax, r13
	add rax, [rbp - 64]               # end of element 0
6:	cmp rcx, r12
	jae 8f
	cmp qword ptr [rbp - 64], 1
	je 7f
	cmp [rax - 4], ecx
	je 9f
	inc rdx
	jmp 9f
7:	cmp [rax - 1], cl
	je 9f
	inc rdx
9:	add rax, [rbp - 64]
	inc rcx
	jmp 6b
8:	mov rbx, rdx
	call "runtime.printlock"
	mov rdi, [rbp - 48]
	mov rsi, [rbp - 56]
	call "runtime.printstring"
	PRINTS ": "
	PRINTI r12
	PRINTS " elements, "
	PRINTI rbx
	PRINTS " wrong"
	call "runtime.printnl"
	call "runtime.printunlock"
	add rsp, 64
	pop r14
	pop r13
	pop r12
	pop rbx
	pop rbp
	ret

# delta(off, label, labellen): prints "LABEL +N", N = the u64 at off in
# ms1 minus the one in ms0.
"main.delta":
	push rbp
	mov rbp, rsp
	push rbx
	push r12
	lea rax, [rip + .Lms1]
	mov rbx, [rax + rdi]
	lea rax, [rip + .Lms0]
	sub rbx, [rax + rdi]
	mov r12, rsi
	push rdx
	push rdx
	call "runtime.printlock"
	mov rdi, r12
	mov rsi, [rsp]
	call "runtime.printstring"
	PRINTS " +"
	PRINTI rbx
	call "runtime.printnl"
	call "runtime.printunlock"
	add rsp, 16
	pop r12
	pop rbx
	pop rbp
	ret

# DELTA offset, "label"
.macro DELTA off, str
	.pushsection .rodata
.Ld\@:	.ascii "\str"
.Ld\@_end:
	.popsection
	mov edi, \off
	lea rsi, [rip + .Ld\@]
	mov edx, .Ld\@_end - .Ld\@
	call "main.delta"
.endm
# MASK type, size, nwords, "label"
.macro MASK typ, size, nwords, str
	.pushsection .rodata
.Lm\@:	.ascii "\str"
.Lm\@_end:
	.popsection
	lea rdi, [rip + "\typ"]
	mov esi, \size
	mov edx, \nwords
	lea rcx, [rip + .Lm\@]
	mov r8d, .Lm\@_end - .Lm\@
	call "main.mask"
.endm
# GROW type, "label"
.macro GROW typ, str
	.pushsection .rodata
.Lg\@:	.ascii "\str"
.Lg\@_end:
	.popsection
	lea rdi, [rip + "\typ"]
	mov esi, 3000
	lea rdx, [rip + .Lg\@]
	mov ecx, .Lg\@_end - .Lg\@
	call "main.grow"
.endm

	.globl "main.main"
"main.main":
	push rbp
	mov rbp, rsp
	push rbx
	push r12
	lea rdi, [rip + .Lms0]
	call "runtime.ReadMemStats"

	# Objects of every kind of size.
	lea rbx, [rip + .Lsizes]
1:	mov rdi, [rbx]
	test rdi, rdi
	jz 2f
	mov rsi, [rbx + 8]
	call "main.allocN"
	add rbx, 16
	jmp 1b
2:	lea rdi, [rip + .Lms1]
	call "runtime.ReadMemStats"
	DELTA 32, "Mallocs"               # MemStats field offsets (abi.rs)
	DELTA 8, "TotalAlloc"
	DELTA 48, "HeapAlloc"
	DELTA 88, "HeapObjects"
	# Pointer-free objects under 16 bytes go to the tiny allocator: they
	# share 16-byte blocks (class 2), so class 1 gets none of them, and
	# each that shared a block counts as a malloc and a free.
	DELTA 4312+24*1+8, "BySize[1].Mallocs"
	DELTA 4312+24*2+8, "BySize[2].Mallocs"
	DELTA 4312+24*32+8, "BySize[32].Mallocs"
	lea rbx, [rip + .Lms1]
	call "runtime.printlock"
	PRINTS "Frees "
	PRINTI [rbx + 40]
	PRINTS " NumGC "
	mov edi, [rbx + 4288]
	call "runtime.printint"
	PRINTS " BySize[32].Size "
	mov edi, [rbx + 4312+24*32]
	call "runtime.printint"
	PRINTS " HeapInuse<=HeapSys "
	mov rax, [rbx + 72]
	cmp rax, [rbx + 56]
	setbe dil
	call "runtime.printbool"
	PRINTS " HeapAlloc<=HeapInuse "
	mov rax, [rbx + 48]
	cmp rax, [rbx + 72]
	setbe dil
	call "runtime.printbool"
	PRINTS " HeapSys%4MiB "
	mov rax, [rbx + 56]
	and eax, 0x3fffff
	PRINTI rax
	call "runtime.printnl"
	call "runtime.printunlock"

	# What the heap records about pointers: a small object (bits in the
	# span), a small array, an 8-byte pointer, an object with a malloc
	# header, a large object, and an object without pointers.
	MASK "type:*int", 8, 1, "*int"
	MASK "type:main.T", 24, 3, "T"
	MASK "type:main.T", 120, 15, "[5]T"
	MASK "type:main.T", 720, 12, "[30]T (header)"
	MASK "type:main.T", 48000, 12, "[2000]T (large)"
	MASK "type:main.s24", 24, 3, "s24"

	# makeslice.
	lea rdi, [rip + "type:int64"]
	mov esi, 10
	mov edx, 20
	call "runtime.makeslice"
	mov rdi, rax
	mov ecx, 160
	xor eax, eax
	repe scasb
	sete bl
	lea rdi, [rip + "type:int64"]
	xor esi, esi
	xor edx, edx
	call "runtime.makeslice"
	lea rcx, [rip + "runtime.zerobase"]
	cmp rax, rcx
	sete r12b
	call "runtime.printlock"
	PRINTS "makeslice zeroed "
	mov dil, bl
	call "runtime.printbool"
	PRINTS " zero-size at zerobase "
	mov dil, r12b
	call "runtime.printbool"
	call "runtime.printnl"
	call "runtime.printunlock"

	# append, one element at a time.
	GROW "type:uint8", "1"
	GROW "type:int32", "4"
	GROW "type:int64", "8"
	GROW "type:*int", "8p"
	GROW "type:string", "16p"
	GROW "type:main.s24", "24"
	GROW "type:main.p40", "40p"
	GROW "type:main.n40", "40"

	# A 200 MiB object: more than an arena.
	mov edi, 200 << 20
	xor esi, esi
	mov edx, 1
	call "runtime.mallocgc"
	mov rbx, rax
	mov byte ptr [rbx], 1
	mov byte ptr [rbx + (200 << 20) - 1], 1
	lea rdi, [rip + .Lms0]
	call "runtime.ReadMemStats"
	lea rdi, [rip + .Lms2]
	call "runtime.ReadMemStats"
	lea rbx, [rip + .Lms0]
	call "runtime.printlock"
	PRINTS "after 200 MiB: HeapSys>=200MiB "
	mov rax, [rbx + 56]
	cmp rax, 200 << 20
	setae dil
	call "runtime.printbool"
	PRINTS " TotalAlloc is stable "
	mov rax, [rbx + 8]
	lea rcx, [rip + .Lms2]
	cmp rax, [rcx + 8]
	sete dil
	call "runtime.printbool"
	call "runtime.printnl"
	call "runtime.printunlock"

	pop r12
	pop rbx
	pop rbp
	ret

	.globl "main.init"
"main.init":
	ret

	.section .rodata
	.p2align 3
# (size, count) pairs: class boundaries, the header threshold, large objects.
.Lsizes:
	.quad 1, 3000, 8, 3000, 9, 3000, 16, 3000, 17, 3000, 24, 3000, 32, 3000
	.quad 33, 3000, 48, 2000, 64, 2000, 100, 1000, 256, 500, 512, 500
	.quad 513, 500, 1024, 200, 1025, 200, 2048, 100, 4000, 50, 8192, 20
	.quad 9000, 20, 16384, 10, 28673, 10, 32760, 10, 32761, 3, 32768, 3
	.quad 65536, 3, 100000, 3, 1 << 20, 2
	.quad 0, 0

# TYPE symbol, size, ptr_bytes, gcdata, kind, "name"
.macro TYPE sym, size, ptrbytes, gcdata, kind, name
	.p2align 3
	.globl "\sym"
"\sym":
	.quad \size, \ptrbytes
	.long 0
	.byte 0, 8, 8, \kind
	.quad 0, \gcdata
	.quad .Ln\@, .Ln\@_end - .Ln\@
	.quad 0
.Ln\@:	.ascii "\name"
.Ln\@_end:
.endm
.Lbit0:	.byte 0b1
.Lbit1:	.byte 0b10
	TYPE "type:uint8", 1, 0, 0, 8, "uint8"
	TYPE "type:int32", 4, 0, 0, 5, "int32"
	TYPE "type:int64", 8, 0, 0, 6, "int64"
	TYPE "type:*int", 8, 8, .Lbit0, 22, "*int"
	TYPE "type:string", 16, 8, .Lbit0, 24, "string"
	TYPE "type:main.s24", 24, 0, 0, 25, "main.s24"        # struct{ a, b, c int64 }
	TYPE "type:main.p40", 40, 8, .Lbit0, 25, "main.p40"   # struct{ p *int; a, b, c, d int64 }
	TYPE "type:main.n40", 40, 0, 0, 25, "main.n40"        # struct{ a, b, c, d, e int64 }
	TYPE "type:main.T", 24, 16, .Lbit1, 25, "main.T"      # struct{ x int; p *int; y int }

	.p2align 3
	.globl "runtime.firstmoduledata"
"runtime.firstmoduledata":
	.quad 0, 0
	.globl "main..inittask"
"main..inittask":
	.long 0, 1
	.quad "main.init"

	.bss
	.p2align 4
.Lms0:	.zero 5776
.Lms1:	.zero 5776
.Lms2:	.zero 5776
.Lmaskbuf: .zero 64

	.section .note.GNU-stack,"",@progbits
