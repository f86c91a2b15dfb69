//! The runtime's assembly: bootstrap (`rt0_go`, `mstart`), the stack
//! switches (`gogo`, `mcall`, `systemstack`, `morestack_noctxt`), the top and
//! bottom of every goroutine (`runtime.main`, `goexit`), and the stubs in
//! front of the panic functions that compiled code calls.
//!
//! Design. Compiled Go code keeps g in R15 and uses the System V convention;
//! Rust code finds g in FS:0 (stubs.rs). Every routine here that changes
//! stacks updates both. Assembly calls Rust through `sym` operands and
//! reaches private struct fields through `const` operands computed with
//! `offset_of!` (runtime2.rs), never through literal offsets.
//!
//! Differences from gc, and why:
//! - Rust callers expect RBX, RBP, R12–R15 to survive a call (gc's ABI has no
//!   callee-saved registers). So `mcall` pushes them before parking the
//!   goroutine and resumes it at a landing pad that pops them: a parked
//!   goroutine's `g.sched.pc` is that pad, not the caller's PC.
//! - gc's prologue calls morestack *before* the frame exists and morestack
//!   restarts the function; gocc's prologue runs after Cranelift's frame
//!   setup, so `morestack_noctxt` returns to its caller, and with Cranelift's
//!   PreserveAll convention it must save every register it (or the Rust code
//!   it calls) may change: the nine caller-saved GPRs, RBX (used as scratch)
//!   and XMM0–15. (Neither Cranelift's default x86-64 flags nor the runtime
//!   use AVX, so the upper YMM halves need no saving.)
//! - The panic stubs capture the caller's return PC (`[rsp]`) and frame
//!   pointer (RBP, still the Go caller's at the call) and pass them on, so
//!   the traceback starts at the Go frame that panicked. gc instead unwinds
//!   through its own runtime frames and hides them.
//!
//! Invariants:
//! - Every switch to g0 loads SP from `g0.sched.sp`, which `mstart` set once:
//!   g0 keeps no frames across switches.
//! - At every `call` into Rust, SP is 16-byte aligned (System V).
//!
//! Go: src/runtime/asm_amd64.s, src/runtime/proc.go (runtime.main).

use crate::abi::{g_stack_hi, g_stack_lo, g_stackguard0, g_stackguard1};
use crate::runtime2::{
    g_m, g_sched, gobuf_bp, gobuf_ctxt, gobuf_g, gobuf_pc, gobuf_sp, m_curg, m_g0, m_gsignal, m_tls,
};
use core::arch::global_asm;

// ---------------------------------------------------------------------------
// Bootstrap. _rt0_amd64_linux (rt0_linux_amd64.rs) jumps here with the
// initial stack as the kernel left it: argc at [rsp], then argv, envp, auxv.

