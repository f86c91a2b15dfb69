# maps: the map runtime (map.rs, alg.rs) driven the way compiled code will
# drive it: makemap, mapassign (then a store through the returned pointer),
# mapaccess1/2, mapdelete, mapiterinit/mapiternext with the hiter in the
# frame, and efaceeq. Counts and checksums are printed, never an order.
# The Go program this plays the compiler for (gc prints the same;
# strconv.Itoa is main.itoa below):
#
#	type K struct {
#		a int32
#		_ int16
#		s string
#	}
#
#	var seen [16384]byte
#
#	func main() {
#		// 1. map[int]int: insert, look up, delete half, iterate.
#		m := make(map[int]int)
#		for i := 0; i < 10000; i++ { m[i*7] = i }
#		println(len(m))
#		sum, miss := 0, 0
#		for i := 0; i < 10000; i++ { v, ok := m[i*7]; if !ok { miss++ }; sum += v }
#		println(sum, miss)
#		found, nonzero := 0, 0
#		for i := 0; i < 10000; i++ {
#			if _, ok := m[i*7+1]; ok { found++ }
#			if m[i*7+2] != 0 { nonzero++ }
#		}
#		println(found, nonzero)
#		for i := 0; i < 10000; i += 2 { delete(m, i*7) }
#		delete(m, -1)
#		println(len(m))
#		clearSeen()
#		count, ksum, vsum, bad := 0, 0, 0, 0
#		for k, v := range m {
#			count++; ksum += k; vsum += v
#			if k != v*7 || v%2 == 0 { bad++ }
#			seen[v]++
#		}
#		dup := 0
#		for i := 0; i < 10000; i++ {
#			if i%2 == 1 && seen[i] != 1 || i%2 == 0 && seen[i] != 0 { dup++ }
#		}
#		println(count, ksum, vsum, bad, dup)
#
#		// 2. Deleting during iteration: at the first entry, delete all the others.
#		n := 0
#		for k := range m {
#			if n == 0 {
#				for i := 0; i < 10000; i++ { if i*7 != k { delete(m, i*7) } }
#			}
#			n++
#		}
#		println(n, len(m))
#
#		// 3. Inserting during iteration, growing the map several times.
#		m2 := make(map[int]int)
#		for i := 0; i < 1000; i++ { m2[i] = i }
#		clearSeen()
#		j, bad := 0, 0
#		for k, v := range m2 {
#			if k < 1000 {
#				seen[k]++
#				if v != k { bad++ }
#			} else {
#				seen[1000+k-100000]++
#			}
#			for x := 0; x < 3 && j < 3000; x++ { m2[100000+j] = -1; j++ }
#		}
#		oldOK, newDup := 0, 0
#		for i := 0; i < 1000; i++ { if seen[i] == 1 { oldOK++ } }
#		for i := 1000; i < 4000; i++ { if seen[i] > 1 { newDup++ } }
#		found = 0
#		for i := 0; i < 1000; i++ { if _, ok := m2[i]; ok { found++ } }
#		for i := 0; i < 3000; i++ { if _, ok := m2[100000+i]; ok { found++ } }
#		println(len(m2), oldOK, newDup, bad, found)
#
#		// 4. map[string]int, keys built afresh for every operation.
#		ms := make(map[string]int, 100)
#		for i := 0; i < 5000; i++ { ms[strconv.Itoa(i)] = i }
#		sum = 0
#		for i := 0; i < 5000; i++ { sum += ms[strconv.Itoa(i)] }
#		println(len(ms), sum)
#		for i := 0; i < 5000; i += 2 { delete(ms, strconv.Itoa(i)) }
#		count, vsum, lensum, bad := 0, 0, 0, 0
#		for k, v := range ms {
#			count++; vsum += v; lensum += len(k)
#			if k != strconv.Itoa(v) { bad++ }
#		}
#		println(len(ms), count, vsum, lensum, bad)
#
#		// 5. map[int]string.
#		mi := make(map[int]string)
#		for i := 0; i < 100; i++ { mi[i] = strconv.Itoa(i * i) }
#		println(mi[12], mi[99], len(mi[1000]), len(mi))
#
#		// 6. map[float64]int: +0 and -0 are one key, NaN is never found.
#		mf := make(map[float64]int)
#		mf[0.0] = 1
#		mf[math.Copysign(0, -1)] = 2
#		mf[math.NaN()] = 3
#		mf[math.NaN()] = 4
#		v, ok := mf[math.NaN()]
#		println(len(mf), mf[0.0], v, ok)
#		nan, negzero := 0, 0
#		vsum = 0
#		for k, v := range mf {
#			if k != k { nan++ }
#			if k == 0 && math.Signbit(k) { negzero++ }
#			vsum += v
#		}
#		println(nan, vsum, negzero)
#
#		// 7. map[any]int.
#		ma := make(map[any]int)
#		ma[1] = 10
#		ma["1"] = 20
#		ma[1.0] = 30
#		one := 1
#		ma[one] = 40
#		ma[nil] = 5
#		_, ok = ma[2]
#		println(len(ma), ma[1], ma["1"], ma[1.0], ma[nil], ok)
#
#		// 8. Struct keys: the blank field and the padding do not count.
#		mk := make(map[K]int)
#		mk[K{a: 5, s: "x"}] = 1
#		mk[K{a: 5, s: string(rune('x'))}] = 2
#		mk[K{a: 6, s: "x"}] = 3
#		println(len(mk), mk[K{a: 5, s: "x"}], mk[K{a: 6, s: "x"}])
#
#		// 9. == on two any values of the same dynamic type.
#		var a1, a2 any = 1, one
#		var f1, f2 any = math.NaN(), math.NaN()
#		var s1, s2 any = "1", string(rune('1'))
#		var n1, n2 any
#		var k1, k2 any = K{a: 5, s: "x"}, K{a: 5, s: string(rune('x'))}
#		p1, p2 := new(int), new(int)
#		var q1, q2, q3 any = p1, p1, p2
#		println(a1 == a2, f1 == f2, s1 == s2, n1 == n2, k1 == k2, q1 == q2, q1 == q3)
#
#		// 10. A nil map reads as empty.
#		var nm map[int]int
#		v, ok = nm[5]
#		delete(nm, 5)
#		it := 0
#		for range nm { it++ }
#		println(nm[5], v, ok, it, len(nm))
#
#		// 11. Values bigger than the 1024-byte zero area.
#		mb := make(map[int][2000]byte)
#		z := mb[7]
#		allzero := true
#		for _, b := range z { if b != 0 { allzero = false } }
#		var big [2000]byte
#		big[1999] = 7
#		mb[1] = big
#		z = mb[2]
#		for _, b := range z { if b != 0 { allzero = false } }
#		println(allzero, mb[1][1999], len(mb))
#
#		// 12. The iteration order changes from one range loop to the next.
#		m3 := make(map[int]int)
#		for i := 0; i < 100; i++ { m3[i] = i }
#		first := -1
#		differ := false
#		for r := 0; r < 20; r++ {
#			for k := range m3 {
#				if first < 0 { first = k } else if k != first { differ = true }
#				break
#			}
#		}
#		println(differ)
#
#		// 13. makemap may initialize an hmap the caller provides (in its frame).
#		var hm [48]byte // a zeroed runtime.hmap
#		mh := makemap(map[int]int, 0, &hm)
#		for i := 0; i < 100; i++ { mh[i] = i }
#		println(&hm == mh, len(mh), mh[42])
#	}
# env: GOCCDEBUG=checkroots=1
	.intel_syntax noprefix

