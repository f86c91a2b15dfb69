main.poly STEXT size=96 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (float.go:6)	TEXT	main.poly(SB), ABIInternal, $0-16
	0x0000 00000 (float.go:6)	PUSHQ	BP
	0x0001 00001 (float.go:6)	MOVQ	SP, BP
	0x0004 00004 (float.go:6)	MOVQ	R15, DI
	0x0007 00007 (float.go:6)	MOVQ	16(DI), DI
	0x000b 00011 (float.go:6)	MOVQ	SP, R8
	0x000e 00014 (float.go:6)	CMPQ	R8, DI
	0x0011 00017 (float.go:6)	JLS	48
	0x0017 00023 (float.go:7)	MULSD	X0, X0
	0x001b 00027 (float.go:7)	MULSD	main.poly+64(SB), X0
	0x0023 00035 (float.go:7)	ADDSD	main.poly+80(SB), X0
	0x002b 00043 (float.go:7)	MOVQ	BP, SP
	0x002e 00046 (float.go:7)	POPQ	BP
	0x002f 00047 (float.go:7)	RET
	0x0030 00048 (float.go:6)	CALL	runtime.morestack_noctxt(SB)
	0x0035 00053 (float.go:6)	JMP	23
	0x003a 00058 (float.go:6)	WORD	$0x0
	0x003c 00060 (float.go:6)	LONG	$0x0
	0x0040 00064 (float.go:6)	QUAD	$0x3fe0000000000000
	0x0048 00072 (float.go:6)	QUAD	$0x0
	0x0050 00080 (float.go:6)	QUAD	$0x3ff4000000000000
	0x0058 00088 (float.go:6)	QUAD	$0x0
	0x0000 55 48 89 e5 4c 89 ff 48 8b 7f 10 49 89 e0 4c 3b  UH..L..H...I..L;
	0x0010 c7 0f 86 19 00 00 00 f2 0f 59 c0 f2 0f 59 05 1d  .........Y...Y..
	0x0020 00 00 00 f2 0f 58 05 25 00 00 00 48 89 ec 5d c3  .....X.%...H..].
	0x0030 e8 00 00 00 00 e9 dd ff ff ff 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 e0 3f 00 00 00 00 00 00 00 00  .......?........
	0x0050 00 00 00 00 00 00 f4 3f 00 00 00 00 00 00 00 00  .......?........
	rel 49+4 t=R_CALL runtime.morestack_noctxt+0
main.mean STEXT size=80 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (float.go:10)	TEXT	main.mean(SB), ABIInternal, $0-16
	0x0000 00000 (float.go:10)	PUSHQ	BP
	0x0001 00001 (float.go:10)	MOVQ	SP, BP
	0x0004 00004 (float.go:10)	MOVQ	R15, DI
	0x0007 00007 (float.go:10)	MOVQ	16(DI), DI
	0x000b 00011 (float.go:10)	MOVQ	SP, R8
	0x000e 00014 (float.go:10)	CMPQ	R8, DI
	0x0011 00017 (float.go:10)	JLS	40
	0x0017 00023 (float.go:11)	ADDSS	X1, X0
	0x001b 00027 (float.go:11)	DIVSS	main.mean+64(SB), X0
	0x0023 00035 (float.go:11)	MOVQ	BP, SP
	0x0026 00038 (float.go:11)	POPQ	BP
	0x0027 00039 (float.go:11)	RET
	0x0028 00040 (float.go:10)	CALL	runtime.morestack_noctxt(SB)
	0x002d 00045 (float.go:10)	JMP	23
	0x0032 00050 (float.go:10)	WORD	$0x0
	0x0034 00052 (float.go:10)	LONG	$0x0
	0x0038 00056 (float.go:10)	QUAD	$0x0
	0x0040 00064 (float.go:10)	QUAD	$0x40000000
	0x0048 00072 (float.go:10)	QUAD	$0x0
	0x0000 55 48 89 e5 4c 89 ff 48 8b 7f 10 49 89 e0 4c 3b  UH..L..H...I..L;
	0x0010 c7 0f 86 11 00 00 00 f3 0f 58 c1 f3 0f 5e 05 1d  .........X...^..
	0x0020 00 00 00 48 89 ec 5d c3 e8 00 00 00 00 e9 e5 ff  ...H..].........
	0x0030 ff ff 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 40 00 00 00 00 00 00 00 00 00 00 00 00  ...@............
	rel 41+4 t=R_CALL runtime.morestack_noctxt+0
