main.greet STEXT size=77 align=0x0 args=0x20 locals=0x10 funcid=0x0
	0x0000 00000 (strings.go:9)	TEXT	main.greet(SB), ABIInternal, $16-32
	0x0000 00000 (strings.go:9)	PUSHQ	BP
	0x0001 00001 (strings.go:9)	MOVQ	SP, BP
	0x0004 00004 (strings.go:9)	SUBQ	$16, SP
	0x0008 00008 (strings.go:9)	MOVQ	SI, R8
	0x000b 00011 (strings.go:9)	MOVQ	DI, (SP)
	0x000f 00015 (strings.go:9)	MOVQ	R15, AX
	0x0012 00018 (strings.go:9)	MOVQ	16(AX), AX
	0x0016 00022 (strings.go:9)	MOVQ	SP, CX
	0x0019 00025 (strings.go:9)	CMPQ	CX, AX
	0x001c 00028 (strings.go:9)	JLS	67
	0x0022 00034 (strings.go:9)	MOVQ	(SP), CX
	0x0026 00038 (strings.go:9)	XORQ	DI, DI
	0x0029 00041 (strings.go:10)	LEAQ	go:string."hello, "(SB), SI
	0x0030 00048 (strings.go:10)	MOVL	$7, DX
	0x0035 00053 (strings.go:10)	CALL	runtime.concatstring2(SB)
	0x003a 00058 (strings.go:10)	ADDQ	$16, SP
	0x003e 00062 (strings.go:10)	MOVQ	BP, SP
	0x0041 00065 (strings.go:10)	POPQ	BP
	0x0042 00066 (strings.go:10)	RET
	0x0043 00067 (strings.go:9)	CALL	runtime.morestack_noctxt(SB)
	0x0048 00072 (strings.go:9)	JMP	34
	0x0000 55 48 89 e5 48 83 ec 10 49 89 f0 48 89 3c 24 4c  UH..H...I..H.<$L
	0x0010 89 f8 48 8b 40 10 48 89 e1 48 3b c8 0f 86 21 00  ..H.@.H..H;...!.
	0x0020 00 00 48 8b 0c 24 48 33 ff 48 8d 35 00 00 00 00  ..H..$H3.H.5....
	0x0030 ba 07 00 00 00 e8 00 00 00 00 48 83 c4 10 48 89  ..........H...H.
	0x0040 ec 5d c3 e8 00 00 00 00 e9 d5 ff ff ff           .]...........
	rel 44+4 t=R_PCREL go:string."hello, "+0
	rel 54+4 t=R_CALL runtime.concatstring2+0
	rel 68+4 t=R_CALL runtime.morestack_noctxt+0
main.first STEXT size=85 align=0x0 args=0x18 locals=0x10 funcid=0x0
	0x0000 00000 (strings.go:13)	TEXT	main.first(SB), ABIInternal, $16-24
	0x0000 00000 (strings.go:13)	PUSHQ	BP
	0x0001 00001 (strings.go:13)	MOVQ	SP, BP
	0x0004 00004 (strings.go:13)	SUBQ	$16, SP
	0x0008 00008 (strings.go:13)	MOVQ	DI, (SP)
	0x000c 00012 (strings.go:13)	MOVQ	R15, R11
	0x000f 00015 (strings.go:13)	MOVQ	16(R11), R11
	0x0013 00019 (strings.go:13)	MOVQ	SP, AX
	0x0016 00022 (strings.go:13)	CMPQ	AX, R11
	0x0019 00025 (strings.go:13)	JLS	60
	0x001f 00031 (strings.go:14)	TESTQ	SI, SI
	0x0022 00034 (strings.go:14)	MOVQ	SI, DX
	0x0025 00037 (strings.go:14)	JEQ	70
	0x002b 00043 (strings.go:14)	MOVQ	(SP), AX
	0x002f 00047 (strings.go:14)	MOVBQZX	(AX), AX
	0x0033 00051 (strings.go:14)	ADDQ	$16, SP
	0x0037 00055 (strings.go:14)	MOVQ	BP, SP
	0x003a 00058 (strings.go:14)	POPQ	BP
	0x003b 00059 (strings.go:14)	RET
	0x003c 00060 (strings.go:13)	CALL	runtime.morestack_noctxt(SB)
	0x0041 00065 (strings.go:13)	JMP	31
	0x0046 00070 (strings.go:14)	MOVL	$256, DI
	0x004b 00075 (strings.go:14)	XORQ	SI, SI
	0x004e 00078 (strings.go:14)	CALL	runtime.panicBounds(SB)
	0x0053 00083 (strings.go:14)	UD2
	0x0000 55 48 89 e5 48 83 ec 10 48 89 3c 24 4d 89 fb 4d  UH..H...H.<$M..M
	0x0010 8b 5b 10 48 89 e0 49 3b c3 0f 86 1d 00 00 00 48  .[.H..I;.......H
	0x0020 85 f6 48 89 f2 0f 84 1b 00 00 00 48 8b 04 24 48  ..H........H..$H
	0x0030 0f b6 00 48 83 c4 10 48 89 ec 5d c3 e8 00 00 00  ...H...H..].....
	0x0040 00 e9 d9 ff ff ff bf 00 01 00 00 48 33 f6 e8 00  ...........H3...
	0x0050 00 00 00 0f 0b                                   .....
	rel 61+4 t=R_CALL runtime.morestack_noctxt+0
	rel 79+4 t=R_CALL runtime.panicBounds+0
