#include "textflag.h"

// func addABI0(a, b int32) (int32, bool)
//
// The arguments and results are in the caller's frame, above the return
// address: a+0(FP), b+4(FP), and the results from the next multiple of 8.
// add's arguments and results go in this function's own frame, at 0(SP).
TEXT ·addABI0(SB), $16-16
	MOVL	a+0(FP), AX
	MOVL	AX, 0(SP)
	MOVL	b+4(FP), AX
	MOVL	AX, 4(SP)
	CALL	·add(SB)
	MOVL	8(SP), AX
	MOVL	AX, ret+8(FP)
	MOVB	12(SP), AX
	MOVB	AX, ret1+12(FP)
	RET