# Frame of main.main (RBP-relative).
.set IT, -96            # hiter, HITER_WORDS=10 words: it.key at IT, it.elem at IT+8
.set KEY, -128          # a key being passed by address (up to 32 bytes)
.set M, -136            # the map of the current section
.set KCOPY, -160        # a second K (24 bytes)
.set P, -248            # up to 7 words to print: P, P+8, ...
.set SAVE, -288         # RBX, R12, R13, R14
.set HM, -336           # a 48-byte hmap in the frame (section 13)
.set FRAME, 352

# GOCALL target: a call from main.main with its stack-map record, as the
# compiler emits them: the return address's offset, then the frame's pointer
# slots as offsets from SP after the call (SP = RBP - FRAME): the hiter's
# words in HITER_PTRMASK (0-5), M, and the frame hmap's words in
# HMAP_PTRMASK (2, 3, 5). main.main zeroes them on entry, and
# `# env: GOCCDEBUG=checkroots=1` makes the runtime check at every
# allocation that they hold nil or valid pointers.
.set NSTACKMAPS, 0
	.pushsection .rodata.stackmaps, "a"
	.p2align 2
.Lstackmaps:
	.popsection
.macro GOCALL target
	call \target
.Lret\@:
	.pushsection .rodata.stackmaps, "a"
	.long .Lret\@ - "main.main", 10
	.long FRAME + IT, FRAME + IT + 8, FRAME + IT + 16, FRAME + IT + 24, FRAME + IT + 32, FRAME + IT + 40
	.long FRAME + M, FRAME + HM + 16, FRAME + HM + 24, FRAME + HM + 40
	.popsection
	.set NSTACKMAPS, NSTACKMAPS + 1
.endm

# CALLMAP fn, type: fn(type, M, &KEY)
.macro CALLMAP fn, type
	lea rdi, [rip + "\type"]
	mov rsi, [rbp + M]
	lea rdx, [rbp + KEY]
	GOCALL "runtime.\fn"
.endm
# SETKEY reg: KEY = reg (an 8-byte key)
.macro SETKEY reg
	mov [rbp + KEY], \reg
.endm
# PRINTLN n, bools: println(P[0], ..., P[n-1]); bit i of bools: P[i] is a bool.
.macro PRINTLN n, bools=0
	lea rdi, [rbp + P]
	mov esi, \n
	mov edx, \bools
	GOCALL "main.println"
