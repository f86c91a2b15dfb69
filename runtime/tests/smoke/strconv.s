# strconv: string conversions and UTF-8 decoding (string.rs, utf8.rs):
# `for i, r := range s` as the compiler emits it (ASCII bytes inline,
# runtime.decoderune for the rest), []rune(s), string(runes), []byte(s),
# string(bytes), and the capacities gc reports for the new slices.
# Every conversion's first argument (after the sret area) is a buffer: null
# where the Go program's result escapes (`sink`, `sinkr`), as gc's compiler
# passes it, and a 32-byte buffer in the frame (T*) where it does not.
# The Go program this plays the compiler for (gc prints the same):
#
#	var sink []byte
#	var sinkr []rune
#	var zeros [100000]byte
#
#	func main() {
#		tests := []string{
#			"héllo",
#			"\xff",
#			"a\xc3",
#			"\xc3\x28",
#			"\xc0\xaf",         // overlong '/'
#			"\xe0\x80\xaf",     // overlong, 3 bytes
#			"\xed\xa0\x80",     // surrogate U+D800
#			"\xed\x9f\xbf",     // U+D7FF
#			"\xee\x80\x80",     // U+E000
#			"\xf0\x9f\x98\x80", // U+1F600
#			"\xf4\x8f\xbf\xbf", // U+10FFFF
#			"\xf4\x90\x80\x80", // above U+10FFFF
#			"\xf5\x80\x80\x80",
#			"\xf0\x9f\x98", // truncated
#			"\xe2\x82",     // truncated
#			"\x80\x80",
#			"x\xef\xbf\xbdy", // a real U+FFFD
#			"",
#		}
#		for _, s := range tests {
#			for i, r := range s {
#				print(i, ":", r, " ")
#			}
#			println()
#			rs := []rune(s)
#			sinkr = rs
#			print(len(rs), " ")
#			for _, r := range rs {
#				print(r, " ")
#			}
#			println()
#			back := string(rs)
#			b := []byte(s)
#			sink = b
#			println(len(back), back == s, len(b), cap(b), string(b) == s)
#		}
#		for n := 0; n <= 40; n++ {
#			s := string(zeros[:n])
#			sink = []byte(s)
#			print(cap(sink), " ")
#			sinkr = []rune(s)
#			print(cap(sinkr), "; ")
#		}
#		println()
#		big := string(zeros[:])
#		sink = []byte(big)
#		sinkr = []rune(big[:9000])
#		println(cap(sink), cap(sinkr))
#		println(string([]rune{-1, 0xD800, 0x110000, 'a', 0x10FFFF}) == "\uFFFD\uFFFD\uFFFDa\U0010FFFF")
#		hello := []byte("hello, world")
#		println(string(hello[4:5]), string(hello[7:]), string(hello[:0]) == "")
#	}
	.intel_syntax noprefix

# Frame of main.main (RBP-relative).
.set S, -16             # the current string (ptr, len)
.set RS, -48            # a []rune (ptr, len, cap): stringtoslicerune's sret area
.set B, -80             # a []byte: stringtoslicebyte's sret area
.set BACK, -96          # string(rs)
.set SAVE, -128         # RBX, R12, R13, R14
.set TBACK, -160        # tmpBufs (32 bytes) for the results that do not escape:
.set TCMP, -192         #   back, string(b) == s, string(runes) == ...,
.set TRUNES, -224       #   []byte("hello, world"), string(hello[4:5]),
.set THELLO, -256       #   string(hello[7:]), string(hello[:0])
.set TS1, -288
.set TS2, -320
.set TS3, -352
.set FRAME, 352

.macro PRINTSTR label, len
	lea rdi, [rip + \label]
	mov esi, \len
	call "runtime.printstring"
.endm
# EQSTR p1, l1, p2, l2: AX = (string(p1, l1) == string(p2, l2))
.macro EQSTR p1, l1, p2, l2
	mov rdi, \p1
	mov rsi, \l1
	mov rdx, \p2
	mov rcx, \l2
	call "runtime.cmpstring"
	test rax, rax
	sete al
	movzx eax, al
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
	sub rsp, FRAME
	mov [rbp + SAVE], rbx
	mov [rbp + SAVE + 8], r12
	mov [rbp + SAVE + 16], r13
	mov [rbp + SAVE + 24], r14

	xor ebx, ebx                      # test index
.Ltest:
	lea rax, [rip + .Ltests]
	shl rbx, 4
	mov rcx, [rax + rbx]
	mov rdx, [rax + rbx + 8]
	shr rbx, 4
	mov [rbp + S], rcx
	mov [rbp + S + 8], rdx

	# for i, r := range s { print(i, ":", r, " ") }; println()
	call "runtime.printlock"
	xor r12d, r12d                    # k
