main.greet STEXT size=74 align=0x0 args=0x20 locals=0x10 funcid=0x0
	0x0000 00000 (strings.go:6)	TEXT	main.greet(SB), ABIInternal, $16-32
	0x0000 00000 (strings.go:6)	PUSHQ	BP
	0x0001 00001 (strings.go:6)	MOVQ	SP, BP
	0x0004 00004 (strings.go:6)	SUBQ	$16, SP
	0x0008 00008 (strings.go:6)	MOVQ	SI, CX
	0x000b 00011 (strings.go:6)	MOVQ	DI, (SP)
	0x000f 00015 (strings.go:6)	MOVQ	R15, R11
	0x0012 00018 (strings.go:6)	MOVQ	16(R11), R11
	0x0016 00022 (strings.go:6)	MOVQ	SP, AX
	0x0019 00025 (strings.go:6)	CMPQ	AX, R11
	0x001c 00028 (strings.go:6)	JLS	64
	0x0022 00034 (strings.go:6)	MOVQ	(SP), DX
	0x0026 00038 (strings.go:7)	LEAQ	go:string."hello, "(SB), DI
	0x002d 00045 (strings.go:7)	MOVL	$7, SI
	0x0032 00050 (strings.go:7)	CALL	runtime.concatstring2(SB)
	0x0037 00055 (strings.go:7)	ADDQ	$16, SP
	0x003b 00059 (strings.go:7)	MOVQ	BP, SP
	0x003e 00062 (strings.go:7)	POPQ	BP
	0x003f 00063 (strings.go:7)	RET
	0x0040 00064 (strings.go:6)	CALL	runtime.morestack_noctxt(SB)
	0x0045 00069 (strings.go:6)	JMP	34
	0x0000 55 48 89 e5 48 83 ec 10 48 89 f1 48 89 3c 24 4d  UH..H...H..H.<$M
	0x0010 89 fb 4d 8b 5b 10 48 89 e0 49 3b c3 0f 86 1e 00  ..M.[.H..I;.....
	0x0020 00 00 48 8b 14 24 48 8d 3d 00 00 00 00 be 07 00  ..H..$H.=.......
	0x0030 00 00 e8 00 00 00 00 48 83 c4 10 48 89 ec 5d c3  .......H...H..].
	0x0040 e8 00 00 00 00 e9 d8 ff ff ff                    ..........
	rel 41+4 t=R_PCREL go:string."hello, "+0
	rel 51+4 t=R_CALL runtime.concatstring2+0
	rel 65+4 t=R_CALL runtime.morestack_noctxt+0
main.first STEXT size=85 align=0x0 args=0x18 locals=0x10 funcid=0x0
	0x0000 00000 (strings.go:10)	TEXT	main.first(SB), ABIInternal, $16-24
	0x0000 00000 (strings.go:10)	PUSHQ	BP
	0x0001 00001 (strings.go:10)	MOVQ	SP, BP
	0x0004 00004 (strings.go:10)	SUBQ	$16, SP
	0x0008 00008 (strings.go:10)	MOVQ	DI, (SP)
	0x000c 00012 (strings.go:10)	MOVQ	R15, R11
	0x000f 00015 (strings.go:10)	MOVQ	16(R11), R11
	0x0013 00019 (strings.go:10)	MOVQ	SP, AX
	0x0016 00022 (strings.go:10)	CMPQ	AX, R11
	0x0019 00025 (strings.go:10)	JLS	60
	0x001f 00031 (strings.go:11)	TESTQ	SI, SI
	0x0022 00034 (strings.go:11)	MOVQ	SI, DX
	0x0025 00037 (strings.go:11)	JEQ	70
	0x002b 00043 (strings.go:11)	MOVQ	(SP), AX
	0x002f 00047 (strings.go:11)	MOVBQZX	(AX), AX
	0x0033 00051 (strings.go:11)	ADDQ	$16, SP
	0x0037 00055 (strings.go:11)	MOVQ	BP, SP
	0x003a 00058 (strings.go:11)	POPQ	BP
	0x003b 00059 (strings.go:11)	RET
	0x003c 00060 (strings.go:10)	CALL	runtime.morestack_noctxt(SB)
	0x0041 00065 (strings.go:10)	JMP	31
	0x0046 00070 (strings.go:11)	MOVL	$256, DI
	0x004b 00075 (strings.go:11)	XORQ	SI, SI
	0x004e 00078 (strings.go:11)	CALL	runtime.panicBounds(SB)
	0x0053 00083 (strings.go:11)	UD2
	0x0000 55 48 89 e5 48 83 ec 10 48 89 3c 24 4d 89 fb 4d  UH..H...H.<$M..M
	0x0010 8b 5b 10 48 89 e0 49 3b c3 0f 86 1d 00 00 00 48  .[.H..I;.......H
	0x0020 85 f6 48 89 f2 0f 84 1b 00 00 00 48 8b 04 24 48  ..H........H..$H
	0x0030 0f b6 00 48 83 c4 10 48 89 ec 5d c3 e8 00 00 00  ...H...H..].....
	0x0040 00 e9 d9 ff ff ff bf 00 01 00 00 48 33 f6 e8 00  ...........H3...
	0x0050 00 00 00 0f 0b                                   .....
	rel 61+4 t=R_CALL runtime.morestack_noctxt+0
	rel 79+4 t=R_CALL runtime.panicBounds+0
