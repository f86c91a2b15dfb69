//! The ELF entry point of every gocc program.
//!
//! The linker is run with `-e _rt0_amd64_linux`. The kernel starts the
//! process here with no stack frame: argc at [rsp], then the argv pointers,
//! a null, the envp pointers, a null, and the auxiliary vector. The OS-
//! specific entry only jumps to the architecture's (asm_amd64.rs), which
//! passes argc and argv on to `runtime.rt0_go`.
//!
//! Go: src/runtime/rt0_linux_amd64.s.

core::arch::global_asm!(
    // ANCHOR: rt0_amd64_linux
    ".globl _rt0_amd64_linux",
    ".type _rt0_amd64_linux,@function",
    "_rt0_amd64_linux:",
    "    jmp _rt0_amd64",
    ".size _rt0_amd64_linux, . - _rt0_amd64_linux",
    // ANCHOR_END: rt0_amd64_linux
);
