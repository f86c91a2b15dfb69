main.add8 STEXT size=43 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (arith.go:6)	TEXT	main.add8(SB), ABIInternal, $0-16
	0x0000 00000 (arith.go:6)	PUSHQ	BP
	0x0001 00001 (arith.go:6)	MOVQ	SP, BP
	0x0004 00004 (arith.go:6)	MOVQ	R15, R8
	0x0007 00007 (arith.go:6)	MOVQ	16(R8), R8
	0x000b 00011 (arith.go:6)	MOVQ	SP, R9
	0x000e 00014 (arith.go:6)	CMPQ	R9, R8
	0x0011 00017 (arith.go:6)	JLS	33
	0x0017 00023 (arith.go:6)	MOVQ	DI, AX
	0x001a 00026 (arith.go:6)	ADDL	SI, AX
	0x001c 00028 (arith.go:6)	MOVQ	BP, SP
	0x001f 00031 (arith.go:6)	POPQ	BP
	0x0020 00032 (arith.go:6)	RET
	0x0021 00033 (arith.go:6)	CALL	runtime.morestack_noctxt(SB)
	0x0026 00038 (arith.go:6)	JMP	23
	0x0000 55 48 89 e5 4d 89 f8 4d 8b 40 10 49 89 e1 4d 3b  UH..M..M.@.I..M;
	0x0010 c8 0f 86 0a 00 00 00 48 89 f8 03 c6 48 89 ec 5d  .......H....H..]
	0x0020 c3 e8 00 00 00 00 e9 ec ff ff ff                 ...........
	rel 34+4 t=R_CALL runtime.morestack_noctxt+0
main.mul16 STEXT size=45 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (arith.go:8)	TEXT	main.mul16(SB), ABIInternal, $0-16
	0x0000 00000 (arith.go:8)	PUSHQ	BP
	0x0001 00001 (arith.go:8)	MOVQ	SP, BP
	0x0004 00004 (arith.go:8)	MOVQ	R15, R8
	0x0007 00007 (arith.go:8)	MOVQ	16(R8), R8
	0x000b 00011 (arith.go:8)	MOVQ	SP, R9
	0x000e 00014 (arith.go:8)	CMPQ	R9, R8
	0x0011 00017 (arith.go:8)	JLS	35
	0x0017 00023 (arith.go:8)	MOVQ	DI, AX
	0x001a 00026 (arith.go:8)	IMULW	SI, AX
	0x001e 00030 (arith.go:8)	MOVQ	BP, SP
	0x0021 00033 (arith.go:8)	POPQ	BP
	0x0022 00034 (arith.go:8)	RET
	0x0023 00035 (arith.go:8)	CALL	runtime.morestack_noctxt(SB)
	0x0028 00040 (arith.go:8)	JMP	23
	0x0000 55 48 89 e5 4d 89 f8 4d 8b 40 10 49 89 e1 4d 3b  UH..M..M.@.I..M;
	0x0010 c8 0f 86 0c 00 00 00 48 89 f8 66 0f af c6 48 89  .......H..f...H.
	0x0020 ec 5d c3 e8 00 00 00 00 e9 ea ff ff ff           .]...........
	rel 36+4 t=R_CALL runtime.morestack_noctxt+0
main.sub32 STEXT size=43 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (arith.go:10)	TEXT	main.sub32(SB), ABIInternal, $0-16
	0x0000 00000 (arith.go:10)	PUSHQ	BP
	0x0001 00001 (arith.go:10)	MOVQ	SP, BP
	0x0004 00004 (arith.go:10)	MOVQ	R15, R8
	0x0007 00007 (arith.go:10)	MOVQ	16(R8), R8
	0x000b 00011 (arith.go:10)	MOVQ	SP, R9
	0x000e 00014 (arith.go:10)	CMPQ	R9, R8
	0x0011 00017 (arith.go:10)	JLS	33
	0x0017 00023 (arith.go:10)	MOVQ	DI, AX
	0x001a 00026 (arith.go:10)	SUBL	SI, AX
	0x001c 00028 (arith.go:10)	MOVQ	BP, SP
	0x001f 00031 (arith.go:10)	POPQ	BP
	0x0020 00032 (arith.go:10)	RET
	0x0021 00033 (arith.go:10)	CALL	runtime.morestack_noctxt(SB)
	0x0026 00038 (arith.go:10)	JMP	23
	0x0000 55 48 89 e5 4d 89 f8 4d 8b 40 10 49 89 e1 4d 3b  UH..M..M.@.I..M;
	0x0010 c8 0f 86 0a 00 00 00 48 89 f8 2b c6 48 89 ec 5d  .......H..+.H..]
	0x0020 c3 e8 00 00 00 00 e9 ec ff ff ff                 ...........
	rel 34+4 t=R_CALL runtime.morestack_noctxt+0