main.tail STEXT size=102 align=0x0 args=0x20 locals=0x10 funcid=0x0
	0x0000 00000 (strings.go:17)	TEXT	main.tail(SB), ABIInternal, $16-32
	0x0000 00000 (strings.go:17)	PUSHQ	BP
	0x0001 00001 (strings.go:17)	MOVQ	SP, BP
	0x0004 00004 (strings.go:17)	SUBQ	$16, SP
	0x0008 00008 (strings.go:17)	MOVQ	DI, (SP)
	0x000c 00012 (strings.go:17)	MOVQ	R15, AX
	0x000f 00015 (strings.go:17)	MOVQ	16(AX), AX
	0x0013 00019 (strings.go:17)	MOVQ	SP, CX
	0x0016 00022 (strings.go:17)	CMPQ	CX, AX
	0x0019 00025 (strings.go:17)	JLS	72
	0x001f 00031 (strings.go:18)	TESTQ	SI, SI
	0x0022 00034 (strings.go:18)	JEQ	82
	0x0028 00040 (strings.go:18)	MOVQ	(SP), CX
	0x002c 00044 (strings.go:18)	LEAQ	1(CX), AX
	0x0030 00048 (strings.go:18)	CMPQ	SI, $1
	0x0034 00052 (strings.go:18)	CMOVQEQ	CX, AX
	0x0038 00056 (strings.go:18)	MOVQ	SI, DX
	0x003b 00059 (strings.go:18)	SUBQ	$1, DX
	0x003f 00063 (strings.go:18)	ADDQ	$16, SP
	0x0043 00067 (strings.go:18)	MOVQ	BP, SP
	0x0046 00070 (strings.go:18)	POPQ	BP
	0x0047 00071 (strings.go:18)	RET
	0x0048 00072 (strings.go:17)	CALL	runtime.morestack_noctxt(SB)
	0x004d 00077 (strings.go:17)	JMP	31
	0x0052 00082 (strings.go:17)	MOVQ	SI, DX
	0x0055 00085 (strings.go:18)	MOVL	$259, DI
	0x005a 00090 (strings.go:18)	MOVL	$1, SI
	0x005f 00095 (strings.go:18)	CALL	runtime.panicBounds(SB)
	0x0064 00100 (strings.go:18)	UD2
	0x0000 55 48 89 e5 48 83 ec 10 48 89 3c 24 4c 89 f8 48  UH..H...H.<$L..H
	0x0010 8b 40 10 48 89 e1 48 3b c8 0f 86 29 00 00 00 48  .@.H..H;...)...H
	0x0020 85 f6 0f 84 2a 00 00 00 48 8b 0c 24 48 8d 41 01  ....*...H..$H.A.
	0x0030 48 83 fe 01 48 0f 44 c1 48 89 f2 48 83 ea 01 48  H...H.D.H..H...H
	0x0040 83 c4 10 48 89 ec 5d c3 e8 00 00 00 00 e9 cd ff  ...H..].........
	0x0050 ff ff 48 89 f2 bf 03 01 00 00 be 01 00 00 00 e8  ..H.............
	0x0060 00 00 00 00 0f 0b                                ......
	rel 73+4 t=R_CALL runtime.morestack_noctxt+0
	rel 96+4 t=R_CALL runtime.panicBounds+0