main.toInt STEXT size=176 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (float.go:14)	TEXT	main.toInt(SB), ABIInternal, $0-16
	0x0000 00000 (float.go:14)	PUSHQ	BP
	0x0001 00001 (float.go:14)	MOVQ	SP, BP
	0x0004 00004 (float.go:14)	MOVQ	R15, AX
	0x0007 00007 (float.go:14)	MOVQ	16(AX), AX
	0x000b 00011 (float.go:14)	MOVQ	SP, CX
	0x000e 00014 (float.go:14)	CMPQ	CX, AX
	0x0011 00017 (float.go:14)	JLS	136
	0x0017 00023 (float.go:15)	UCOMISD	main.toInt+160(SB), X0
	0x001f 00031 (float.go:15)	SETCC	SIB
	0x0023 00035 (float.go:15)	MOVQ	$4890909195324358656, AX
	0x002d 00045 (float.go:15)	MOVQ	AX, X1
	0x0032 00050 (float.go:15)	UCOMISD	X0, X1
	0x0036 00054 (float.go:15)	SETHI	DL
	0x0039 00057 (float.go:15)	CVTTSD2SQ	X0, CX
	0x003e 00062 (float.go:15)	CMPQ	CX, $1
	0x0042 00066 (float.go:15)	JOC	114
	0x0048 00072 (float.go:15)	UCOMISD	X0, X0
	0x004c 00076 (float.go:15)	JPC	90
	0x0052 00082 (float.go:15)	XORQ	CX, CX
	0x0055 00085 (float.go:15)	JMP	114
	0x005a 00090 (float.go:15)	XORPD	X1, X1
	0x005e 00094 (float.go:15)	UCOMISD	X0, X1
	0x0062 00098 (float.go:15)	JCC	114
	0x0068 00104 (float.go:15)	MOVQ	$9223372036854775807, CX
	0x0072 00114 (float.go:15)	MOVQ	$-9223372036854775808, AX
	0x007c 00124 (float.go:15)	TESTB	SIB, DL
	0x007f 00127 (float.go:15)	CMOVQNE	CX, AX
	0x0083 00131 (float.go:15)	MOVQ	BP, SP
	0x0086 00134 (float.go:15)	POPQ	BP
	0x0087 00135 (float.go:15)	RET
	0x0088 00136 (float.go:14)	CALL	runtime.morestack_noctxt(SB)
	0x008d 00141 (float.go:14)	JMP	23
	0x0092 00146 (float.go:14)	WORD	$0x0
	0x0094 00148 (float.go:14)	LONG	$0x0
	0x0098 00152 (float.go:14)	QUAD	$0x0
	0x00a0 00160 (float.go:14)	QUAD	$0xc3e0000000000000
	0x00a8 00168 (float.go:14)	QUAD	$0x0
	0x0000 55 48 89 e5 4c 89 f8 48 8b 40 10 48 89 e1 48 3b  UH..L..H.@.H..H;
	0x0010 c8 0f 86 71 00 00 00 66 0f 2e 05 81 00 00 00 40  ...q...f.......@
	0x0020 0f 93 c6 48 b8 00 00 00 00 00 00 e0 43 66 48 0f  ...H........CfH.
	0x0030 6e c8 66 0f 2e c8 0f 97 c2 f2 48 0f 2c c8 48 83  n.f.......H.,.H.
	0x0040 f9 01 0f 81 2a 00 00 00 66 0f 2e c0 0f 8b 08 00  ....*...f.......
	0x0050 00 00 48 33 c9 e9 18 00 00 00 66 0f 57 c9 66 0f  ..H3......f.W.f.
	0x0060 2e c8 0f 83 0a 00 00 00 48 b9 ff ff ff ff ff ff  ........H.......
	0x0070 ff 7f 48 b8 00 00 00 00 00 00 00 80 40 84 f2 48  ..H.........@..H
	0x0080 0f 45 c1 48 89 ec 5d c3 e8 00 00 00 00 e9 85 ff  .E.H..].........
	0x0090 ff ff 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00a0 00 00 00 00 00 00 e0 c3 00 00 00 00 00 00 00 00  ................
	rel 137+4 t=R_CALL runtime.morestack_noctxt+0