main.div64 STEXT size=94 align=0x0 args=0x18 locals=0x0 funcid=0x0
	0x0000 00000 (arith.go:12)	TEXT	main.div64(SB), ABIInternal, $0-24
	0x0000 00000 (arith.go:12)	PUSHQ	BP
	0x0001 00001 (arith.go:12)	MOVQ	SP, BP
	0x0004 00004 (arith.go:12)	MOVQ	R15, R10
	0x0007 00007 (arith.go:12)	MOVQ	16(R10), R10
	0x000b 00011 (arith.go:12)	MOVQ	SP, R11
	0x000e 00014 (arith.go:12)	CMPQ	R11, R10
	0x0011 00017 (arith.go:12)	JLS	75
	0x0017 00023 (arith.go:12)	TESTQ	SI, SI
	0x001a 00026 (arith.go:12)	JEQ	85
	0x0020 00032 (arith.go:12)	CMPQ	SI, $-1
	0x0024 00036 (arith.go:12)	JEQ	64
	0x002a 00042 (arith.go:12)	MOVQ	DI, AX
	0x002d 00045 (arith.go:12)	CQO
	0x002f 00047 (arith.go:12)	TESTQ	SI, SI
	0x0032 00050 (arith.go:12)	JEQ	92
	0x0038 00056 (arith.go:12)	IDIVQ	SI
	0x003b 00059 (arith.go:12)	JMP	70
	0x0040 00064 (arith.go:12)	MOVQ	DI, AX
	0x0043 00067 (arith.go:12)	NEGQ	AX
	0x0046 00070 (arith.go:12)	MOVQ	BP, SP
	0x0049 00073 (arith.go:12)	POPQ	BP
	0x004a 00074 (arith.go:12)	RET
	0x004b 00075 (arith.go:12)	CALL	runtime.morestack_noctxt(SB)
	0x0050 00080 (arith.go:12)	JMP	23
	0x0055 00085 (arith.go:12)	CALL	runtime.panicdivide(SB)
	0x005a 00090 (arith.go:12)	UD2
	0x005c 00092 (arith.go:12)	UD2
	0x0000 55 48 89 e5 4d 89 fa 4d 8b 52 10 49 89 e3 4d 3b  UH..M..M.R.I..M;
	0x0010 da 0f 86 34 00 00 00 48 85 f6 0f 84 35 00 00 00  ...4...H....5...
	0x0020 48 83 fe ff 0f 84 16 00 00 00 48 89 f8 48 99 48  H.........H..H.H
	0x0030 85 f6 0f 84 24 00 00 00 48 f7 fe e9 06 00 00 00  ....$...H.......
	0x0040 48 89 f8 48 f7 d8 48 89 ec 5d c3 e8 00 00 00 00  H..H..H..]......
	0x0050 e9 c2 ff ff ff e8 00 00 00 00 0f 0b 0f 0b        ..............
	rel 76+4 t=R_CALL runtime.morestack_noctxt+0
	rel 86+4 t=R_CALL runtime.panicdivide+0
