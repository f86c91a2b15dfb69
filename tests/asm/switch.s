main.name STEXT size=140 align=0x0 args=0x18 locals=0x0 funcid=0x0
	0x0000 00000 (switch.go:5)	TEXT	main.name(SB), ABIInternal, $0-24
	0x0000 00000 (switch.go:5)	PUSHQ	BP
	0x0001 00001 (switch.go:5)	MOVQ	SP, BP
	0x0004 00004 (switch.go:5)	MOVQ	R15, AX
	0x0007 00007 (switch.go:5)	MOVQ	16(AX), AX
	0x000b 00011 (switch.go:5)	MOVQ	SP, CX
	0x000e 00014 (switch.go:5)	CMPQ	CX, AX
	0x0011 00017 (switch.go:5)	JLS	130
	0x0017 00023 (switch.go:7)	TESTQ	DI, DI
	0x001a 00026 (switch.go:7)	JEQ	113
	0x0020 00032 (switch.go:9)	CMPQ	DI, $1
	0x0024 00036 (switch.go:9)	JEQ	96
	0x002a 00042 (switch.go:9)	CMPQ	DI, $2
	0x002e 00046 (switch.go:9)	JEQ	96
	0x0034 00052 (switch.go:11)	CMPQ	DI, $10
	0x0038 00056 (switch.go:11)	JEQ	79
	0x003e 00062 (switch.go:14)	LEAQ	go:string."other"(SB), AX
	0x0045 00069 (switch.go:14)	MOVL	$5, DX
	0x004a 00074 (switch.go:14)	MOVQ	BP, SP
	0x004d 00077 (switch.go:14)	POPQ	BP
	0x004e 00078 (switch.go:14)	RET
	0x004f 00079 (switch.go:12)	LEAQ	go:string."ten"(SB), AX
	0x0056 00086 (switch.go:12)	MOVL	$3, DX
	0x005b 00091 (switch.go:12)	MOVQ	BP, SP
	0x005e 00094 (switch.go:12)	POPQ	BP
	0x005f 00095 (switch.go:12)	RET
	0x0060 00096 (switch.go:10)	LEAQ	go:string."small"(SB), AX
	0x0067 00103 (switch.go:10)	MOVL	$5, DX
	0x006c 00108 (switch.go:10)	MOVQ	BP, SP
	0x006f 00111 (switch.go:10)	POPQ	BP
	0x0070 00112 (switch.go:10)	RET
	0x0071 00113 (switch.go:8)	LEAQ	go:string."zero"(SB), AX
	0x0078 00120 (switch.go:8)	MOVL	$4, DX
	0x007d 00125 (switch.go:8)	MOVQ	BP, SP
	0x0080 00128 (switch.go:8)	POPQ	BP
	0x0081 00129 (switch.go:8)	RET
	0x0082 00130 (switch.go:5)	CALL	runtime.morestack_noctxt(SB)
	0x0087 00135 (switch.go:5)	JMP	23
	0x0000 55 48 89 e5 4c 89 f8 48 8b 40 10 48 89 e1 48 3b  UH..L..H.@.H..H;
	0x0010 c8 0f 86 6b 00 00 00 48 85 ff 0f 84 51 00 00 00  ...k...H....Q...
	0x0020 48 83 ff 01 0f 84 36 00 00 00 48 83 ff 02 0f 84  H.....6...H.....
	0x0030 2c 00 00 00 48 83 ff 0a 0f 84 11 00 00 00 48 8d  ,...H.........H.
	0x0040 05 00 00 00 00 ba 05 00 00 00 48 89 ec 5d c3 48  ..........H..].H
	0x0050 8d 05 00 00 00 00 ba 03 00 00 00 48 89 ec 5d c3  ...........H..].
	0x0060 48 8d 05 00 00 00 00 ba 05 00 00 00 48 89 ec 5d  H...........H..]
	0x0070 c3 48 8d 05 00 00 00 00 ba 04 00 00 00 48 89 ec  .H...........H..
	0x0080 5d c3 e8 00 00 00 00 e9 8b ff ff ff              ]...........
	rel 65+4 t=R_PCREL go:string."other"+0
	rel 82+4 t=R_PCREL go:string."ten"+0
	rel 99+4 t=R_PCREL go:string."small"+0
	rel 116+4 t=R_PCREL go:string."zero"+0
	rel 131+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=246 align=0x0 args=0x0 locals=0x40 funcid=0x0
	0x0000 00000 (switch.go:17)	TEXT	main.main(SB), ABIInternal, $64-0
	0x0000 00000 (switch.go:17)	PUSHQ	BP
	0x0001 00001 (switch.go:17)	MOVQ	SP, BP
	0x0004 00004 (switch.go:17)	SUBQ	$64, SP
	0x0008 00008 (switch.go:17)	MOVQ	BX, 32(SP)
	0x000d 00013 (switch.go:17)	MOVQ	R12, 40(SP)
	0x0012 00018 (switch.go:17)	MOVQ	R13, 48(SP)
	0x0017 00023 (switch.go:17)	MOVQ	R14, 56(SP)
	0x001c 00028 (switch.go:17)	MOVQ	R15, AX
	0x001f 00031 (switch.go:17)	MOVQ	16(AX), AX
	0x0023 00035 (switch.go:17)	MOVQ	SP, CX
	0x0026 00038 (switch.go:17)	CMPQ	CX, AX
	0x0029 00041 (switch.go:17)	JLS	236
	0x002f 00047 (switch.go:8)	LEAQ	go:string."zero"(SB), R11
	0x0036 00054 (switch.go:8)	MOVL	$4, SI
	0x003b 00059 (switch.go:8)	MOVQ	SI, BX
	0x003e 00062 (switch.go:8)	MOVQ	R11, 24(SP)
	0x0043 00067 (switch.go:10)	LEAQ	go:string."small"(SB), AX
	0x004a 00074 (switch.go:14)	MOVL	$5, SI
	0x004f 00079 (switch.go:14)	MOVQ	SI, R12
	0x0052 00082 (switch.go:14)	MOVQ	AX, 16(SP)
	0x0057 00087 (switch.go:12)	LEAQ	go:string."ten"(SB), AX
	0x005e 00094 (switch.go:12)	MOVL	$3, SI
	0x0063 00099 (switch.go:12)	MOVQ	SI, R13
	0x0066 00102 (switch.go:12)	MOVQ	AX, 8(SP)
	0x006b 00107 (switch.go:14)	LEAQ	go:string."other"(SB), AX
	0x0072 00114 (switch.go:14)	MOVL	$5, SI
	0x0077 00119 (switch.go:14)	MOVQ	SI, R14
	0x007a 00122 (switch.go:14)	MOVQ	AX, (SP)
	0x007e 00126 (switch.go:18)	CALL	runtime.printlock(SB)
	0x0083 00131 (switch.go:18)	MOVQ	24(SP), DI
	0x0088 00136 (switch.go:18)	MOVQ	BX, SI
	0x008b 00139 (switch.go:18)	CALL	runtime.printstring(SB)
	0x0090 00144 (switch.go:18)	CALL	runtime.printsp(SB)
	0x0095 00149 (switch.go:18)	MOVQ	16(SP), DI
	0x009a 00154 (switch.go:18)	MOVQ	R12, SI
	0x009d 00157 (switch.go:18)	CALL	runtime.printstring(SB)
	0x00a2 00162 (switch.go:18)	CALL	runtime.printsp(SB)
	0x00a7 00167 (switch.go:18)	MOVQ	8(SP), DI
	0x00ac 00172 (switch.go:18)	MOVQ	R13, SI
	0x00af 00175 (switch.go:18)	CALL	runtime.printstring(SB)
	0x00b4 00180 (switch.go:18)	CALL	runtime.printsp(SB)
	0x00b9 00185 (switch.go:18)	MOVQ	(SP), DI
	0x00bd 00189 (switch.go:18)	MOVQ	R14, SI
	0x00c0 00192 (switch.go:18)	CALL	runtime.printstring(SB)
	0x00c5 00197 (switch.go:18)	CALL	runtime.printnl(SB)
	0x00ca 00202 (switch.go:18)	CALL	runtime.printunlock(SB)
	0x00cf 00207 (switch.go:18)	MOVQ	32(SP), BX
	0x00d4 00212 (switch.go:18)	MOVQ	40(SP), R12
	0x00d9 00217 (switch.go:18)	MOVQ	48(SP), R13
	0x00de 00222 (switch.go:18)	MOVQ	56(SP), R14
	0x00e3 00227 (switch.go:18)	ADDQ	$64, SP
	0x00e7 00231 (switch.go:18)	MOVQ	BP, SP
	0x00ea 00234 (switch.go:18)	POPQ	BP
	0x00eb 00235 (switch.go:18)	RET
	0x00ec 00236 (switch.go:17)	CALL	runtime.morestack_noctxt(SB)
	0x00f1 00241 (switch.go:17)	JMP	47
	0x0000 55 48 89 e5 48 83 ec 40 48 89 5c 24 20 4c 89 64  UH..H..@H.\$ L.d
	0x0010 24 28 4c 89 6c 24 30 4c 89 74 24 38 4c 89 f8 48  $(L.l$0L.t$8L..H
	0x0020 8b 40 10 48 89 e1 48 3b c8 0f 86 bd 00 00 00 4c  .@.H..H;.......L
	0x0030 8d 1d 00 00 00 00 be 04 00 00 00 48 89 f3 4c 89  ...........H..L.
	0x0040 5c 24 18 48 8d 05 00 00 00 00 be 05 00 00 00 49  \$.H...........I
	0x0050 89 f4 48 89 44 24 10 48 8d 05 00 00 00 00 be 03  ..H.D$.H........
	0x0060 00 00 00 49 89 f5 48 89 44 24 08 48 8d 05 00 00  ...I..H.D$.H....
	0x0070 00 00 be 05 00 00 00 49 89 f6 48 89 04 24 e8 00  .......I..H..$..
	0x0080 00 00 00 48 8b 7c 24 18 48 89 de e8 00 00 00 00  ...H.|$.H.......
	0x0090 e8 00 00 00 00 48 8b 7c 24 10 4c 89 e6 e8 00 00  .....H.|$.L.....
	0x00a0 00 00 e8 00 00 00 00 48 8b 7c 24 08 4c 89 ee e8  .......H.|$.L...
	0x00b0 00 00 00 00 e8 00 00 00 00 48 8b 3c 24 4c 89 f6  .........H.<$L..
	0x00c0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x00d0 8b 5c 24 20 4c 8b 64 24 28 4c 8b 6c 24 30 4c 8b  .\$ L.d$(L.l$0L.
	0x00e0 74 24 38 48 83 c4 40 48 89 ec 5d c3 e8 00 00 00  t$8H..@H..].....
	0x00f0 00 e9 39 ff ff ff                                ..9...
	rel 50+4 t=R_PCREL go:string."zero"+0
	rel 70+4 t=R_PCREL go:string."small"+0
	rel 90+4 t=R_PCREL go:string."ten"+0
	rel 110+4 t=R_PCREL go:string."other"+0
	rel 127+4 t=R_CALL runtime.printlock+0
	rel 140+4 t=R_CALL runtime.printstring+0
	rel 145+4 t=R_CALL runtime.printsp+0
	rel 158+4 t=R_CALL runtime.printstring+0
	rel 163+4 t=R_CALL runtime.printsp+0
	rel 176+4 t=R_CALL runtime.printstring+0
	rel 181+4 t=R_CALL runtime.printsp+0
	rel 193+4 t=R_CALL runtime.printstring+0
	rel 198+4 t=R_CALL runtime.printnl+0
	rel 203+4 t=R_CALL runtime.printunlock+0
	rel 237+4 t=R_CALL runtime.morestack_noctxt+0
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