main.tail STEXT size=102 align=0x0 args=0x20 locals=0x10 funcid=0x0
	0x0000 00000 (strings.go:14)	TEXT	main.tail(SB), ABIInternal, $16-32
	0x0000 00000 (strings.go:14)	PUSHQ	BP
	0x0001 00001 (strings.go:14)	MOVQ	SP, BP
	0x0004 00004 (strings.go:14)	SUBQ	$16, SP
	0x0008 00008 (strings.go:14)	MOVQ	DI, (SP)
	0x000c 00012 (strings.go:14)	MOVQ	R15, AX
	0x000f 00015 (strings.go:14)	MOVQ	16(AX), AX
	0x0013 00019 (strings.go:14)	MOVQ	SP, CX
	0x0016 00022 (strings.go:14)	CMPQ	CX, AX
	0x0019 00025 (strings.go:14)	JLS	72
	0x001f 00031 (strings.go:15)	TESTQ	SI, SI
	0x0022 00034 (strings.go:15)	JEQ	82
	0x0028 00040 (strings.go:15)	MOVQ	(SP), CX
	0x002c 00044 (strings.go:15)	LEAQ	1(CX), AX
	0x0030 00048 (strings.go:15)	CMPQ	SI, $1
	0x0034 00052 (strings.go:15)	CMOVQEQ	CX, AX
	0x0038 00056 (strings.go:15)	MOVQ	SI, DX
	0x003b 00059 (strings.go:15)	SUBQ	$1, DX
	0x003f 00063 (strings.go:15)	ADDQ	$16, SP
	0x0043 00067 (strings.go:15)	MOVQ	BP, SP
	0x0046 00070 (strings.go:15)	POPQ	BP
	0x0047 00071 (strings.go:15)	RET
	0x0048 00072 (strings.go:14)	CALL	runtime.morestack_noctxt(SB)
	0x004d 00077 (strings.go:14)	JMP	31
	0x0052 00082 (strings.go:14)	MOVQ	SI, DX
	0x0055 00085 (strings.go:15)	MOVL	$259, DI
	0x005a 00090 (strings.go:15)	MOVL	$1, SI
	0x005f 00095 (strings.go:15)	CALL	runtime.panicBounds(SB)
	0x0064 00100 (strings.go:15)	UD2
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
	0x0000 00000 (strings.go:18)	TEXT	main.less(SB), ABIInternal, $16-40
	0x0000 00000 (strings.go:18)	PUSHQ	BP
	0x0001 00001 (strings.go:18)	MOVQ	SP, BP
	0x0004 00004 (strings.go:18)	SUBQ	$16, SP
	0x0008 00008 (strings.go:18)	MOVQ	DI, (SP)
	0x000c 00012 (strings.go:18)	MOVQ	DX, 8(SP)
	0x0011 00017 (strings.go:18)	MOVQ	R15, AX
	0x0014 00020 (strings.go:18)	MOVQ	16(AX), AX
	0x0018 00024 (strings.go:18)	MOVQ	SP, DX
	0x001b 00027 (strings.go:18)	CMPQ	DX, AX
	0x001e 00030 (strings.go:18)	JLS	63
	0x0024 00036 (strings.go:18)	MOVQ	(SP), DI
	0x0028 00040 (strings.go:18)	MOVQ	8(SP), DX
	0x002d 00045 (strings.go:19)	CALL	runtime.cmpstring(SB)
	0x0032 00050 (strings.go:19)	SHRQ	$63, AX
	0x0036 00054 (strings.go:19)	ADDQ	$16, SP
	0x003a 00058 (strings.go:19)	MOVQ	BP, SP
	0x003d 00061 (strings.go:19)	POPQ	BP
	0x003e 00062 (strings.go:19)	RET
	0x003f 00063 (strings.go:18)	CALL	runtime.morestack_noctxt(SB)
	0x0044 00068 (strings.go:18)	JMP	36
	0x0000 55 48 89 e5 48 83 ec 10 48 89 3c 24 48 89 54 24  UH..H...H.<$H.T$
	0x0010 08 4c 89 f8 48 8b 40 10 48 89 e2 48 3b d0 0f 86  .L..H.@.H..H;...
	0x0020 1b 00 00 00 48 8b 3c 24 48 8b 54 24 08 e8 00 00  ....H.<$H.T$....
	0x0030 00 00 48 c1 e8 3f 48 83 c4 10 48 89 ec 5d c3 e8  ..H..?H...H..]..
	0x0040 00 00 00 00 e9 db ff ff ff                       .........
	rel 46+4 t=R_CALL runtime.cmpstring+0
	rel 64+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=318 align=0x0 args=0x0 locals=0x30 funcid=0x0
	0x0000 00000 (strings.go:22)	TEXT	main.main(SB), ABIInternal, $48-0
	0x0000 00000 (strings.go:22)	PUSHQ	BP
	0x0001 00001 (strings.go:22)	MOVQ	SP, BP
	0x0004 00004 (strings.go:22)	SUBQ	$48, SP
	0x0008 00008 (strings.go:22)	MOVQ	BX, 16(SP)
	0x000d 00013 (strings.go:22)	MOVQ	R12, 24(SP)
	0x0012 00018 (strings.go:22)	MOVQ	R13, 32(SP)
	0x0017 00023 (strings.go:22)	MOVQ	R15, AX
	0x001a 00026 (strings.go:22)	MOVQ	16(AX), AX
	0x001e 00030 (strings.go:22)	MOVQ	SP, CX
	0x0021 00033 (strings.go:22)	CMPQ	CX, AX
	0x0024 00036 (strings.go:22)	JLS	270
	0x002a 00042 (strings.go:7)	LEAQ	go:string."hello, "(SB), DI
	0x0031 00049 (strings.go:7)	MOVL	$7, SI
	0x0036 00054 (strings.go:23)	LEAQ	go:string."gopher"(SB), DX
	0x003d 00061 (strings.go:23)	MOVL	$6, CX
	0x0042 00066 (strings.go:7)	CALL	runtime.concatstring2(SB)
	0x0047 00071 (strings.go:7)	MOVQ	AX, 8(SP)
	0x004c 00076 (strings.go:11)	TESTQ	DX, DX
	0x004f 00079 (strings.go:11)	JEQ	300
	0x0055 00085 (strings.go:11)	MOVBQZX	(AX), BX
	0x0059 00089 (strings.go:15)	CMPQ	DX, $1
	0x005d 00093 (strings.go:15)	JCS	280
	0x0063 00099 (strings.go:15)	LEAQ	1(AX), CX
	0x0067 00103 (strings.go:15)	CMPQ	DX, $1
	0x006b 00107 (strings.go:15)	MOVQ	DX, R12
	0x006e 00110 (strings.go:15)	CMOVQEQ	AX, CX
	0x0072 00114 (strings.go:15)	MOVQ	CX, (SP)
	0x0076 00118 (strings.go:15)	MOVQ	8(SP), DI
	0x007b 00123 (strings.go:24)	LEAQ	go:string."world"(SB), DX
	0x0082 00130 (strings.go:24)	MOVL	$5, CX
	0x0087 00135 (strings.go:24)	MOVQ	R12, SI
	0x008a 00138 (strings.go:19)	CALL	runtime.cmpstring(SB)
	0x008f 00143 (strings.go:19)	MOVQ	AX, R13
	0x0092 00146 (strings.go:24)	CALL	runtime.printlock(SB)
	0x0097 00151 (strings.go:24)	MOVQ	8(SP), DI
	0x009c 00156 (strings.go:24)	MOVQ	R12, SI
	0x009f 00159 (strings.go:24)	CALL	runtime.printstring(SB)
	0x00a4 00164 (strings.go:24)	CALL	runtime.printsp(SB)
	0x00a9 00169 (strings.go:24)	MOVQ	R12, DI
	0x00ac 00172 (strings.go:24)	CALL	runtime.printint(SB)
	0x00b1 00177 (strings.go:24)	CALL	runtime.printsp(SB)
	0x00b6 00182 (strings.go:24)	MOVBQZX	BL, DI
	0x00ba 00186 (strings.go:24)	CALL	runtime.printuint(SB)
	0x00bf 00191 (strings.go:24)	CALL	runtime.printsp(SB)
	0x00c4 00196 (strings.go:24)	MOVQ	(SP), DI
	0x00c8 00200 (strings.go:24)	MOVQ	R12, DX
	0x00cb 00203 (strings.go:24)	MOVQ	DX, SI
	0x00ce 00206 (strings.go:24)	SUBQ	$1, SI
	0x00d2 00210 (strings.go:24)	CALL	runtime.printstring(SB)
	0x00d7 00215 (strings.go:24)	CALL	runtime.printsp(SB)
	0x00dc 00220 (strings.go:24)	MOVQ	R13, AX
	0x00df 00223 (strings.go:24)	SHRQ	$63, AX
	0x00e3 00227 (strings.go:24)	MOVBQZX	AL, DI
	0x00e7 00231 (strings.go:24)	CALL	runtime.printbool(SB)
	0x00ec 00236 (strings.go:24)	CALL	runtime.printnl(SB)
	0x00f1 00241 (strings.go:24)	CALL	runtime.printunlock(SB)
	0x00f6 00246 (strings.go:24)	MOVQ	16(SP), BX
	0x00fb 00251 (strings.go:24)	MOVQ	24(SP), R12
	0x0100 00256 (strings.go:24)	MOVQ	32(SP), R13
	0x0105 00261 (strings.go:24)	ADDQ	$48, SP
	0x0109 00265 (strings.go:24)	MOVQ	BP, SP
	0x010c 00268 (strings.go:24)	POPQ	BP
	0x010d 00269 (strings.go:24)	RET
	0x010e 00270 (strings.go:22)	CALL	runtime.morestack_noctxt(SB)
	0x0113 00275 (strings.go:22)	JMP	42
	0x0118 00280 (strings.go:22)	MOVQ	DX, R12
	0x011b 00283 (strings.go:15)	MOVL	$259, DI
	0x0120 00288 (strings.go:15)	MOVL	$1, SI
	0x0125 00293 (strings.go:15)	CALL	runtime.panicBounds(SB)
	0x012a 00298 (strings.go:15)	UD2
	0x012c 00300 (strings.go:15)	MOVQ	DX, R12
	0x012f 00303 (strings.go:11)	MOVL	$256, DI
	0x0134 00308 (strings.go:11)	XORQ	SI, SI
	0x0137 00311 (strings.go:11)	CALL	runtime.panicBounds(SB)
	0x013c 00316 (strings.go:11)	UD2
	0x0000 55 48 89 e5 48 83 ec 30 48 89 5c 24 10 4c 89 64  UH..H..0H.\$.L.d
	0x0010 24 18 4c 89 6c 24 20 4c 89 f8 48 8b 40 10 48 89  $.L.l$ L..H.@.H.
	0x0020 e1 48 3b c8 0f 86 e4 00 00 00 48 8d 3d 00 00 00  .H;.......H.=...
	0x0030 00 be 07 00 00 00 48 8d 15 00 00 00 00 b9 06 00  ......H.........
	0x0040 00 00 e8 00 00 00 00 48 89 44 24 08 48 85 d2 0f  .......H.D$.H...
	0x0050 84 d7 00 00 00 48 0f b6 18 48 83 fa 01 0f 82 b5  .....H...H......
	0x0060 00 00 00 48 8d 48 01 48 83 fa 01 49 89 d4 48 0f  ...H.H.H...I..H.
	0x0070 44 c8 48 89 0c 24 48 8b 7c 24 08 48 8d 15 00 00  D.H..$H.|$.H....
	0x0080 00 00 b9 05 00 00 00 4c 89 e6 e8 00 00 00 00 49  .......L.......I
	0x0090 89 c5 e8 00 00 00 00 48 8b 7c 24 08 4c 89 e6 e8  .......H.|$.L...
	0x00a0 00 00 00 00 e8 00 00 00 00 4c 89 e7 e8 00 00 00  .........L......
	0x00b0 00 e8 00 00 00 00 48 0f b6 fb e8 00 00 00 00 e8  ......H.........
	0x00c0 00 00 00 00 48 8b 3c 24 4c 89 e2 48 89 d6 48 83  ....H.<$L..H..H.
	0x00d0 ee 01 e8 00 00 00 00 e8 00 00 00 00 4c 89 e8 48  ............L..H
	0x00e0 c1 e8 3f 48 0f b6 f8 e8 00 00 00 00 e8 00 00 00  ..?H............
	0x00f0 00 e8 00 00 00 00 48 8b 5c 24 10 4c 8b 64 24 18  ......H.\$.L.d$.
	0x0100 4c 8b 6c 24 20 48 83 c4 30 48 89 ec 5d c3 e8 00  L.l$ H..0H..]...
	0x0110 00 00 00 e9 12 ff ff ff 49 89 d4 bf 03 01 00 00  ........I.......
	0x0120 be 01 00 00 00 e8 00 00 00 00 0f 0b 49 89 d4 bf  ............I...
	0x0130 00 01 00 00 48 33 f6 e8 00 00 00 00 0f 0b        ....H3........
	rel 45+4 t=R_PCREL go:string."hello, "+0
	rel 57+4 t=R_PCREL go:string."gopher"+0
	rel 67+4 t=R_CALL runtime.concatstring2+0
	rel 126+4 t=R_PCREL go:string."world"+0
	rel 139+4 t=R_CALL runtime.cmpstring+0
	rel 147+4 t=R_CALL runtime.printlock+0
	rel 160+4 t=R_CALL runtime.printstring+0
	rel 165+4 t=R_CALL runtime.printsp+0
	rel 173+4 t=R_CALL runtime.printint+0
	rel 178+4 t=R_CALL runtime.printsp+0
	rel 187+4 t=R_CALL runtime.printuint+0
	rel 192+4 t=R_CALL runtime.printsp+0
	rel 211+4 t=R_CALL runtime.printstring+0
	rel 216+4 t=R_CALL runtime.printsp+0
	rel 232+4 t=R_CALL runtime.printbool+0
	rel 237+4 t=R_CALL runtime.printnl+0
	rel 242+4 t=R_CALL runtime.printunlock+0
	rel 271+4 t=R_CALL runtime.morestack_noctxt+0
	rel 294+4 t=R_CALL runtime.panicBounds+0
	rel 312+4 t=R_CALL runtime.panicBounds+0
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