global_asm!(
    // ANCHOR: rt0_amd64
    ".globl _rt0_amd64",
    ".type _rt0_amd64,@function",
    "_rt0_amd64:",
    "    mov rdi, [rsp]", // argc
    "    lea rsi, [rsp + 8]", // argv
    "    jmp \"runtime.rt0_go\"",
    ".size _rt0_amd64, . - _rt0_amd64",
    // ANCHOR_END: rt0_amd64
    "",
    ".globl \"runtime.rt0_go\"",
    ".type \"runtime.rt0_go\",@function",
    // ANCHOR: rt0_go_g0
    "\"runtime.rt0_go\":",
    "    xor ebp, ebp", // the outermost frame: end the frame-pointer chain
    "    mov r12, rdi", // argc, argv: in callee-saved registers until args()
    "    mov r13, rsi",
    "    and rsp, -16",
    // Create istack out of the given (operating system) stack: g0 uses the
    // top 64 KiB of it (the OS gives 8 MiB; gc makes the same choice).
    "    lea rdi, [rip + \"runtime.g0\"]",
    "    lea rbx, [rsp - 64*1024]",
    "    mov [rdi + {g_stackguard0}], rbx",
    "    mov [rdi + {g_stackguard1}], rbx",
    "    mov [rdi + {g_stack_lo}], rbx",
    "    mov [rdi + {g_stack_hi}], rsp",
    // Thread-local storage: FS points at m0.tls, so FS:0 is m0.tls[0].
    "    lea rdi, [rip + \"runtime.m0\"]",
    "    add rdi, {m_tls}",
    "    call {settls}",
    // Store through it, to make sure it works.
    "    mov qword ptr fs:[0], 0x123",
    "    lea rax, [rip + \"runtime.m0\"]",
    "    cmp qword ptr [rax + {m_tls}], 0x123",
    "    je 1f",
    "    ud2",
    "1:",
    // Set the per-goroutine and per-mach "registers": g = g0, m0.g0 = g0,
    // g0.m = m0.
    "    lea rcx, [rip + \"runtime.g0\"]",
    "    mov qword ptr fs:[0], rcx",
    "    mov r15, rcx",
    "    lea rax, [rip + \"runtime.m0\"]",
    "    mov [rax + {m_g0}], rcx",
    "    mov [rcx + {g_m}], rax",
    "    cld", // convention: the direction flag is always clear
    // ANCHOR_END: rt0_go_g0
    // ANCHOR: rt0_go_start
    "    call {check}",
    "    mov rdi, r12",
    "    mov rsi, r13",
    "    call {args}",
    "    call {osinit}",
    "    call {schedinit}",
    // Create a new goroutine to start program, then start this M.
    "    lea rdi, [rip + \"runtime.mainPC\"]",
    "    call \"runtime.newproc\"",
    "    call \"runtime.mstart\"",
    "    ud2", // mstart never returns
    // ANCHOR_END: rt0_go_start
    ".size \"runtime.rt0_go\", . - \"runtime.rt0_go\"",
    "",
    // mainPC is a function value for runtime.main, to be passed to newproc.
    ".pushsection .rodata",
    ".p2align 3",
    "\"runtime.mainPC\":",
    "    .quad \"runtime.main\"",
    ".popsection",
    settls = sym crate::sys_linux_amd64::settls,
    check = sym crate::runtime1::check,
    args = sym crate::runtime1::args,
    osinit = sym crate::os_linux::osinit,
    schedinit = sym crate::proc::schedinit,
    g_stack_lo = const g_stack_lo,
    g_stack_hi = const g_stack_hi,
    g_stackguard0 = const g_stackguard0,
    g_stackguard1 = const g_stackguard1,
    g_m = const g_m,
    m_g0 = const m_g0,
    m_tls = const m_tls,
);

// mstart is the entry point for new Ms (gocc: only m0, from rt0_go). It runs
// on g0 and records g0's stack top: every later switch to g0 starts there.
global_asm!(
    // ANCHOR: mstart
    ".globl \"runtime.mstart\"",
    ".type \"runtime.mstart\",@function",
    "\"runtime.mstart\":",
    "    mov rax, qword ptr fs:[0]", // g0
    "    and rsp, -16",
    "    mov [rax + {g_sched} + {gobuf_sp}], rsp",
    "    xor ebp, ebp",
    "    call {mstart0}",
    "    ud2", // mstart0 never returns
    ".size \"runtime.mstart\", . - \"runtime.mstart\"",
    // ANCHOR_END: mstart
    mstart0 = sym crate::proc::mstart0,
    g_sched = const g_sched,
    gobuf_sp = const gobuf_sp,
);

// ---------------------------------------------------------------------------
// The main goroutine's function. newproc starts it with goexit as its return
// address and BP = 0, which ends the frame-pointer chain. It runs the Rust
// part of gc's runtime.main, then the program, with g in R15 as compiled
// code expects: the package's init functions, then main.main. When
// main.main returns, the program exits with status 0, whatever other
// goroutines are doing.
//
// The init functions come from `main..inittask` (gc's initTask:
// `state u32, nfns u32, fns [nfns]func()`, the package initializer
// `main.init` first, then `main.init.0`, `main.init.1`...), run in order as
// gc's doInit1 does: each is called from here, so a traceback from an init
// function ends at it, as in gc. gocc has one package, so the runtime never
// reads or writes `state` (the table may be read-only).