main.shift STEXT size=65 align=0x0 args=0x18 locals=0x0 funcid=0x0
	0x0000 00000 (arith.go:14)	TEXT	main.shift(SB), ABIInternal, $0-24
	0x0000 00000 (arith.go:14)	PUSHQ	BP
	0x0001 00001 (arith.go:14)	MOVQ	SP, BP
	0x0004 00004 (arith.go:14)	MOVQ	R15, R11
	0x0007 00007 (arith.go:14)	MOVQ	16(R11), R11
	0x000b 00011 (arith.go:14)	MOVQ	SP, AX
	0x000e 00014 (arith.go:14)	CMPQ	AX, R11
	0x0011 00017 (arith.go:14)	JLS	55
	0x0017 00023 (arith.go:14)	MOVQ	SI, CX
	0x001a 00026 (arith.go:14)	MOVQ	DI, DX
	0x001d 00029 (arith.go:14)	SHLQ	CX, DX
	0x0020 00032 (arith.go:14)	XORQ	AX, AX
	0x0023 00035 (arith.go:14)	CMPQ	CX, $64
	0x0027 00039 (arith.go:14)	CMOVQCS	DX, AX
	0x002b 00043 (arith.go:14)	SHRQ	$3, DI
	0x002f 00047 (arith.go:14)	ORQ	DI, AX
	0x0032 00050 (arith.go:14)	MOVQ	BP, SP
	0x0035 00053 (arith.go:14)	POPQ	BP
	0x0036 00054 (arith.go:14)	RET
	0x0037 00055 (arith.go:14)	CALL	runtime.morestack_noctxt(SB)
	0x003c 00060 (arith.go:14)	JMP	23
	0x0000 55 48 89 e5 4d 89 fb 4d 8b 5b 10 48 89 e0 49 3b  UH..M..M.[.H..I;
	0x0010 c3 0f 86 20 00 00 00 48 89 f1 48 89 fa 48 d3 e2  ... ...H..H..H..
	0x0020 48 33 c0 48 83 f9 40 48 0f 42 c2 48 c1 ef 03 48  H3.H..@H.B.H...H
	0x0030 0b c7 48 89 ec 5d c3 e8 00 00 00 00 e9 d6 ff ff  ..H..]..........
	0x0040 ff                                               .
	rel 56+4 t=R_CALL runtime.morestack_noctxt+0