.endm
# LEN dst: dst = len(M) (M not nil)
.macro LEN dst
	mov rax, [rbp + M]
	mov rax, [rax]                    # hmap.count, the first word
	mov \dst, rax
.endm
# ITERINIT type: for ... range M, the hiter at IT
.macro ITERINIT type
	lea rdi, [rip + "\type"]
	mov rsi, [rbp + M]
	lea rdx, [rbp + IT]
	GOCALL "runtime.mapiterinit"
.endm
.macro ITERNEXT
	lea rdi, [rbp + IT]
	GOCALL "runtime.mapiternext"
.endm
# CLEARSEEN: seen = [16384]byte{}
.macro CLEARSEEN
	lea rdi, [rip + seen]
	mov ecx, 16384
	xor eax, eax
	rep stosb
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
	lea rdi, [rbp + IT]               # zero the pointer slots: the hiter, M
	mov ecx, -IT
	xor eax, eax
	rep stosb
	mov qword ptr [rbp + M], 0
	lea rdi, [rbp + HM]               # and the frame hmap
	mov ecx, 48
	rep stosb

# --- 1. map[int]int -------------------------------------------------------
	lea rdi, [rip + "type:map[int]int"]
	xor esi, esi
	xor edx, edx
	GOCALL "runtime.makemap"
	mov [rbp + M], rax
	xor ebx, ebx                      # i
.L1_ins:
	imul rax, rbx, 7
	SETKEY rax
	CALLMAP mapassign, "type:map[int]int"
	mov [rax], rbx                    # m[i*7] = i
	inc rbx
	cmp rbx, 10000
	jl .L1_ins
	LEN [rbp + P]
	PRINTLN 1

	xor ebx, ebx                      # i
	xor r12d, r12d                    # sum
	xor r13d, r13d                    # miss
.L1_get:
	imul rax, rbx, 7
	SETKEY rax
	CALLMAP mapaccess2, "type:map[int]int"
	add r12, [rax]
	test dl, dl
	jnz 1f
	inc r13
1:	inc rbx
	cmp rbx, 10000
	jl .L1_get
	mov [rbp + P], r12
	mov [rbp + P + 8], r13
	PRINTLN 2

	xor ebx, ebx                      # i
	xor r12d, r12d                    # found
	xor r13d, r13d                    # nonzero
.L1_miss:
	imul rax, rbx, 7
	inc rax
	SETKEY rax
	CALLMAP mapaccess2, "type:map[int]int"
	test dl, dl
	jz 1f
	inc r12
1:	imul rax, rbx, 7
	add rax, 2
	SETKEY rax
	CALLMAP mapaccess1, "type:map[int]int"
	cmp qword ptr [rax], 0
	je 1f
	inc r13
1:	inc rbx
	cmp rbx, 10000
	jl .L1_miss
	mov [rbp + P], r12
	mov [rbp + P + 8], r13
	PRINTLN 2

	xor ebx, ebx
.L1_del:
	imul rax, rbx, 7
	SETKEY rax
	CALLMAP mapdelete, "type:map[int]int"
	add rbx, 2
	cmp rbx, 10000
	jl .L1_del
	mov qword ptr [rbp + KEY], -1
	CALLMAP mapdelete, "type:map[int]int"
	LEN [rbp + P]
	PRINTLN 1

	CLEARSEEN
	xor ebx, ebx                      # count
	xor r12d, r12d                    # ksum
	xor r13d, r13d                    # vsum
	xor r14d, r14d                    # bad
	ITERINIT "type:map[int]int"
.L1_iter:
	mov rax, [rbp + IT]               # it.key
	test rax, rax
	jz .L1_iterdone
	mov rcx, [rax]                    # k
	mov rdx, [rbp + IT + 8]
	mov rdx, [rdx]                    # v
	inc rbx
	add r12, rcx
	add r13, rdx
	imul rax, rdx, 7
	cmp rax, rcx
	jne 1f
	test rdx, 1
	jnz 2f
1:	inc r14
2:	lea rax, [rip + seen]
	inc byte ptr [rax + rdx]
	ITERNEXT
	jmp .L1_iter
.L1_iterdone:
	mov [rbp + P], rbx
	mov [rbp + P + 8], r12
	mov [rbp + P + 16], r13
	mov [rbp + P + 24], r14
	xor ebx, ebx                      # i
	xor r12d, r12d                    # dup
	lea r13, [rip + seen]
.L1_dup:
	movzx eax, byte ptr [r13 + rbx]
	mov ecx, ebx
	and ecx, 1                        # odd i: seen once; even: never
	cmp eax, ecx
	je 1f
	inc r12
1:	inc rbx
	cmp rbx, 10000
	jl .L1_dup
	mov [rbp + P + 32], r12
	PRINTLN 5

# --- 2. deleting during iteration -----------------------------------------
	xor r12d, r12d                    # n
	ITERINIT "type:map[int]int"
.L2_iter:
	mov rax, [rbp + IT]
	test rax, rax
	jz .L2_done
	test r12, r12
	jnz 2f
	mov r13, [rax]                    # k
	xor ebx, ebx