.Lrange:
	cmp r12, [rbp + S + 8]
	jge .Lrange_done
	mov rax, [rbp + S]
	movzx ecx, byte ptr [rax + r12]
	cmp ecx, 0x80
	jae 1f
	mov r13, rcx                      # r = s[k], ASCII
	lea r14, [r12 + 1]
	jmp 2f
1:	mov rdi, [rbp + S]                # r, next = decoderune(s, k)
	mov rsi, [rbp + S + 8]
	mov rdx, r12
	call "runtime.decoderune"
	mov r13, rax
	mov r14, rdx
2:	mov rdi, r12
	call "runtime.printint"
	PRINTSTR .Lcolon, 1
	mov rdi, r13
	call "runtime.printint"
	PRINTSTR .Lspace, 1
	mov r12, r14
	jmp .Lrange
.Lrange_done:
	call "runtime.printnl"
	call "runtime.printunlock"

	# rs := []rune(s); print(len(rs), " "); for _, r := range rs { print(r, " ") }; println()
	lea rdi, [rbp + RS]               # the sret area
	xor esi, esi                      # sinkr = rs: escapes, no buffer
	mov rdx, [rbp + S]
	mov rcx, [rbp + S + 8]
	call "runtime.stringtoslicerune"
	call "runtime.printlock"
	mov rdi, [rbp + RS + 8]
	call "runtime.printint"
	PRINTSTR .Lspace, 1
	xor r12d, r12d
1:	cmp r12, [rbp + RS + 8]
	jge 2f
	mov rax, [rbp + RS]
	movsxd rdi, dword ptr [rax + r12*4]
	call "runtime.printint"
	PRINTSTR .Lspace, 1
	inc r12
	jmp 1b
2:	call "runtime.printnl"
	call "runtime.printunlock"

	# back := string(rs); b := []byte(s)
	# println(len(back), back == s, len(b), cap(b), string(b) == s)
	lea rdi, [rbp + TBACK]            # back does not escape: a buffer
	mov rsi, [rbp + RS]
	mov rdx, [rbp + RS + 8]
	call "runtime.slicerunetostring"
	mov [rbp + BACK], rax
	mov [rbp + BACK + 8], rdx
	lea rdi, [rbp + B]
	xor esi, esi                      # sink = b: no buffer
	mov rdx, [rbp + S]
	mov rcx, [rbp + S + 8]
	call "runtime.stringtoslicebyte"
	call "runtime.printlock"
	mov rdi, [rbp + BACK + 8]
	call "runtime.printint"
	call "runtime.printsp"
	EQSTR [rbp + BACK], [rbp + BACK + 8], [rbp + S], [rbp + S + 8]
	mov edi, eax
	call "runtime.printbool"
	call "runtime.printsp"
	mov rdi, [rbp + B + 8]
	call "runtime.printint"
	call "runtime.printsp"
	mov rdi, [rbp + B + 16]
	call "runtime.printint"
	call "runtime.printsp"
	lea rdi, [rbp + TCMP]
	mov rsi, [rbp + B]
	mov rdx, [rbp + B + 8]
	call "runtime.slicebytetostring"
	EQSTR rax, rdx, [rbp + S], [rbp + S + 8]
	mov edi, eax
	call "runtime.printbool"
	call "runtime.printnl"
	call "runtime.printunlock"

	inc rbx
	cmp rbx, (.Ltests_end - .Ltests) / 16
	jl .Ltest

	# Capacities of []byte(s) and []rune(s) for len(s) = 0...40.
	call "runtime.printlock"
	xor ebx, ebx
