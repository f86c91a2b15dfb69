main.divmod STEXT size=180 align=0x0 args=0x20 locals=0x0 funcid=0x0
	0x0000 00000 (results.go:6)	TEXT	main.divmod(SB), ABIInternal, $0-32
	0x0000 00000 (results.go:6)	PUSHQ	BP
	0x0001 00001 (results.go:6)	MOVQ	SP, BP
	0x0004 00004 (results.go:6)	MOVQ	R15, AX
	0x0007 00007 (results.go:6)	MOVQ	16(AX), AX
	0x000b 00011 (results.go:6)	MOVQ	SP, CX
	0x000e 00014 (results.go:6)	CMPQ	CX, AX
	0x0011 00017 (results.go:6)	JLS	154
	0x0017 00023 (results.go:7)	TESTQ	SI, SI
	0x001a 00026 (results.go:7)	JEQ	171
	0x0020 00032 (results.go:7)	CMPQ	SI, $-1
	0x0024 00036 (results.go:7)	JEQ	73
	0x002a 00042 (results.go:7)	MOVQ	DI, AX
	0x002d 00045 (results.go:7)	MOVQ	DI, CX
	0x0030 00048 (results.go:7)	CQO
	0x0032 00050 (results.go:7)	TESTQ	SI, SI
	0x0035 00053 (results.go:7)	JEQ	178
	0x003b 00059 (results.go:7)	MOVQ	CX, AX
	0x003e 00062 (results.go:7)	IDIVQ	SI
	0x0041 00065 (results.go:7)	MOVQ	AX, DI
	0x0044 00068 (results.go:7)	JMP	88
	0x0049 00073 (results.go:7)	MOVQ	DI, AX
	0x004c 00076 (results.go:7)	MOVQ	DI, CX
	0x004f 00079 (results.go:7)	MOVQ	CX, AX
	0x0052 00082 (results.go:7)	NEGQ	AX
	0x0055 00085 (results.go:7)	MOVQ	AX, DI
	0x0058 00088 (results.go:7)	TESTQ	SI, SI
	0x005b 00091 (results.go:7)	JEQ	164
	0x0061 00097 (results.go:7)	CMPQ	SI, $-1
	0x0065 00101 (results.go:7)	JEQ	143
	0x006b 00107 (results.go:7)	MOVQ	CX, AX
	0x006e 00110 (results.go:7)	CQO
	0x0070 00112 (results.go:7)	CMPQ	SI, $-1
	0x0074 00116 (results.go:7)	JNE	132
	0x007a 00122 (results.go:7)	MOVL	$0, DX
	0x007f 00127 (results.go:7)	JMP	135
	0x0084 00132 (results.go:7)	IDIVQ	SI
	0x0087 00135 (results.go:7)	MOVQ	DI, AX
	0x008a 00138 (results.go:7)	JMP	149
	0x008f 00143 (results.go:7)	XORQ	DX, DX
	0x0092 00146 (results.go:7)	MOVQ	DI, AX
	0x0095 00149 (results.go:7)	MOVQ	BP, SP
	0x0098 00152 (results.go:7)	POPQ	BP
	0x0099 00153 (results.go:7)	RET
	0x009a 00154 (results.go:6)	CALL	runtime.morestack_noctxt(SB)
	0x009f 00159 (results.go:6)	JMP	23
	0x00a4 00164 (results.go:7)	CALL	runtime.panicdivide(SB)
	0x00a9 00169 (results.go:7)	UD2
	0x00ab 00171 (results.go:7)	CALL	runtime.panicdivide(SB)
	0x00b0 00176 (results.go:7)	UD2
	0x00b2 00178 (results.go:7)	UD2
	0x0000 55 48 89 e5 4c 89 f8 48 8b 40 10 48 89 e1 48 3b  UH..L..H.@.H..H;
	0x0010 c8 0f 86 83 00 00 00 48 85 f6 0f 84 8b 00 00 00  .......H........
	0x0020 48 83 fe ff 0f 84 1f 00 00 00 48 89 f8 48 89 f9  H.........H..H..
	0x0030 48 99 48 85 f6 0f 84 77 00 00 00 48 89 c8 48 f7  H.H....w...H..H.
	0x0040 fe 48 89 c7 e9 0f 00 00 00 48 89 f8 48 89 f9 48  .H.......H..H..H
	0x0050 89 c8 48 f7 d8 48 89 c7 48 85 f6 0f 84 43 00 00  ..H..H..H....C..
	0x0060 00 48 83 fe ff 0f 84 24 00 00 00 48 89 c8 48 99  .H.....$...H..H.
	0x0070 48 83 fe ff 0f 85 0a 00 00 00 ba 00 00 00 00 e9  H...............
	0x0080 03 00 00 00 48 f7 fe 48 89 f8 e9 06 00 00 00 48  ....H..H.......H
	0x0090 33 d2 48 89 f8 48 89 ec 5d c3 e8 00 00 00 00 e9  3.H..H..].......
	0x00a0 73 ff ff ff e8 00 00 00 00 0f 0b e8 00 00 00 00  s...............
	0x00b0 0f 0b 0f 0b                                      ....
	rel 155+4 t=R_CALL runtime.morestack_noctxt+0
	rel 165+4 t=R_CALL runtime.panicdivide+0
	rel 172+4 t=R_CALL runtime.panicdivide+0