1:	imul rax, rbx, 7
	cmp rax, r13
	je 3f
	SETKEY rax
	CALLMAP mapdelete, "type:map[int]int"
3:	inc rbx
	cmp rbx, 10000
	jl 1b
2:	inc r12
	ITERNEXT
	jmp .L2_iter
.L2_done:
	mov [rbp + P], r12
	LEN [rbp + P + 8]
	PRINTLN 2

# --- 3. inserting during iteration ----------------------------------------
	lea rdi, [rip + "type:map[int]int"]
	xor esi, esi
	xor edx, edx
	GOCALL "runtime.makemap"
	mov [rbp + M], rax
	xor ebx, ebx
1:	SETKEY rbx
	CALLMAP mapassign, "type:map[int]int"
	mov [rax], rbx
	inc rbx
	cmp rbx, 1000
	jl 1b
	CLEARSEEN
	xor r12d, r12d                    # j
	xor r13d, r13d                    # bad
	ITERINIT "type:map[int]int"
.L3_iter:
	mov rax, [rbp + IT]
	test rax, rax
	jz .L3_done
	mov rcx, [rax]                    # k
	mov rdx, [rbp + IT + 8]
	mov rdx, [rdx]                    # v
	lea rax, [rip + seen]
	cmp rcx, 1000
	jge 1f
	inc byte ptr [rax + rcx]
	cmp rdx, rcx
	je 2f
	inc r13
	jmp 2f
1:	inc byte ptr [rax + rcx + 1000 - 100000]
2:	xor r14d, r14d                    # x
3:	cmp r14, 3
	jge 4f
	cmp r12, 3000
	jge 4f
	lea rax, [r12 + 100000]
	SETKEY rax
	CALLMAP mapassign, "type:map[int]int"
	mov qword ptr [rax], -1
	inc r12
	inc r14
	jmp 3b
4:	ITERNEXT
	jmp .L3_iter
.L3_done:
	LEN [rbp + P]
	mov [rbp + P + 24], r13
	lea rax, [rip + seen]
	xor ebx, ebx
	xor ecx, ecx                      # oldOK
1:	cmp byte ptr [rax + rbx], 1
	jne 2f
	inc rcx
2:	inc rbx
	cmp rbx, 1000
	jl 1b
	xor edx, edx                      # newDup
1:	cmp byte ptr [rax + rbx], 1
	jbe 2f
	inc rdx
2:	inc rbx
	cmp rbx, 4000
	jl 1b
	mov [rbp + P + 8], rcx
	mov [rbp + P + 16], rdx
	xor ebx, ebx
	xor r12d, r12d                    # found
1:	mov rax, rbx
	cmp rbx, 1000
	jl 2f
	add rax, 100000 - 1000
2:	SETKEY rax
	CALLMAP mapaccess2, "type:map[int]int"
	movzx eax, dl
	add r12, rax
	inc rbx
	cmp rbx, 4000
	jl 1b
	mov [rbp + P + 32], r12
	PRINTLN 5

# --- 4. map[string]int ----------------------------------------------------
	lea rdi, [rip + "type:map[string]int"]
	mov esi, 100                      # hint: the buckets are allocated now
	xor edx, edx
	GOCALL "runtime.makemap"
	mov [rbp + M], rax
	xor ebx, ebx
1:	mov rdi, rbx
	GOCALL "main.itoa"
	mov [rbp + KEY], rax
	mov [rbp + KEY + 8], rdx
	CALLMAP mapassign, "type:map[string]int"
	mov [rax], rbx
	inc rbx
	cmp rbx, 5000
	jl 1b
	xor ebx, ebx
	xor r12d, r12d                    # sum
1:	mov rdi, rbx
	GOCALL "main.itoa"
	mov [rbp + KEY], rax
	mov [rbp + KEY + 8], rdx
	CALLMAP mapaccess1, "type:map[string]int"
	add r12, [rax]
	inc rbx
	cmp rbx, 5000
	jl 1b
	LEN [rbp + P]
	mov [rbp + P + 8], r12
	PRINTLN 2
	xor ebx, ebx
1:	mov rdi, rbx
	GOCALL "main.itoa"
	mov [rbp + KEY], rax
	mov [rbp + KEY + 8], rdx
	CALLMAP mapdelete, "type:map[string]int"
	add rbx, 2
	cmp rbx, 5000
	jl 1b
	xor ebx, ebx                      # count
	xor r12d, r12d                    # vsum
	xor r13d, r13d                    # lensum
	xor r14d, r14d                    # bad
	ITERINIT "type:map[string]int"
.L4_iter:
	mov rax, [rbp + IT]
	test rax, rax
	jz .L4_done
	inc rbx
	mov rdx, [rbp + IT + 8]
	mov rdi, [rdx]                    # v
	add r12, rdi
	add r13, [rax + 8]                # len(k)
	GOCALL "main.itoa"                  # strconv.Itoa(v)
	mov rcx, [rbp + IT]
	mov rdi, [rcx]
	mov rsi, [rcx + 8]
	mov rcx, rdx
	mov rdx, rax
	GOCALL "runtime.cmpstring"
	test rax, rax
	jz 1f
	inc r14