main.fromInt STEXT size=47 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (float.go:18)	TEXT	main.fromInt(SB), ABIInternal, $0-16
	0x0000 00000 (float.go:18)	PUSHQ	BP
	0x0001 00001 (float.go:18)	MOVQ	SP, BP
	0x0004 00004 (float.go:18)	MOVQ	R15, R8
	0x0007 00007 (float.go:18)	MOVQ	16(R8), R8
	0x000b 00011 (float.go:18)	MOVQ	SP, R9
	0x000e 00014 (float.go:18)	CMPQ	R9, R8
	0x0011 00017 (float.go:18)	JLS	37
	0x0017 00023 (float.go:19)	XORPD	X0, X0
	0x001b 00027 (float.go:19)	CVTSQ2SD	DI, X0
	0x0020 00032 (float.go:19)	MOVQ	BP, SP
	0x0023 00035 (float.go:19)	POPQ	BP
	0x0024 00036 (float.go:19)	RET
	0x0025 00037 (float.go:18)	CALL	runtime.morestack_noctxt(SB)
	0x002a 00042 (float.go:18)	JMP	23
	0x0000 55 48 89 e5 4d 89 f8 4d 8b 40 10 49 89 e1 4d 3b  UH..M..M.@.I..M;
	0x0010 c8 0f 86 0e 00 00 00 66 0f 57 c0 f2 48 0f 2a c7  .......f.W..H.*.
	0x0020 48 89 ec 5d c3 e8 00 00 00 00 e9 e8 ff ff ff     H..]...........
	rel 38+4 t=R_CALL runtime.morestack_noctxt+0