main.three STEXT size=73 align=0x0 args=0x28 locals=0x0 funcid=0x0
	0x0000 00000 (results.go:10)	TEXT	main.three(SB), ABIInternal, $0-40
	0x0000 00000 (results.go:10)	PUSHQ	BP
	0x0001 00001 (results.go:10)	MOVQ	SP, BP
	0x0004 00004 (results.go:10)	MOVQ	R15, R8
	0x0007 00007 (results.go:10)	MOVQ	16(R8), R8
	0x000b 00011 (results.go:10)	MOVQ	SP, R9
	0x000e 00014 (results.go:10)	CMPQ	R9, R8
	0x0011 00017 (results.go:10)	JLS	63
	0x0017 00023 (results.go:10)	LEAQ	(SI)(SI*1), AX
	0x001b 00027 (results.go:11)	MOVQ	AX, (DI)
	0x001e 00030 (results.go:11)	TESTQ	SI, SI
	0x0021 00033 (results.go:11)	SETGT	AL
	0x0024 00036 (results.go:11)	MOVB	AL, 8(DI)
	0x0027 00039 (results.go:11)	LEAQ	go:string."three"(SB), AX
	0x002e 00046 (results.go:11)	MOVQ	AX, 16(DI)
	0x0032 00050 (results.go:11)	MOVQ	$5, 24(DI)
	0x003a 00058 (results.go:11)	MOVQ	BP, SP
	0x003d 00061 (results.go:11)	POPQ	BP
	0x003e 00062 (results.go:11)	RET
	0x003f 00063 (results.go:10)	CALL	runtime.morestack_noctxt(SB)
	0x0044 00068 (results.go:10)	JMP	23
	0x0000 55 48 89 e5 4d 89 f8 4d 8b 40 10 49 89 e1 4d 3b  UH..M..M.@.I..M;
	0x0010 c8 0f 86 28 00 00 00 48 8d 04 36 48 89 07 48 85  ...(...H..6H..H.
	0x0020 f6 0f 9f c0 88 47 08 48 8d 05 00 00 00 00 48 89  .....G.H......H.
	0x0030 47 10 48 c7 47 18 05 00 00 00 48 89 ec 5d c3 e8  G.H.G.....H..]..
	0x0040 00 00 00 00 e9 ce ff ff ff                       .........
	rel 42+4 t=R_PCREL go:string."three"+0
	rel 64+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=180 align=0x0 args=0x0 locals=0x20 funcid=0x0
	0x0000 00000 (results.go:14)	TEXT	main.main(SB), ABIInternal, $32-0
	0x0000 00000 (results.go:14)	PUSHQ	BP
	0x0001 00001 (results.go:14)	MOVQ	SP, BP
	0x0004 00004 (results.go:14)	SUBQ	$32, SP
	0x0008 00008 (results.go:14)	MOVQ	R12, 16(SP)
	0x000d 00013 (results.go:14)	MOVQ	R14, 24(SP)
	0x0012 00018 (results.go:14)	MOVQ	R15, AX
	0x0015 00021 (results.go:14)	MOVQ	16(AX), AX
	0x0019 00025 (results.go:14)	MOVQ	SP, CX
	0x001c 00028 (results.go:14)	CMPQ	CX, AX
	0x001f 00031 (results.go:14)	JLS	170
	0x0025 00037 (results.go:14)	MOVL	$3, R12
	0x002b 00043 (results.go:14)	MOVL	$2, DI
	0x0030 00048 (results.go:14)	MOVQ	DI, R14
	0x0033 00051 (results.go:11)	LEAQ	go:string."three"(SB), AX
	0x003a 00058 (results.go:11)	MOVQ	AX, (SP)
	0x003e 00062 (results.go:17)	CALL	runtime.printlock(SB)
	0x0043 00067 (results.go:17)	MOVQ	R12, DI
	0x0046 00070 (results.go:17)	CALL	runtime.printint(SB)
	0x004b 00075 (results.go:17)	CALL	runtime.printsp(SB)
	0x0050 00080 (results.go:17)	MOVQ	R14, DI
	0x0053 00083 (results.go:17)	CALL	runtime.printint(SB)
	0x0058 00088 (results.go:17)	CALL	runtime.printsp(SB)
	0x005d 00093 (results.go:17)	LEAQ	(R12)(R12*1), DI
	0x0061 00097 (results.go:17)	CALL	runtime.printint(SB)
	0x0066 00102 (results.go:17)	CALL	runtime.printsp(SB)
	0x006b 00107 (results.go:11)	TESTQ	R12, R12
	0x006e 00110 (results.go:11)	SETGT	AL
	0x0071 00113 (results.go:17)	MOVBQZX	AL, DI
	0x0075 00117 (results.go:17)	CALL	runtime.printbool(SB)
	0x007a 00122 (results.go:17)	CALL	runtime.printsp(SB)
	0x007f 00127 (results.go:17)	MOVQ	(SP), DI
	0x0083 00131 (results.go:15)	MOVL	$5, SI
	0x0088 00136 (results.go:17)	CALL	runtime.printstring(SB)
	0x008d 00141 (results.go:17)	CALL	runtime.printnl(SB)
	0x0092 00146 (results.go:17)	CALL	runtime.printunlock(SB)
	0x0097 00151 (results.go:17)	MOVQ	16(SP), R12
	0x009c 00156 (results.go:17)	MOVQ	24(SP), R14
	0x00a1 00161 (results.go:17)	ADDQ	$32, SP
	0x00a5 00165 (results.go:17)	MOVQ	BP, SP
	0x00a8 00168 (results.go:17)	POPQ	BP
	0x00a9 00169 (results.go:17)	RET
	0x00aa 00170 (results.go:14)	CALL	runtime.morestack_noctxt(SB)
	0x00af 00175 (results.go:14)	JMP	37
	0x0000 55 48 89 e5 48 83 ec 20 4c 89 64 24 10 4c 89 74  UH..H.. L.d$.L.t
	0x0010 24 18 4c 89 f8 48 8b 40 10 48 89 e1 48 3b c8 0f  $.L..H.@.H..H;..
	0x0020 86 85 00 00 00 41 bc 03 00 00 00 bf 02 00 00 00  .....A..........
	0x0030 49 89 fe 48 8d 05 00 00 00 00 48 89 04 24 e8 00  I..H......H..$..
	0x0040 00 00 00 4c 89 e7 e8 00 00 00 00 e8 00 00 00 00  ...L............
	0x0050 4c 89 f7 e8 00 00 00 00 e8 00 00 00 00 4b 8d 3c  L............K.<
	0x0060 24 e8 00 00 00 00 e8 00 00 00 00 4d 85 e4 0f 9f  $..........M....
	0x0070 c0 48 0f b6 f8 e8 00 00 00 00 e8 00 00 00 00 48  .H.............H
	0x0080 8b 3c 24 be 05 00 00 00 e8 00 00 00 00 e8 00 00  .<$.............
	0x0090 00 00 e8 00 00 00 00 4c 8b 64 24 10 4c 8b 74 24  .......L.d$.L.t$
	0x00a0 18 48 83 c4 20 48 89 ec 5d c3 e8 00 00 00 00 e9  .H.. H..].......
	0x00b0 71 ff ff ff                                      q...
	rel 54+4 t=R_PCREL go:string."three"+0
	rel 63+4 t=R_CALL runtime.printlock+0
	rel 71+4 t=R_CALL runtime.printint+0
	rel 76+4 t=R_CALL runtime.printsp+0
	rel 84+4 t=R_CALL runtime.printint+0
	rel 89+4 t=R_CALL runtime.printsp+0
	rel 98+4 t=R_CALL runtime.printint+0
	rel 103+4 t=R_CALL runtime.printsp+0
	rel 118+4 t=R_CALL runtime.printbool+0
	rel 123+4 t=R_CALL runtime.printsp+0
	rel 137+4 t=R_CALL runtime.printstring+0
	rel 142+4 t=R_CALL runtime.printnl+0
	rel 147+4 t=R_CALL runtime.printunlock+0
	rel 171+4 t=R_CALL runtime.morestack_noctxt+0
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