main.less STEXT size=73 align=0x0 args=0x28 locals=0x10 funcid=0x0
	0x0000 00000 (strings.go:21)	TEXT	main.less(SB), ABIInternal, $16-40
	0x0000 00000 (strings.go:21)	PUSHQ	BP
	0x0001 00001 (strings.go:21)	MOVQ	SP, BP
	0x0004 00004 (strings.go:21)	SUBQ	$16, SP
	0x0008 00008 (strings.go:21)	MOVQ	DI, (SP)
	0x000c 00012 (strings.go:21)	MOVQ	DX, 8(SP)
	0x0011 00017 (strings.go:21)	MOVQ	R15, AX
	0x0014 00020 (strings.go:21)	MOVQ	16(AX), AX
	0x0018 00024 (strings.go:21)	MOVQ	SP, DX
	0x001b 00027 (strings.go:21)	CMPQ	DX, AX
	0x001e 00030 (strings.go:21)	JLS	63
	0x0024 00036 (strings.go:21)	MOVQ	(SP), DI
	0x0028 00040 (strings.go:21)	MOVQ	8(SP), DX
	0x002d 00045 (strings.go:22)	CALL	runtime.cmpstring(SB)
	0x0032 00050 (strings.go:22)	SHRQ	$63, AX
	0x0036 00054 (strings.go:22)	ADDQ	$16, SP
	0x003a 00058 (strings.go:22)	MOVQ	BP, SP
	0x003d 00061 (strings.go:22)	POPQ	BP
	0x003e 00062 (strings.go:22)	RET
	0x003f 00063 (strings.go:21)	CALL	runtime.morestack_noctxt(SB)
	0x0044 00068 (strings.go:21)	JMP	36
	0x0000 55 48 89 e5 48 83 ec 10 48 89 3c 24 48 89 54 24  UH..H...H.<$H.T$
	0x0010 08 4c 89 f8 48 8b 40 10 48 89 e2 48 3b d0 0f 86  .L..H.@.H..H;...
	0x0020 1b 00 00 00 48 8b 3c 24 48 8b 54 24 08 e8 00 00  ....H.<$H.T$....
	0x0030 00 00 48 c1 e8 3f 48 83 c4 10 48 89 ec 5d c3 e8  ..H..?H...H..]..
	0x0040 00 00 00 00 e9 db ff ff ff                       .........
	rel 46+4 t=R_CALL runtime.cmpstring+0
	rel 64+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=325 align=0x0 args=0x0 locals=0x50 funcid=0x0
	0x0000 00000 (strings.go:25)	TEXT	main.main(SB), ABIInternal, $80-0
	0x0000 00000 (strings.go:25)	PUSHQ	BP
	0x0001 00001 (strings.go:25)	MOVQ	SP, BP
	0x0004 00004 (strings.go:25)	SUBQ	$80, SP
	0x0008 00008 (strings.go:25)	MOVQ	BX, 48(SP)
	0x000d 00013 (strings.go:25)	MOVQ	R12, 56(SP)
	0x0012 00018 (strings.go:25)	MOVQ	R13, 64(SP)
	0x0017 00023 (strings.go:25)	MOVQ	R15, AX
	0x001a 00026 (strings.go:25)	MOVQ	16(AX), AX
	0x001e 00030 (strings.go:25)	MOVQ	SP, CX
	0x0021 00033 (strings.go:25)	CMPQ	CX, AX
	0x0024 00036 (strings.go:25)	JLS	277
	0x002a 00042 (strings.go:10)	LEAQ	(SP), DI
	0x002e 00046 (strings.go:10)	LEAQ	go:string."hello, "(SB), SI
	0x0035 00053 (strings.go:10)	MOVL	$7, DX
	0x003a 00058 (strings.go:26)	LEAQ	go:string."gopher"(SB), CX
	0x0041 00065 (strings.go:26)	MOVL	$6, R8
	0x0047 00071 (strings.go:10)	CALL	runtime.concatstring2(SB)
	0x004c 00076 (strings.go:10)	MOVQ	AX, 40(SP)
	0x0051 00081 (strings.go:14)	TESTQ	DX, DX
	0x0054 00084 (strings.go:14)	JEQ	307
	0x005a 00090 (strings.go:14)	MOVBQZX	(AX), BX
	0x005e 00094 (strings.go:18)	CMPQ	DX, $1
	0x0062 00098 (strings.go:18)	JCS	287
	0x0068 00104 (strings.go:18)	LEAQ	1(AX), CX
	0x006c 00108 (strings.go:18)	CMPQ	DX, $1
	0x0070 00112 (strings.go:18)	MOVQ	DX, R12
	0x0073 00115 (strings.go:18)	CMOVQEQ	AX, CX
	0x0077 00119 (strings.go:18)	MOVQ	CX, 32(SP)
	0x007c 00124 (strings.go:18)	MOVQ	40(SP), DI
	0x0081 00129 (strings.go:27)	LEAQ	go:string."world"(SB), DX
	0x0088 00136 (strings.go:27)	MOVL	$5, CX
	0x008d 00141 (strings.go:27)	MOVQ	R12, SI
	0x0090 00144 (strings.go:22)	CALL	runtime.cmpstring(SB)
	0x0095 00149 (strings.go:22)	MOVQ	AX, R13
	0x0098 00152 (strings.go:27)	CALL	runtime.printlock(SB)
	0x009d 00157 (strings.go:27)	MOVQ	40(SP), DI
	0x00a2 00162 (strings.go:27)	MOVQ	R12, SI
	0x00a5 00165 (strings.go:27)	CALL	runtime.printstring(SB)
	0x00aa 00170 (strings.go:27)	CALL	runtime.printsp(SB)
	0x00af 00175 (strings.go:27)	MOVQ	R12, DI
	0x00b2 00178 (strings.go:27)	CALL	runtime.printint(SB)
	0x00b7 00183 (strings.go:27)	CALL	runtime.printsp(SB)
	0x00bc 00188 (strings.go:27)	MOVBQZX	BL, DI
	0x00c0 00192 (strings.go:27)	CALL	runtime.printuint(SB)
	0x00c5 00197 (strings.go:27)	CALL	runtime.printsp(SB)
	0x00ca 00202 (strings.go:27)	MOVQ	32(SP), DI
	0x00cf 00207 (strings.go:27)	MOVQ	R12, DX
	0x00d2 00210 (strings.go:27)	MOVQ	DX, SI
	0x00d5 00213 (strings.go:27)	SUBQ	$1, SI
	0x00d9 00217 (strings.go:27)	CALL	runtime.printstring(SB)
	0x00de 00222 (strings.go:27)	CALL	runtime.printsp(SB)
	0x00e3 00227 (strings.go:27)	MOVQ	R13, AX
	0x00e6 00230 (strings.go:27)	SHRQ	$63, AX
	0x00ea 00234 (strings.go:27)	MOVBQZX	AL, DI
	0x00ee 00238 (strings.go:27)	CALL	runtime.printbool(SB)
	0x00f3 00243 (strings.go:27)	CALL	runtime.printnl(SB)
	0x00f8 00248 (strings.go:27)	CALL	runtime.printunlock(SB)
	0x00fd 00253 (strings.go:27)	MOVQ	48(SP), BX
	0x0102 00258 (strings.go:27)	MOVQ	56(SP), R12
	0x0107 00263 (strings.go:27)	MOVQ	64(SP), R13
	0x010c 00268 (strings.go:27)	ADDQ	$80, SP
	0x0110 00272 (strings.go:27)	MOVQ	BP, SP
	0x0113 00275 (strings.go:27)	POPQ	BP
	0x0114 00276 (strings.go:27)	RET
	0x0115 00277 (strings.go:25)	CALL	runtime.morestack_noctxt(SB)
	0x011a 00282 (strings.go:25)	JMP	42
	0x011f 00287 (strings.go:25)	MOVQ	DX, R12
	0x0122 00290 (strings.go:18)	MOVL	$259, DI
	0x0127 00295 (strings.go:18)	MOVL	$1, SI
	0x012c 00300 (strings.go:18)	CALL	runtime.panicBounds(SB)
	0x0131 00305 (strings.go:18)	UD2
	0x0133 00307 (strings.go:18)	MOVQ	DX, R12
	0x0136 00310 (strings.go:14)	MOVL	$256, DI
	0x013b 00315 (strings.go:14)	XORQ	SI, SI
	0x013e 00318 (strings.go:14)	CALL	runtime.panicBounds(SB)
	0x0143 00323 (strings.go:14)	UD2
	0x0000 55 48 89 e5 48 83 ec 50 48 89 5c 24 30 4c 89 64  UH..H..PH.\$0L.d
	0x0010 24 38 4c 89 6c 24 40 4c 89 f8 48 8b 40 10 48 89  $8L.l$@L..H.@.H.
	0x0020 e1 48 3b c8 0f 86 eb 00 00 00 48 8d 3c 24 48 8d  .H;.......H.<$H.
	0x0030 35 00 00 00 00 ba 07 00 00 00 48 8d 0d 00 00 00  5.........H.....
	0x0040 00 41 b8 06 00 00 00 e8 00 00 00 00 48 89 44 24  .A..........H.D$
	0x0050 28 48 85 d2 0f 84 d9 00 00 00 48 0f b6 18 48 83  (H........H...H.
	0x0060 fa 01 0f 82 b7 00 00 00 48 8d 48 01 48 83 fa 01  ........H.H.H...
	0x0070 49 89 d4 48 0f 44 c8 48 89 4c 24 20 48 8b 7c 24  I..H.D.H.L$ H.|$
	0x0080 28 48 8d 15 00 00 00 00 b9 05 00 00 00 4c 89 e6  (H...........L..
	0x0090 e8 00 00 00 00 49 89 c5 e8 00 00 00 00 48 8b 7c  .....I.......H.|
	0x00a0 24 28 4c 89 e6 e8 00 00 00 00 e8 00 00 00 00 4c  $(L............L
	0x00b0 89 e7 e8 00 00 00 00 e8 00 00 00 00 48 0f b6 fb  ............H...
	0x00c0 e8 00 00 00 00 e8 00 00 00 00 48 8b 7c 24 20 4c  ..........H.|$ L
	0x00d0 89 e2 48 89 d6 48 83 ee 01 e8 00 00 00 00 e8 00  ..H..H..........
	0x00e0 00 00 00 4c 89 e8 48 c1 e8 3f 48 0f b6 f8 e8 00  ...L..H..?H.....
	0x00f0 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8b 5c  .............H.\
	0x0100 24 30 4c 8b 64 24 38 4c 8b 6c 24 40 48 83 c4 50  $0L.d$8L.l$@H..P
	0x0110 48 89 ec 5d c3 e8 00 00 00 00 e9 0b ff ff ff 49  H..]...........I
	0x0120 89 d4 bf 03 01 00 00 be 01 00 00 00 e8 00 00 00  ................
	0x0130 00 0f 0b 49 89 d4 bf 00 01 00 00 48 33 f6 e8 00  ...I.......H3...
	0x0140 00 00 00 0f 0b                                   .....
	rel 49+4 t=R_PCREL go:string."hello, "+0
	rel 61+4 t=R_PCREL go:string."gopher"+0
	rel 72+4 t=R_CALL runtime.concatstring2+0
	rel 132+4 t=R_PCREL go:string."world"+0
	rel 145+4 t=R_CALL runtime.cmpstring+0
	rel 153+4 t=R_CALL runtime.printlock+0
	rel 166+4 t=R_CALL runtime.printstring+0
	rel 171+4 t=R_CALL runtime.printsp+0
	rel 179+4 t=R_CALL runtime.printint+0
	rel 184+4 t=R_CALL runtime.printsp+0
	rel 193+4 t=R_CALL runtime.printuint+0
	rel 198+4 t=R_CALL runtime.printsp+0
	rel 218+4 t=R_CALL runtime.printstring+0
	rel 223+4 t=R_CALL runtime.printsp+0
	rel 239+4 t=R_CALL runtime.printbool+0
	rel 244+4 t=R_CALL runtime.printnl+0
	rel 249+4 t=R_CALL runtime.printunlock+0
	rel 278+4 t=R_CALL runtime.morestack_noctxt+0
	rel 301+4 t=R_CALL runtime.panicBounds+0
	rel 319+4 t=R_CALL runtime.panicBounds+0
main.init STEXT size=38 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	main.init(SB), ABIInternal, $0-0
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	MOVQ	R15, DX
	0x0007 00007 (<autogenerated>:1)	MOVQ	16(DX), DX
	0x000b 00011 (<autogenerated>:1)	MOVQ	SP, SI
	0x000e 00014 (<autogenerated>:1)	CMPQ	SI, DX
	0x0011 00017 (<autogenerated>:1)	JLS	28
	0x0017 00023 (<autogenerated>:1)	MOVQ	BP, SP
	0x001a 00026 (<autogenerated>:1)	POPQ	BP
	0x001b 00027 (<autogenerated>:1)	RET
	0x001c 00028 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0021 00033 (<autogenerated>:1)	JMP	23
	0x0000 55 48 89 e5 4c 89 fa 48 8b 52 10 48 89 e6 48 3b  UH..L..H.R.H..H;
	0x0010 f2 0f 86 05 00 00 00 48 89 ec 5d c3 e8 00 00 00  .......H..].....
	0x0020 00 e9 f1 ff ff ff                                ......
	rel 29+4 t=R_CALL runtime.morestack_noctxt+0