1:	lea rdi, [rbp + B]
	xor esi, esi
	lea rdx, [rip + zeros]
	mov rcx, rbx
	call "runtime.stringtoslicebyte"
	mov rdi, [rbp + B + 16]
	call "runtime.printint"
	PRINTSTR .Lspace, 1
	lea rdi, [rbp + RS]
	xor esi, esi
	lea rdx, [rip + zeros]
	mov rcx, rbx
	call "runtime.stringtoslicerune"
	mov rdi, [rbp + RS + 16]
	call "runtime.printint"
	PRINTSTR .Lsemi, 2
	inc rbx
	cmp rbx, 40
	jle 1b
	call "runtime.printnl"
	call "runtime.printunlock"

	# Large allocations: whole pages.
	lea rdi, [rbp + B]
	xor esi, esi
	lea rdx, [rip + zeros]
	mov ecx, 100000
	call "runtime.stringtoslicebyte"
	lea rdi, [rbp + RS]
	xor esi, esi
	lea rdx, [rip + zeros]
	mov ecx, 9000
	call "runtime.stringtoslicerune"
	call "runtime.printlock"
	mov rdi, [rbp + B + 16]
	call "runtime.printint"
	call "runtime.printsp"
	mov rdi, [rbp + RS + 16]
	call "runtime.printint"
	call "runtime.printnl"
	call "runtime.printunlock"

	# Invalid runes encode as U+FFFD.
	lea rdi, [rbp + TRUNES]
	lea rsi, [rip + .Lrunes]
	mov edx, 5
	call "runtime.slicerunetostring"
	lea rcx, [rip + .Lrunes_want]
	EQSTR rax, rdx, rcx, 14              # len(.Lrunes_want)
	mov r12d, eax

	# string(b) for one byte, for several, for none.
	lea rdi, [rbp + B]
	lea rsi, [rbp + THELLO]
	lea rdx, [rip + .Lhello]
	mov ecx, 12
	call "runtime.stringtoslicebyte"
	lea rdi, [rbp + TS1]              # one byte: no allocation (staticbytes)
	mov rsi, [rbp + B]
	add rsi, 4
	mov edx, 1
	call "runtime.slicebytetostring"
	mov r13, rax
	mov r14, rdx
	lea rdi, [rbp + TS2]
	mov rsi, [rbp + B]
	add rsi, 7
	mov edx, 5
	call "runtime.slicebytetostring"
	mov [rbp + BACK], rax
	mov [rbp + BACK + 8], rdx
	lea rdi, [rbp + TS3]
	mov rsi, [rbp + B]
	xor edx, edx
	call "runtime.slicebytetostring"
	mov rbx, rdx                      # len(string(hello[:0]))
	call "runtime.printlock"
	mov edi, r12d
	call "runtime.printbool"
	call "runtime.printnl"
	mov rdi, r13
	mov rsi, r14
	call "runtime.printstring"
	call "runtime.printsp"
	mov rdi, [rbp + BACK]
	mov rsi, [rbp + BACK + 8]
	call "runtime.printstring"
	call "runtime.printsp"
	test rbx, rbx
	sete dil
	movzx edi, dil
	call "runtime.printbool"
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
zeros:	.zero 100000

	.section .rodata
# T bytes: one test string (its bytes, in .rodata.str) in the table.
.macro T bytes:vararg
	.pushsection .rodata.str, "a"
1:	.byte \bytes
2:
	.popsection
	.quad 1b, 2b - 1b
.endm
	.p2align 3
.Ltests:
	T 'h', 0xc3, 0xa9, 'l', 'l', 'o'
	T 0xff
	T 'a', 0xc3
	T 0xc3, 0x28
	T 0xc0, 0xaf
	T 0xe0, 0x80, 0xaf
	T 0xed, 0xa0, 0x80
	T 0xed, 0x9f, 0xbf
	T 0xee, 0x80, 0x80
	T 0xf0, 0x9f, 0x98, 0x80
	T 0xf4, 0x8f, 0xbf, 0xbf
	T 0xf4, 0x90, 0x80, 0x80
	T 0xf5, 0x80, 0x80, 0x80
	T 0xf0, 0x9f, 0x98
	T 0xe2, 0x82
	T 0x80, 0x80
	T 'x', 0xef, 0xbf, 0xbd, 'y'
	.quad 0, 0                        # ""
.Ltests_end:
	.p2align 2
.Lrunes:	.long -1, 0xD800, 0x110000, 'a', 0x10FFFF
.Lrunes_want:	.byte 0xef, 0xbf, 0xbd, 0xef, 0xbf, 0xbd, 0xef, 0xbf, 0xbd, 'a', 0xf4, 0x8f, 0xbf, 0xbf
.Lrunes_want_end:
.Lhello:	.ascii "hello, world"
.Lcolon:	.ascii ":"
.Lspace:	.ascii " "
.Lsemi:		.ascii "; "

.Lfile:		.ascii "/gocc/smoke/strconv.go"
.Lfile_end:
.Lname_main:	.ascii "main.main"
	.p2align 3
.Lpcln_main:	.long 0, 1, -1

	.globl "runtime.firstmoduledata"
"runtime.firstmoduledata":
	.quad .Lftab, 1
.Lftab:
	.quad "main.main"                          # entry
	.long .Lmain_end - "main.main", FRAME      # size, frame
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