global_asm!(
    // ANCHOR: runtime_main
    ".globl \"runtime.main\"",
    ".type \"runtime.main\",@function",
    "\"runtime.main\":",
    "    push rbp",
    "    mov rbp, rsp",
    "    push rbx",
    "    push r12",
    "    call {mainPrologue}",
    "    mov r15, qword ptr fs:[0]", // the g register for compiled code
    "    lea rbx, [rip + \"main..inittask\"]",
    "    mov r12d, [rbx + 4]", // nfns
    "    add rbx, 8",
    "1:",
    "    test r12d, r12d",
    "    jz 2f",
    "    call [rbx]",
    "    add rbx, 8",
    "    dec r12d",
    "    jmp 1b",
    "2:",
    "    call \"main.main\"",
    "    xor edi, edi",
    "    call {exit}",
    "    ud2",
    ".size \"runtime.main\", . - \"runtime.main\"",
    // ANCHOR_END: runtime_main
    mainPrologue = sym crate::proc::mainPrologue,
    exit = sym crate::sys_linux_amd64::exit,
);

// The top-most function running on a goroutine: its address (+1) is the
// return address newproc plants on every new goroutine's stack, so a
// goroutine's function "returns" into the call to goexit1.
global_asm!(
    // ANCHOR: goexit
    ".globl \"runtime.goexit\"",
    ".type \"runtime.goexit\",@function",
    "\"runtime.goexit\":",
    "    nop", // newproc plants goexit+1, so the return address is in goexit
    "    call {goexit1}",
    "    nop", // a traceback from goexit1 must hit the code range of goexit
    ".size \"runtime.goexit\", . - \"runtime.goexit\"",
    // ANCHOR_END: goexit
    goexit1 = sym crate::proc::goexit1,
);

// ---------------------------------------------------------------------------
// Stack switching.

// gogo(buf *gobuf): restore the context in buf and jump to it. Never returns.
global_asm!(
    // ANCHOR: gogo
    ".globl \"runtime.gogo\"",
    ".type \"runtime.gogo\",@function",
    "\"runtime.gogo\":",
    "    mov rdx, [rdi + {gobuf_g}]",
    "    mov r15, rdx", // the g register for compiled code
    "    mov qword ptr fs:[0], rdx", // and for the runtime
    "    mov rsp, [rdi + {gobuf_sp}]",
    "    mov rbp, [rdi + {gobuf_bp}]",
    "    mov rax, [rdi + {gobuf_pc}]",
    "    mov rdx, [rdi + {gobuf_ctxt}]", // closure context, gc's DX
    // The context is consumed: clear it, so a stale one is never mistaken
    // for a live one.
    "    mov qword ptr [rdi + {gobuf_sp}], 0",
    "    mov qword ptr [rdi + {gobuf_bp}], 0",
    "    mov qword ptr [rdi + {gobuf_ctxt}], 0",
    "    jmp rax",
    // ANCHOR_END: gogo
    ".size \"runtime.gogo\", . - \"runtime.gogo\"",
    gobuf_sp = const gobuf_sp,
    gobuf_pc = const gobuf_pc,
    gobuf_g = const gobuf_g,
    gobuf_ctxt = const gobuf_ctxt,
    gobuf_bp = const gobuf_bp,
);