1:	ITERNEXT
	jmp .L4_iter
.L4_done:
	LEN [rbp + P]
	mov [rbp + P + 8], rbx
	mov [rbp + P + 16], r12
	mov [rbp + P + 24], r13
	mov [rbp + P + 32], r14
	PRINTLN 5

# --- 5. map[int]string ----------------------------------------------------
	lea rdi, [rip + "type:map[int]string"]
	xor esi, esi
	xor edx, edx
	GOCALL "runtime.makemap"
	mov [rbp + M], rax
	xor ebx, ebx
1:	mov rdi, rbx
	imul rdi, rbx
	GOCALL "main.itoa"
	mov r12, rax
	mov r13, rdx
	SETKEY rbx
	CALLMAP mapassign, "type:map[int]string"
	mov [rax], r12                    # a string elem: two words
	mov [rax + 8], r13
	inc rbx
	cmp rbx, 100
	jl 1b
	GOCALL "runtime.printlock"
	mov qword ptr [rbp + KEY], 12
	CALLMAP mapaccess1, "type:map[int]string"
	mov rdi, [rax]
	mov rsi, [rax + 8]
	GOCALL "runtime.printstring"
	GOCALL "runtime.printsp"
	mov qword ptr [rbp + KEY], 99
	CALLMAP mapaccess1, "type:map[int]string"
	mov rdi, [rax]
	mov rsi, [rax + 8]
	GOCALL "runtime.printstring"
	GOCALL "runtime.printsp"
	mov qword ptr [rbp + KEY], 1000
	CALLMAP mapaccess1, "type:map[int]string"
	mov rdi, [rax + 8]
	GOCALL "runtime.printint"
	GOCALL "runtime.printsp"
	LEN rdi
	GOCALL "runtime.printint"
	GOCALL "runtime.printnl"
	GOCALL "runtime.printunlock"

# --- 6. map[float64]int ---------------------------------------------------
	lea rdi, [rip + "type:map[float64]int"]
	xor esi, esi
	xor edx, edx
	GOCALL "runtime.makemap"
	mov [rbp + M], rax
	mov qword ptr [rbp + KEY], 0      # +0
	CALLMAP mapassign, "type:map[float64]int"
	mov qword ptr [rax], 1
	mov rax, 0x8000000000000000       # -0
	SETKEY rax
	CALLMAP mapassign, "type:map[float64]int"
	mov qword ptr [rax], 2
	mov rax, 0x7ff8000000000001       # NaN
	SETKEY rax
	CALLMAP mapassign, "type:map[float64]int"
	mov qword ptr [rax], 3
	mov rax, 0x7ff8000000000001
	SETKEY rax
	CALLMAP mapassign, "type:map[float64]int"
	mov qword ptr [rax], 4
	mov rax, 0x7ff8000000000001
	SETKEY rax
	CALLMAP mapaccess2, "type:map[float64]int"
	mov rax, [rax]
	mov [rbp + P + 16], rax
	movzx edx, dl
	mov [rbp + P + 24], rdx
	mov qword ptr [rbp + KEY], 0
	CALLMAP mapaccess1, "type:map[float64]int"
	mov rax, [rax]
	mov [rbp + P + 8], rax
	LEN [rbp + P]
	PRINTLN 4, 0b1000
	xor ebx, ebx                      # nan
	xor r12d, r12d                    # vsum
	xor r13d, r13d                    # negzero
	ITERINIT "type:map[float64]int"
.L6_iter:
	mov rax, [rbp + IT]
	test rax, rax
	jz .L6_done
	movsd xmm0, [rax]
	ucomisd xmm0, xmm0
	jnp 1f                            # ordered: not a NaN
	inc rbx
1:	mov rcx, 0x8000000000000000
	cmp [rax], rcx
	jne 1f
	inc r13
1:	mov rdx, [rbp + IT + 8]
	add r12, [rdx]
	ITERNEXT
	jmp .L6_iter
.L6_done:
	mov [rbp + P], rbx
	mov [rbp + P + 8], r12
	mov [rbp + P + 16], r13
	PRINTLN 3

# --- 7. map[any]int -------------------------------------------------------
	lea rdi, [rip + "type:map[interface {}]int"]
	xor esi, esi
	xor edx, edx
	GOCALL "runtime.makemap"
	mov [rbp + M], rax
# ANYKEY type, data: KEY = any(type, data)
.macro ANYKEY type, data
	lea rax, [rip + "\type"]
	mov [rbp + KEY], rax
	lea rax, [rip + \data]
	mov [rbp + KEY + 8], rax
.endm
# ASSIGNANY type, data, value
.macro ASSIGNANY type, data, value
	ANYKEY \type, \data
	CALLMAP mapassign, "type:map[interface {}]int"
	mov qword ptr [rax], \value
