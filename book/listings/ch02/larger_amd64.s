#include "textflag.h"

// func larger(a, b int64) int64
TEXT ·larger(SB), NOSPLIT, $0-24
	MOVQ	a+0(FP), AX
	MOVQ	b+8(FP), BX
	CMPQ	AX, BX
	JGE	2(PC)	// a >= b: skip the next instruction
	MOVQ	BX, AX
	MOVQ	AX, ret+16(FP)
	RET