// mcall(fn func(*g)): switch to g0's stack and call fn(gp), where gp is the
// goroutine that called mcall, saved in gp.sched so that a later gogo
// resumes it by returning from mcall. fn must not return.
global_asm!(
    ".globl \"runtime.mcall\"",
    ".type \"runtime.mcall\",@function",
    "\"runtime.mcall\":",
    "    push rbp",
    "    mov rbp, rsp",
    // The Rust caller's callee-saved registers (RBP is pushed above).
    "    push rbx",
    "    push r12",
    "    push r13",
    "    push r14",
    "    push r15",
    // Save the caller's state in gp.sched: resuming runs label 2 below.
    "    mov rax, qword ptr fs:[0]", // gp
    "    lea rcx, [rip + 2f]",
    "    mov [rax + {g_sched} + {gobuf_pc}], rcx",
    "    mov [rax + {g_sched} + {gobuf_sp}], rsp",
    "    mov [rax + {g_sched} + {gobuf_bp}], rbp",
    // Switch to m.g0 and its stack, call fn(gp).
    "    mov rdx, [rax + {g_m}]",
    "    mov rsi, [rdx + {m_g0}]",
    "    cmp rsi, rax",
    "    jne 1f",
    "    call {badmcall}", // mcall on g0: there is nothing to save
    "1:",
    "    mov qword ptr fs:[0], rsi",
    "    mov r15, rsi",
    "    mov rsp, [rsi + {g_sched} + {gobuf_sp}]",
    "    xor ebp, ebp", // g0's frames do not continue into the goroutine's
    "    mov rcx, rdi",
    "    mov rdi, rax",
    "    call rcx",
    "    call {badmcall2}", // fn returned
    "2:",
    // Resumed by gogo(&gp.sched), with SP and BP as saved above.
    "    pop r15",
    "    pop r14",
    "    pop r13",
    "    pop r12",
    "    pop rbx",
    "    pop rbp",
    "    ret",
    ".size \"runtime.mcall\", . - \"runtime.mcall\"",
    badmcall = sym crate::proc::badmcall,
    badmcall2 = sym crate::proc::badmcall2,
    g_m = const g_m,
    g_sched = const g_sched,
    gobuf_sp = const gobuf_sp,
    gobuf_pc = const gobuf_pc,
    gobuf_bp = const gobuf_bp,
    m_g0 = const m_g0,
);

// systemstack(fn, arg): call fn(arg) on the g0 stack and come back. Called
// on g0 or the signal stack already, it just calls fn(arg).
global_asm!(
    ".globl \"runtime.systemstack\"",
    ".type \"runtime.systemstack\",@function",
    "\"runtime.systemstack\":",
    "    mov rax, qword ptr fs:[0]", // gp
    "    mov rdx, [rax + {g_m}]", // mp
    "    cmp rax, [rdx + {m_gsignal}]",
    "    je 2f",
    "    mov rcx, [rdx + {m_g0}]",
    "    cmp rax, rcx",
    "    je 2f",
    "    cmp rax, [rdx + {m_curg}]",
    "    je 1f",
    "    and rsp, -16",
    "    call {badsystemstack}",
    "1:",
    "    push rbp",
    "    mov rbp, rsp",
    // Save our state in g.sched, so that a crash report printed on g0 can
    // walk this goroutine's frames: the PC is label 3 (not Go code, skipped).
    "    lea r8, [rip + 3f]",
    "    mov [rax + {g_sched} + {gobuf_pc}], r8",
    "    mov [rax + {g_sched} + {gobuf_sp}], rsp",
    "    mov [rax + {g_sched} + {gobuf_bp}], rbp",
    // Switch to g0 and call fn(arg).
    "    mov qword ptr fs:[0], rcx",
    "    mov rsp, [rcx + {g_sched} + {gobuf_sp}]",
    "    mov rax, rdi",
    "    mov rdi, rsi",
    "    call rax",
    // Switch back to g: m.curg.
    "    mov rax, qword ptr fs:[0]",
    "    mov rax, [rax + {g_m}]",
    "    mov rax, [rax + {m_curg}]",
    "    mov qword ptr fs:[0], rax",
    "    mov rsp, [rax + {g_sched} + {gobuf_sp}]",
    "    mov qword ptr [rax + {g_sched} + {gobuf_sp}], 0",
    "3:",
    "    pop rbp",
    "    ret",
    "2:",
    // Already on a system stack: tail-call fn(arg).
    "    mov rax, rdi",
    "    mov rdi, rsi",
    "    jmp rax",
    ".size \"runtime.systemstack\", . - \"runtime.systemstack\"",
    badsystemstack = sym crate::proc::badsystemstack,
    g_m = const g_m,
    g_sched = const g_sched,
    gobuf_sp = const gobuf_sp,
    gobuf_pc = const gobuf_pc,
    gobuf_bp = const gobuf_bp,
    m_g0 = const m_g0,
    m_gsignal = const m_gsignal,
    m_curg = const m_curg,
);