.endm
# GETANY type, data, dst: dst = ma[any(type, data)]
.macro GETANY type, data, dst
	ANYKEY \type, \data
	CALLMAP mapaccess1, "type:map[interface {}]int"
	mov rax, [rax]
	mov \dst, rax
.endm
	ASSIGNANY "type:int", .Lone1, 10
	ASSIGNANY "type:string", .Lstr1, 20
	ASSIGNANY "type:float64", .Lonef, 30
	ASSIGNANY "type:int", .Lone2, 40          # a different box holding 1
	mov qword ptr [rbp + KEY], 0              # nil: no type, no data
	mov qword ptr [rbp + KEY + 8], 0
	CALLMAP mapassign, "type:map[interface {}]int"
	mov qword ptr [rax], 5
	LEN [rbp + P]
	GETANY "type:int", .Lone1, [rbp + P + 8]
	GETANY "type:string", .Lstr1b, [rbp + P + 16]
	GETANY "type:float64", .Lonef, [rbp + P + 24]
	mov qword ptr [rbp + KEY], 0
	mov qword ptr [rbp + KEY + 8], 0
	CALLMAP mapaccess1, "type:map[interface {}]int"
	mov rax, [rax]
	mov [rbp + P + 32], rax
	ANYKEY "type:int", .Ltwo
	CALLMAP mapaccess2, "type:map[interface {}]int"
	movzx edx, dl
	mov [rbp + P + 40], rdx
	PRINTLN 6, 0b100000

# --- 8. struct keys -------------------------------------------------------
	lea rdi, [rip + "type:map[main.K]int"]
	xor esi, esi
	xor edx, edx
	GOCALL "runtime.makemap"
	mov [rbp + M], rax
# KKEY a, blank, pad, sptr, slen: KEY = K{a, _: blank, s}, with pad in the padding
.macro KKEY a, blank, pad, sptr, slen
	mov dword ptr [rbp + KEY], \a
	mov word ptr [rbp + KEY + 4], \blank
	mov word ptr [rbp + KEY + 6], \pad
	mov [rbp + KEY + 8], \sptr
	mov qword ptr [rbp + KEY + 16], \slen
.endm
	lea r12, [rip + .Lx]              # "x"
	xor edi, edi                      # a map key escapes: no buffer
	mov esi, 'x'
	GOCALL "runtime.intstring"          # string(rune('x')): another copy of "x"
	mov r13, rax
	KKEY 5, 0x1111, 0xaaaa, r12, 1
	CALLMAP mapassign, "type:map[main.K]int"
	mov qword ptr [rax], 1
	KKEY 5, 0x2222, 0x5555, r13, 1
	CALLMAP mapassign, "type:map[main.K]int"
	mov qword ptr [rax], 2
	KKEY 6, 0, 0, r12, 1
	CALLMAP mapassign, "type:map[main.K]int"
	mov qword ptr [rax], 3
	LEN [rbp + P]
	KKEY 5, 0x3333, 0x1234, r12, 1
	CALLMAP mapaccess1, "type:map[main.K]int"
	mov rax, [rax]
	mov [rbp + P + 8], rax
	KKEY 6, 0x4444, 0x4321, r13, 1
	CALLMAP mapaccess1, "type:map[main.K]int"
	mov rax, [rax]
	mov [rbp + P + 16], rax
	PRINTLN 3

# --- 9. efaceeq -----------------------------------------------------------
# EQ type, x, y, dst: dst = efaceeq(type, x, y)
.macro EQ type, x, y, dst
	lea rdi, [rip + "\type"]
	lea rsi, [rip + \x]
	lea rdx, [rip + \y]
	GOCALL "runtime.efaceeq"
	movzx eax, al
	mov \dst, rax
.endm
	EQ "type:int", .Lone1, .Lone2, [rbp + P]
	EQ "type:float64", .Lnan, .Lnan, [rbp + P + 8]
	EQ "type:string", .Lstr1, .Lstr1b, [rbp + P + 16]
	xor edi, edi                      # two nil interfaces
	xor esi, esi
	xor edx, edx
	GOCALL "runtime.efaceeq"
	movzx eax, al
	mov [rbp + P + 24], rax
	KKEY 5, 0x1111, 0xaaaa, r12, 1   # k1, copied to KCOPY
	mov rax, [rbp + KEY]
	mov [rbp + KCOPY], rax
	mov [rbp + KCOPY + 8], r12
	mov qword ptr [rbp + KCOPY + 16], 1
	KKEY 5, 0x2222, 0x5555, r13, 1   # k2
	lea rdi, [rip + "type:main.K"]
	lea rsi, [rbp + KCOPY]
	lea rdx, [rbp + KEY]
	GOCALL "runtime.efaceeq"
	movzx eax, al
	mov [rbp + P + 32], rax
	lea rdi, [rip + "type:*int"]      # pointer-shaped: the data words are the pointers
	lea rsi, [rip + .Lone1]
	lea rdx, [rip + .Lone1]
	GOCALL "runtime.efaceeq"
	movzx eax, al
	mov [rbp + P + 40], rax
	lea rdi, [rip + "type:*int"]
	lea rsi, [rip + .Lone1]
	lea rdx, [rip + .Lone2]
	GOCALL "runtime.efaceeq"
	movzx eax, al
	mov [rbp + P + 48], rax
	PRINTLN 7, 0b1111111