main.less STEXT size=45 align=0x0 args=0x18 locals=0x0 funcid=0x0
	0x0000 00000 (float.go:22)	TEXT	main.less(SB), ABIInternal, $0-24
	0x0000 00000 (float.go:22)	PUSHQ	BP
	0x0001 00001 (float.go:22)	MOVQ	SP, BP
	0x0004 00004 (float.go:22)	MOVQ	R15, SI
	0x0007 00007 (float.go:22)	MOVQ	16(SI), SI
	0x000b 00011 (float.go:22)	MOVQ	SP, DI
	0x000e 00014 (float.go:22)	CMPQ	DI, SI
	0x0011 00017 (float.go:22)	JLS	35
	0x0017 00023 (float.go:23)	UCOMISD	X0, X1
	0x001b 00027 (float.go:23)	SETHI	AL
	0x001e 00030 (float.go:23)	MOVQ	BP, SP
	0x0021 00033 (float.go:23)	POPQ	BP
	0x0022 00034 (float.go:23)	RET
	0x0023 00035 (float.go:22)	CALL	runtime.morestack_noctxt(SB)
	0x0028 00040 (float.go:22)	JMP	23
	0x0000 55 48 89 e5 4c 89 fe 48 8b 76 10 48 89 e7 48 3b  UH..L..H.v.H..H;
	0x0010 fe 0f 86 0c 00 00 00 66 0f 2e c8 0f 97 c0 48 89  .......f......H.
	0x0020 ec 5d c3 e8 00 00 00 00 e9 ea ff ff ff           .]...........
	rel 36+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=352 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (float.go:26)	TEXT	main.main(SB), ABIInternal, $0-0
	0x0000 00000 (float.go:26)	PUSHQ	BP
	0x0001 00001 (float.go:26)	MOVQ	SP, BP
	0x0004 00004 (float.go:26)	MOVQ	R15, AX
	0x0007 00007 (float.go:26)	MOVQ	16(AX), AX
	0x000b 00011 (float.go:26)	MOVQ	SP, CX
	0x000e 00014 (float.go:26)	CMPQ	CX, AX
	0x0011 00017 (float.go:26)	JLS	282
	0x0017 00023 (float.go:27)	CALL	runtime.printlock(SB)
	0x001c 00028 (float.go:27)	MOVQ	$4618159942891732992, AX
	0x0026 00038 (float.go:27)	MOVQ	AX, X0
	0x002b 00043 (float.go:27)	CALL	runtime.printfloat64(SB)
	0x0030 00048 (float.go:27)	CALL	runtime.printsp(SB)
	0x0035 00053 (float.go:27)	MOVL	$1069547520, AX
	0x003a 00058 (float.go:27)	MOVL	AX, X0
	0x003e 00062 (float.go:27)	CALL	runtime.printfloat32(SB)
	0x0043 00067 (float.go:27)	CALL	runtime.printsp(SB)
	0x0048 00072 (float.go:27)	MOVQ	$4613374868287651840, AX
	0x0052 00082 (float.go:27)	MOVQ	AX, X0
	0x0057 00087 (float.go:15)	UCOMISD	main.main+304(SB), X0
	0x005f 00095 (float.go:15)	SETCC	AL
	0x0062 00098 (float.go:15)	MOVQ	$4890909195324358656, CX
	0x006c 00108 (float.go:15)	MOVQ	CX, X1
	0x0071 00113 (float.go:15)	UCOMISD	main.main+320(SB), X1
	0x0079 00121 (float.go:15)	SETHI	DL
	0x007c 00124 (float.go:15)	CVTTSD2SQ	X0, CX
	0x0081 00129 (float.go:15)	CMPQ	CX, $1
	0x0085 00133 (float.go:15)	JOC	181
	0x008b 00139 (float.go:15)	UCOMISD	X0, X0
	0x008f 00143 (float.go:15)	JPC	157
	0x0095 00149 (float.go:15)	XORQ	CX, CX
	0x0098 00152 (float.go:15)	JMP	181
	0x009d 00157 (float.go:15)	XORPD	X1, X1
	0x00a1 00161 (float.go:15)	UCOMISD	X0, X1
	0x00a5 00165 (float.go:15)	JCC	181
	0x00ab 00171 (float.go:15)	MOVQ	$9223372036854775807, CX
	0x00b5 00181 (float.go:15)	MOVQ	$-9223372036854775808, DI
	0x00bf 00191 (float.go:15)	TESTB	AL, DL
	0x00c1 00193 (float.go:15)	CMOVQNE	CX, DI
	0x00c5 00197 (float.go:27)	CALL	runtime.printint(SB)
	0x00ca 00202 (float.go:27)	CALL	runtime.printsp(SB)
	0x00cf 00207 (float.go:27)	MOVQ	$-4607182418800017408, AX
	0x00d9 00217 (float.go:27)	MOVQ	AX, X0
	0x00de 00222 (float.go:27)	CALL	runtime.printfloat64(SB)
	0x00e3 00227 (float.go:27)	CALL	runtime.printsp(SB)
	0x00e8 00232 (float.go:27)	MOVQ	$4611686018427387904, AX
	0x00f2 00242 (float.go:27)	MOVQ	AX, X0
	0x00f7 00247 (float.go:23)	UCOMISD	main.main+336(SB), X0
	0x00ff 00255 (float.go:23)	SETHI	AL
	0x0102 00258 (float.go:27)	MOVBQZX	AL, DI
	0x0106 00262 (float.go:27)	CALL	runtime.printbool(SB)
	0x010b 00267 (float.go:27)	CALL	runtime.printnl(SB)
	0x0110 00272 (float.go:27)	CALL	runtime.printunlock(SB)
	0x0115 00277 (float.go:27)	MOVQ	BP, SP
	0x0118 00280 (float.go:27)	POPQ	BP
	0x0119 00281 (float.go:27)	RET
	0x011a 00282 (float.go:26)	CALL	runtime.morestack_noctxt(SB)
	0x011f 00287 (float.go:26)	JMP	23
	0x0124 00292 (float.go:26)	LONG	$0x0
	0x0128 00296 (float.go:26)	QUAD	$0x0
	0x0130 00304 (float.go:26)	QUAD	$0xc3e0000000000000
	0x0138 00312 (float.go:26)	QUAD	$0x0
	0x0140 00320 (float.go:26)	QUAD	$0x4006000000000000
	0x0148 00328 (float.go:26)	QUAD	$0x0
	0x0150 00336 (float.go:26)	QUAD	$0x3ff0000000000000
	0x0158 00344 (float.go:26)	QUAD	$0x0
	0x0000 55 48 89 e5 4c 89 f8 48 8b 40 10 48 89 e1 48 3b  UH..L..H.@.H..H;
	0x0010 c8 0f 86 03 01 00 00 e8 00 00 00 00 48 b8 00 00  ............H...
	0x0020 00 00 00 00 17 40 66 48 0f 6e c0 e8 00 00 00 00  .....@fH.n......
	0x0030 e8 00 00 00 00 b8 00 00 c0 3f 66 0f 6e c0 e8 00  .........?f.n...
	0x0040 00 00 00 e8 00 00 00 00 48 b8 00 00 00 00 00 00  ........H.......
	0x0050 06 40 66 48 0f 6e c0 66 0f 2e 05 d1 00 00 00 0f  .@fH.n.f........
	0x0060 93 c0 48 b9 00 00 00 00 00 00 e0 43 66 48 0f 6e  ..H........CfH.n
	0x0070 c9 66 0f 2e 0d c7 00 00 00 0f 97 c2 f2 48 0f 2c  .f...........H.,
	0x0080 c8 48 83 f9 01 0f 81 2a 00 00 00 66 0f 2e c0 0f  .H.....*...f....
	0x0090 8b 08 00 00 00 48 33 c9 e9 18 00 00 00 66 0f 57  .....H3......f.W
	0x00a0 c9 66 0f 2e c8 0f 83 0a 00 00 00 48 b9 ff ff ff  .f.........H....
	0x00b0 ff ff ff ff 7f 48 bf 00 00 00 00 00 00 00 80 84  .....H..........
	0x00c0 c2 48 0f 45 f9 e8 00 00 00 00 e8 00 00 00 00 48  .H.E...........H
	0x00d0 b8 00 00 00 00 00 00 10 c0 66 48 0f 6e c0 e8 00  .........fH.n...
	0x00e0 00 00 00 e8 00 00 00 00 48 b8 00 00 00 00 00 00  ........H.......
	0x00f0 00 40 66 48 0f 6e c0 66 0f 2e 05 51 00 00 00 0f  .@fH.n.f...Q....
	0x0100 97 c0 48 0f b6 f8 e8 00 00 00 00 e8 00 00 00 00  ..H.............
	0x0110 e8 00 00 00 00 48 89 ec 5d c3 e8 00 00 00 00 e9  .....H..].......
	0x0120 f3 fe ff ff 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0130 00 00 00 00 00 00 e0 c3 00 00 00 00 00 00 00 00  ................
	0x0140 00 00 00 00 00 00 06 40 00 00 00 00 00 00 00 00  .......@........
	0x0150 00 00 00 00 00 00 f0 3f 00 00 00 00 00 00 00 00  .......?........
	rel 24+4 t=R_CALL runtime.printlock+0
	rel 44+4 t=R_CALL runtime.printfloat64+0
	rel 49+4 t=R_CALL runtime.printsp+0
	rel 63+4 t=R_CALL runtime.printfloat32+0
	rel 68+4 t=R_CALL runtime.printsp+0
	rel 198+4 t=R_CALL runtime.printint+0
	rel 203+4 t=R_CALL runtime.printsp+0
	rel 223+4 t=R_CALL runtime.printfloat64+0
	rel 228+4 t=R_CALL runtime.printsp+0
	rel 263+4 t=R_CALL runtime.printbool+0
	rel 268+4 t=R_CALL runtime.printnl+0
	rel 273+4 t=R_CALL runtime.printunlock+0
	rel 283+4 t=R_CALL runtime.morestack_noctxt+0
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