// morestack_noctxt: called by a function f's prologue when SP <= stackguard0
// (compiled code: `CALL runtime.morestack_noctxt` with Cranelift's
// PreserveAll convention). Saves every register, records f's context in
// g.sched, and runs newstack on g0. newstack returns only for a preemption
// request; then we switch back and return to f, registers intact.
global_asm!(
    ".globl \"runtime.morestack_noctxt\"",
    ".type \"runtime.morestack_noctxt\",@function",
    "\"runtime.morestack_noctxt\":",
    "    push rbp",
    "    mov rbp, rsp",
    "    push rax",
    "    push rcx",
    "    push rdx",
    "    push rsi",
    "    push rdi",
    "    push r8",
    "    push r9",
    "    push r10",
    "    push r11",
    "    push rbx",
    "    sub rsp, 256",
    "    movdqu [rsp + 0], xmm0",
    "    movdqu [rsp + 16], xmm1",
    "    movdqu [rsp + 32], xmm2",
    "    movdqu [rsp + 48], xmm3",
    "    movdqu [rsp + 64], xmm4",
    "    movdqu [rsp + 80], xmm5",
    "    movdqu [rsp + 96], xmm6",
    "    movdqu [rsp + 112], xmm7",
    "    movdqu [rsp + 128], xmm8",
    "    movdqu [rsp + 144], xmm9",
    "    movdqu [rsp + 160], xmm10",
    "    movdqu [rsp + 176], xmm11",
    "    movdqu [rsp + 192], xmm12",
    "    movdqu [rsp + 208], xmm13",
    "    movdqu [rsp + 224], xmm14",
    "    movdqu [rsp + 240], xmm15",
    // Set g.sched to the context in f: the PC after its CALL, its SP after
    // the call returns, and its frame pointer.
    "    mov rdi, qword ptr fs:[0]", // gp
    "    mov rax, [rbp + 8]",
    "    mov [rdi + {g_sched} + {gobuf_pc}], rax",
    "    lea rax, [rbp + 16]",
    "    mov [rdi + {g_sched} + {gobuf_sp}], rax",
    "    mov rax, [rbp]",
    "    mov [rdi + {g_sched} + {gobuf_bp}], rax",
    // Cannot grow the scheduler stack (m.g0) or the signal stack (m.gsignal).
    "    mov rsi, [rdi + {g_m}]",
    "    mov rax, [rsi + {m_g0}]",
    "    cmp rdi, rax",
    "    jne 1f",
    "    and rsp, -16",
    "    call {badmorestackg0}",
    "1:",
    "    cmp rdi, [rsi + {m_gsignal}]",
    "    jne 2f",
    "    and rsp, -16",
    "    call {badmorestackgsignal}",
    "2:",
    // Call newstack on m.g0's stack; RBX remembers ours.
    "    mov rbx, rsp",
    "    mov qword ptr fs:[0], rax",
    "    mov rsp, [rax + {g_sched} + {gobuf_sp}]",
    "    call {newstack}",
    // Back to the goroutine (m.curg) and its stack.
    "    mov rsp, rbx",
    "    mov rdi, qword ptr fs:[0]",
    "    mov rdi, [rdi + {g_m}]",
    "    mov rdi, [rdi + {m_curg}]",
    "    mov qword ptr fs:[0], rdi",
    "    mov qword ptr [rdi + {g_sched} + {gobuf_sp}], 0",
    "    movdqu xmm0, [rsp + 0]",
    "    movdqu xmm1, [rsp + 16]",
    "    movdqu xmm2, [rsp + 32]",
    "    movdqu xmm3, [rsp + 48]",
    "    movdqu xmm4, [rsp + 64]",
    "    movdqu xmm5, [rsp + 80]",
    "    movdqu xmm6, [rsp + 96]",
    "    movdqu xmm7, [rsp + 112]",
    "    movdqu xmm8, [rsp + 128]",
    "    movdqu xmm9, [rsp + 144]",
    "    movdqu xmm10, [rsp + 160]",
    "    movdqu xmm11, [rsp + 176]",
    "    movdqu xmm12, [rsp + 192]",
    "    movdqu xmm13, [rsp + 208]",
    "    movdqu xmm14, [rsp + 224]",
    "    movdqu xmm15, [rsp + 240]",
    "    add rsp, 256",
    "    pop rbx",
    "    pop r11",
    "    pop r10",
    "    pop r9",
    "    pop r8",
    "    pop rdi",
    "    pop rsi",
    "    pop rdx",
    "    pop rcx",
    "    pop rax",
    "    pop rbp",
    "    ret",
    ".size \"runtime.morestack_noctxt\", . - \"runtime.morestack_noctxt\"",
    newstack = sym crate::stack::newstack,
    badmorestackg0 = sym crate::stack::badmorestackg0,
    badmorestackgsignal = sym crate::stack::badmorestackgsignal,
    g_m = const g_m,
    g_sched = const g_sched,
    gobuf_sp = const gobuf_sp,
    gobuf_pc = const gobuf_pc,
    gobuf_bp = const gobuf_bp,
    m_g0 = const m_g0,
    m_gsignal = const m_gsignal,
    m_curg = const m_curg,
);