# --- 10. nil map ----------------------------------------------------------
	mov qword ptr [rbp + M], 0
	mov qword ptr [rbp + KEY], 5
	CALLMAP mapaccess2, "type:map[int]int"
	mov rax, [rax]
	mov [rbp + P + 8], rax
	movzx edx, dl
	mov [rbp + P + 16], rdx
	CALLMAP mapdelete, "type:map[int]int"
	xor ebx, ebx
	ITERINIT "type:map[int]int"
1:	cmp qword ptr [rbp + IT], 0
	je 2f
	inc rbx
	ITERNEXT
	jmp 1b
2:	mov [rbp + P + 24], rbx
	CALLMAP mapaccess1, "type:map[int]int"
	mov rax, [rax]
	mov [rbp + P], rax
	mov qword ptr [rbp + P + 32], 0   # len(nm): the compiler tests for nil
	PRINTLN 5, 0b100

# --- 11. values bigger than the zero area ---------------------------------
	lea rdi, [rip + "type:map[int][2000]uint8"]
	xor esi, esi
	xor edx, edx
	GOCALL "runtime.makemap"
	mov [rbp + M], rax
	mov ebx, 1                        # allzero
	mov qword ptr [rbp + KEY], 7
	CALLMAP mapaccess1, "type:map[int][2000]uint8"
	mov rdi, rax
	GOCALL "main.allzero2000"
	and rbx, rax
	mov qword ptr [rbp + KEY], 1
	CALLMAP mapassign, "type:map[int][2000]uint8"
	mov byte ptr [rax + 1999], 7      # the whole [2000]byte is stored; only one byte is not 0
	mov qword ptr [rbp + KEY], 2
	CALLMAP mapaccess1, "type:map[int][2000]uint8"
	mov rdi, rax
	GOCALL "main.allzero2000"
	and rbx, rax
	mov [rbp + P], rbx
	mov qword ptr [rbp + KEY], 1
	CALLMAP mapaccess1, "type:map[int][2000]uint8"
	movzx eax, byte ptr [rax + 1999]
	mov [rbp + P + 8], rax
	LEN [rbp + P + 16]
	PRINTLN 3, 0b1

# --- 12. random iteration order -------------------------------------------
	lea rdi, [rip + "type:map[int]int"]
	xor esi, esi
	xor edx, edx
	GOCALL "runtime.makemap"
	mov [rbp + M], rax
	xor ebx, ebx
1:	SETKEY rbx
	CALLMAP mapassign, "type:map[int]int"
	mov [rax], rbx
	inc rbx
	cmp rbx, 100
	jl 1b
	mov r12, -1                       # first
	xor r13d, r13d                    # differ
	xor ebx, ebx                      # r
1:	ITERINIT "type:map[int]int"
	mov rax, [rbp + IT]
	mov rax, [rax]                    # the first key of this loop
	test r12, r12
	jns 2f
	mov r12, rax
	jmp 3f
2:	cmp rax, r12
	je 3f
	mov r13d, 1
3:	inc rbx
	cmp rbx, 20
	jl 1b
	mov [rbp + P], r13
	PRINTLN 1, 0b1

# --- 13. an hmap in the caller's frame ------------------------------------
	lea rdi, [rbp + HM]
	xor eax, eax
	mov ecx, 48
	rep stosb
	lea rdi, [rip + "type:map[int]int"]
	xor esi, esi
	lea rdx, [rbp + HM]
	GOCALL "runtime.makemap"
	mov [rbp + M], rax
	lea rcx, [rbp + HM]
	cmp rax, rcx
	sete al
	movzx eax, al
	mov [rbp + P], rax
	xor ebx, ebx
1:	SETKEY rbx
	CALLMAP mapassign, "type:map[int]int"
	mov [rax], rbx
	inc rbx
	cmp rbx, 100
	jl 1b
	LEN [rbp + P + 8]
	mov qword ptr [rbp + KEY], 42
	CALLMAP mapaccess1, "type:map[int]int"
	mov rax, [rax]
	mov [rbp + P + 16], rax
	PRINTLN 3, 0b1

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

# println(a[0], ..., a[n-1]) for a = DI, n = SI; bit i of DX: a[i] is a bool.
"main.println":
	push rbp
	mov rbp, rsp
	push rbx
	push r12
	push r13
	push r14
	mov rbx, rdi
	mov r12, rsi
	mov r13, rdx
	xor r14d, r14d
	call "runtime.printlock"
1:	mov rdi, [rbx + r14*8]
	bt r13, r14
	jc 2f
	call "runtime.printint"
	jmp 3f