main.widen STEXT size=48 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (arith.go:16)	TEXT	main.widen(SB), ABIInternal, $0-16
	0x0000 00000 (arith.go:16)	PUSHQ	BP
	0x0001 00001 (arith.go:16)	MOVQ	SP, BP
	0x0004 00004 (arith.go:16)	MOVQ	R15, R8
	0x0007 00007 (arith.go:16)	MOVQ	16(R8), R8
	0x000b 00011 (arith.go:16)	MOVQ	SP, R9
	0x000e 00014 (arith.go:16)	CMPQ	R9, R8
	0x0011 00017 (arith.go:16)	JLS	38
	0x0017 00023 (arith.go:16)	MOVBQZX	DIB, AX
	0x001b 00027 (arith.go:16)	MOVLQSX	SI, CX
	0x001e 00030 (arith.go:16)	ADDQ	CX, AX
	0x0021 00033 (arith.go:16)	MOVQ	BP, SP
	0x0024 00036 (arith.go:16)	POPQ	BP
	0x0025 00037 (arith.go:16)	RET
	0x0026 00038 (arith.go:16)	CALL	runtime.morestack_noctxt(SB)
	0x002b 00043 (arith.go:16)	JMP	23
	0x0000 55 48 89 e5 4d 89 f8 4d 8b 40 10 49 89 e1 4d 3b  UH..M..M.@.I..M;
	0x0010 c8 0f 86 0f 00 00 00 48 0f b6 c7 48 63 ce 48 03  .......H...Hc.H.
	0x0020 c1 48 89 ec 5d c3 e8 00 00 00 00 e9 e7 ff ff ff  .H..]...........
	rel 39+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=164 align=0x0 args=0x0 locals=0x10 funcid=0x0
	0x0000 00000 (arith.go:18)	TEXT	main.main(SB), ABIInternal, $16-0
	0x0000 00000 (arith.go:18)	PUSHQ	BP
	0x0001 00001 (arith.go:18)	MOVQ	SP, BP
	0x0004 00004 (arith.go:18)	SUBQ	$16, SP
	0x0008 00008 (arith.go:18)	MOVQ	R12, (SP)
	0x000c 00012 (arith.go:18)	MOVQ	R15, R9
	0x000f 00015 (arith.go:18)	MOVQ	16(R9), R9
	0x0013 00019 (arith.go:18)	MOVQ	SP, R10
	0x0016 00022 (arith.go:18)	CMPQ	R10, R9
	0x0019 00025 (arith.go:18)	JLS	154
	0x001f 00031 (arith.go:18)	MOVQ	$-3, DI
	0x0026 00038 (arith.go:18)	MOVQ	DI, R12
	0x0029 00041 (arith.go:19)	CALL	runtime.printlock(SB)
	0x002e 00046 (arith.go:19)	MOVL	$127, DI
	0x0033 00051 (arith.go:19)	CALL	runtime.printint(SB)
	0x0038 00056 (arith.go:19)	CALL	runtime.printsp(SB)
	0x003d 00061 (arith.go:19)	MOVL	$900, DI
	0x0042 00066 (arith.go:19)	CALL	runtime.printuint(SB)
	0x0047 00071 (arith.go:19)	CALL	runtime.printsp(SB)
	0x004c 00076 (arith.go:12)	MOVQ	$-1, DI
	0x0053 00083 (arith.go:19)	CALL	runtime.printint(SB)
	0x0058 00088 (arith.go:19)	CALL	runtime.printsp(SB)
	0x005d 00093 (arith.go:19)	MOVQ	R12, DI
	0x0060 00096 (arith.go:19)	CALL	runtime.printint(SB)
	0x0065 00101 (arith.go:19)	CALL	runtime.printsp(SB)
	0x006a 00106 (arith.go:19)	MOVL	$20, DI
	0x006f 00111 (arith.go:19)	CALL	runtime.printuint(SB)
	0x0074 00116 (arith.go:19)	CALL	runtime.printsp(SB)
	0x0079 00121 (arith.go:19)	MOVL	$330, DI
	0x007e 00126 (arith.go:19)	CALL	runtime.printint(SB)
	0x0083 00131 (arith.go:19)	CALL	runtime.printnl(SB)
	0x0088 00136 (arith.go:19)	CALL	runtime.printunlock(SB)
	0x008d 00141 (arith.go:19)	MOVQ	(SP), R12
	0x0091 00145 (arith.go:19)	ADDQ	$16, SP
	0x0095 00149 (arith.go:19)	MOVQ	BP, SP
	0x0098 00152 (arith.go:19)	POPQ	BP
	0x0099 00153 (arith.go:19)	RET
	0x009a 00154 (arith.go:18)	CALL	runtime.morestack_noctxt(SB)
	0x009f 00159 (arith.go:18)	JMP	31
	0x0000 55 48 89 e5 48 83 ec 10 4c 89 24 24 4d 89 f9 4d  UH..H...L.$$M..M
	0x0010 8b 49 10 49 89 e2 4d 3b d1 0f 86 7b 00 00 00 48  .I.I..M;...{...H
	0x0020 c7 c7 fd ff ff ff 49 89 fc e8 00 00 00 00 bf 7f  ......I.........
	0x0030 00 00 00 e8 00 00 00 00 e8 00 00 00 00 bf 84 03  ................
	0x0040 00 00 e8 00 00 00 00 e8 00 00 00 00 48 c7 c7 ff  ............H...
	0x0050 ff ff ff e8 00 00 00 00 e8 00 00 00 00 4c 89 e7  .............L..
	0x0060 e8 00 00 00 00 e8 00 00 00 00 bf 14 00 00 00 e8  ................
	0x0070 00 00 00 00 e8 00 00 00 00 bf 4a 01 00 00 e8 00  ..........J.....
	0x0080 00 00 00 e8 00 00 00 00 e8 00 00 00 00 4c 8b 24  .............L.$
	0x0090 24 48 83 c4 10 48 89 ec 5d c3 e8 00 00 00 00 e9  $H...H..].......
	0x00a0 7b ff ff ff                                      {...
	rel 42+4 t=R_CALL runtime.printlock+0
	rel 52+4 t=R_CALL runtime.printint+0
	rel 57+4 t=R_CALL runtime.printsp+0
	rel 67+4 t=R_CALL runtime.printuint+0
	rel 72+4 t=R_CALL runtime.printsp+0
	rel 84+4 t=R_CALL runtime.printint+0
	rel 89+4 t=R_CALL runtime.printsp+0
	rel 97+4 t=R_CALL runtime.printint+0
	rel 102+4 t=R_CALL runtime.printsp+0
	rel 112+4 t=R_CALL runtime.printuint+0
	rel 117+4 t=R_CALL runtime.printsp+0
	rel 127+4 t=R_CALL runtime.printint+0
	rel 132+4 t=R_CALL runtime.printnl+0
	rel 137+4 t=R_CALL runtime.printunlock+0
	rel 155+4 t=R_CALL runtime.morestack_noctxt+0
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