// ---------------------------------------------------------------------------
// Panic entry points called by compiled code. Each passes its own arguments
// through and appends the caller's PC and frame pointer, then jumps (not
// calls) to the Rust implementation, which never returns.

global_asm!(
    // gopanic(typ *Type, data unsafe.Pointer): panic(v).
    ".globl \"runtime.gopanic\"",
    ".type \"runtime.gopanic\",@function",
    "\"runtime.gopanic\":",
    "    mov rdx, [rsp]",
    "    mov rcx, rbp",
    "    jmp {gopanic}",
    ".size \"runtime.gopanic\", . - \"runtime.gopanic\"",
    "",
    // panicdivide(): integer division by zero.
    ".globl \"runtime.panicdivide\"",
    ".type \"runtime.panicdivide\",@function",
    "\"runtime.panicdivide\":",
    "    mov rdi, [rsp]",
    "    mov rsi, rbp",
    "    jmp {panicdivide}",
    ".size \"runtime.panicdivide\", . - \"runtime.panicdivide\"",
    "",
    // panicshift(): shift by a negative amount.
    ".globl \"runtime.panicshift\"",
    ".type \"runtime.panicshift\",@function",
    "\"runtime.panicshift\":",
    "    mov rdi, [rsp]",
    "    mov rsi, rbp",
    "    jmp {panicshift}",
    ".size \"runtime.panicshift\", . - \"runtime.panicshift\"",
    "",
    // panicBounds(code, x, y): a failed index or slice bounds check.
    // gc's panicBounds saves all registers and decodes the operands from
    // PCDATA; gocc's compiler passes them as arguments.
    ".globl \"runtime.panicBounds\"",
    ".type \"runtime.panicBounds\",@function",
    "\"runtime.panicBounds\":",
    "    mov rcx, [rsp]",
    "    mov r8, rbp",
    "    jmp {panicBounds64}",
    ".size \"runtime.panicBounds\", . - \"runtime.panicBounds\"",
    "",
    // sigpanic0: the signal handler (signal_unix.rs) makes the faulting
    // instruction "call" this, by pushing the faulting PC and pointing the PC
    // here. [rsp] is the faulting PC, RBP the faulting function's frame
    // pointer; SP may be misaligned.
    ".globl \"runtime.sigpanic0\"",
    ".type \"runtime.sigpanic0\",@function",
    "\"runtime.sigpanic0\":",
    "    mov rdi, [rsp]",
    "    mov rsi, rbp",
    "    and rsp, -16",
    "    call {sigpanic}",
    "    ud2",
    ".size \"runtime.sigpanic0\", . - \"runtime.sigpanic0\"",
    gopanic = sym crate::panic::gopanic,
    panicdivide = sym crate::panic::panicdivide,
    panicshift = sym crate::panic::panicshift,
    panicBounds64 = sym crate::panic::panicBounds64,
    sigpanic = sym crate::signal_unix::sigpanic,
);

unsafe extern "C" {
    /// See the global_asm above: the address of goexit, planted (+1) as the
    /// return address of every goroutine's first frame.
    #[link_name = "runtime.goexit"]
    pub fn goexit();
    /// The injected call of the signal handler.
    #[link_name = "runtime.sigpanic0"]
    pub fn sigpanic0();
}