2:	call "runtime.printbool"
3:	inc r14
	cmp r14, r12
	jge 4f
	call "runtime.printsp"
	jmp 1b
4:	call "runtime.printnl"
	call "runtime.printunlock"
	pop r14
	pop r13
	pop r12
	pop rbx
	pop rbp
	ret

# itoa(DI >= 0) -> (AX, DX): strconv.Itoa, through runtime.slicebytetostring
# from a buffer in the frame (the digits; the result escapes, as map keys, so
# slicebytetostring gets no buffer of its own and copies them to the heap).
"main.itoa":
	push rbp
	mov rbp, rsp
	sub rsp, 32
	mov rsi, rbp                      # digits are written backwards from RBP
	mov rax, rdi
	mov ecx, 10
1:	xor edx, edx
	div rcx
	add dl, '0'
	dec rsi
	mov [rsi], dl
	test rax, rax
	jnz 1b
	mov rdx, rbp
	sub rdx, rsi
	xor edi, edi
	call "runtime.slicebytetostring"
	leave
	ret

# allzero2000(DI) -> AX: whether the 2000 bytes at DI are all 0.
"main.allzero2000":
	xor eax, eax
	mov ecx, 2000
	repe scasb
	sete al
	ret

	.globl "main.init"
"main.init":
	ret

	.bss
seen:	.zero 16384

	.section .rodata
	.p2align 3
.Lone1:	.quad 1
.Lone2:	.quad 1
.Ltwo:	.quad 2
.Lonef:	.double 1.0
.Lnan:	.quad 0x7ff8000000000001
.Lstr1:	.quad .Ls1, 1                     # "1"
.Lstr1b: .quad .Ls1b, 1                   # another "1"
.Ls1:	.ascii "1"
.Ls1b:	.ascii "1"
.Lx:	.ascii "x"

# Type descriptors (abi.Type, 64 bytes; then the kind's extra words).
# TYPE sym, size, ptr_bytes, align, kind, gcdata, name, elem
.set .Lnil, 0
.macro TYPE sym, size, ptrbytes, align, kind, gcdata, name, elem=.Lnil
	.p2align 3
	.globl "\sym"
"\sym":
	.quad \size, \ptrbytes
	.long 0                            # hash
	.byte 0, \align, \align, \kind     # tflag, align, field_align, kind
	.quad 0, \gcdata                   # equal, gcdata
	.quad 1f, 2f - 1f                  # str
	.quad "\elem"                     # elem
	.pushsection .rodata.str, "a"
1:	.ascii "\name"
2:
	.popsection
.endm
# MAPTYPE key, elem: type:map[key]elem (abi.MapType: Type + key)
.macro MAPTYPE key, elem
	TYPE "type:map[\key]\elem", 8, 8, 8, 21, .Lptr1, "map[\key]\elem", "type:\elem"
	.quad "type:\key"                 # MapType.key
.endm
.Lptr1:	.byte 0b1
.Lptr2:	.byte 0b10
.Lptr11: .byte 0b11
	TYPE "type:int", 8, 0, 8, 2, 0, "int"
	TYPE "type:uint8", 1, 0, 1, 8, 0, "uint8"
	TYPE "type:int16", 2, 0, 2, 4, 0, "int16"
	TYPE "type:int32", 4, 0, 4, 5, 0, "int32"
	TYPE "type:float64", 8, 0, 8, 14, 0, "float64"
	TYPE "type:string", 16, 8, 8, 24, .Lptr1, "string"
	TYPE "type:interface {}", 16, 16, 8, 20, .Lptr11, "interface {}"
	TYPE "type:*int", 8, 8, 8, 22, .Lptr1, "*int", "type:int"
	TYPE "type:[2000]uint8", 2000, 0, 1, 17, 0, "[2000]uint8", "type:uint8"
	.quad 2000                         # ArrayType.len
	TYPE "type:main.K", 24, 16, 8, 25, .Lptr2, "main.K"
	.quad .LKfields, 3                 # StructType.fields, nfields
.LKfields:                             # StructField: name, name_len, typ, offset
	.quad .LKa, 1, "type:int32", 0
	.quad .LKblank, 1, "type:int16", 4
	.quad .LKs, 1, "type:string", 8
.LKa:	.ascii "a"
.LKblank: .ascii "_"
.LKs:	.ascii "s"
	MAPTYPE int, int
	MAPTYPE string, int
	MAPTYPE int, string
	MAPTYPE float64, int
	MAPTYPE "interface {}", int
	MAPTYPE main.K, int
	MAPTYPE int, [2000]uint8

.Lfile:		.ascii "/gocc/smoke/maps.go"
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
	.quad .Lstackmaps                          # stackmaps
	.long NSTACKMAPS, 0                        # nstackmaps, flags
	.quad 0, 0						# inltree; ninltree, pad

	.section .note.GNU-stack,"",@progbits

	# The init functions runtime.main runs (gc's initTask): main.init only.
	.section .rodata
	.p2align 3
	.globl "main..inittask"
"main..inittask":
	.long 0, 1
	.quad "main.init"
