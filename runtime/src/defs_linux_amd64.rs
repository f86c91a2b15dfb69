//! Linux kernel structures and constants for x86-64, as the kernel lays them
//! out (not as libc does: gocc has no libc).
//!
//! Only what the runtime uses is here: signal numbers and codes, the
//! `rt_sigaction` and `sigaltstack` argument structs, `timespec`, and the
//! `siginfo` and `ucontext` a signal handler receives. `sigctxt` wraps the latter two with
//! gc's accessors (`rip`, `rsp`, `sigcode`...).
//!
//! Go: src/runtime/defs_linux_amd64.go, src/runtime/signal_linux_amd64.go.

pub const _SIGBUS: u32 = 7;
pub const _SIGFPE: u32 = 8;
pub const _SIGSEGV: u32 = 11;

pub const _SA_SIGINFO: u64 = 0x4;
pub const _SA_ONSTACK: u64 = 0x0800_0000;
pub const _SA_RESTART: u64 = 0x1000_0000;
pub const _SA_RESTORER: u64 = 0x0400_0000;

/// si_code values.
pub const _SEGV_MAPERR: u64 = 1;
pub const _SEGV_ACCERR: u64 = 2;
pub const _BUS_ADRERR: u64 = 2;
pub const _FPE_INTDIV: u64 = 1;
pub const _FPE_INTOVF: u64 = 2;

/// `struct timespec` (clock_gettime).
#[repr(C)]
pub struct timespec {
    pub tv_sec: i64,
    pub tv_nsec: i64,
}

/// The kernel's `struct sigaction` for rt_sigaction (not libc's layout).
#[repr(C)]
pub struct sigactiont {
    pub sa_handler: usize,
    pub sa_flags: u64,
    pub sa_restorer: usize,
    pub sa_mask: u64,
}

/// `stack_t`, for sigaltstack.
#[repr(C)]
pub struct stackt {
    pub ss_sp: usize,
    pub ss_flags: i32,
    pub _pad: i32,
    pub ss_size: usize,
}

/// The leading fields of `siginfo_t` that the runtime reads.
#[repr(C)]
pub struct siginfo {
    pub si_signo: i32,
    pub si_errno: i32,
    pub si_code: i32,
    pub _pad: i32,
    /// The fault address, for SIGSEGV, SIGBUS and SIGFPE.
    pub si_addr: u64,
}

/// The interrupted registers (`struct sigcontext`, `uc_mcontext`).
#[repr(C)]
pub struct sigcontext {
    pub r8: u64,
    pub r9: u64,
    pub r10: u64,
    pub r11: u64,
    pub r12: u64,
    pub r13: u64,
    pub r14: u64,
    pub r15: u64,
    pub rdi: u64,
    pub rsi: u64,
    pub rbp: u64,
    pub rbx: u64,
    pub rdx: u64,
    pub rax: u64,
    pub rcx: u64,
    pub rsp: u64,
    pub rip: u64,
    pub eflags: u64,
    pub cs: u16,
    pub gs: u16,
    pub fs: u16,
    pub _pad0: u16,
    pub err: u64,
    pub trapno: u64,
    pub oldmask: u64,
    pub cr2: u64,
    pub fpstate: u64,
    pub _reserved1: [u64; 8],
}

/// `ucontext_t`, the third argument of an SA_SIGINFO handler.
#[repr(C)]
pub struct ucontext {
    pub uc_flags: u64,
    pub uc_link: usize,
    pub uc_stack: stackt,
    pub uc_mcontext: sigcontext,
    pub uc_sigmask: u64,
}

/// A signal's information and interrupted context, with gc's accessors.
pub struct sigctxt {
    pub info: *mut siginfo,
    pub ctxt: *mut ucontext,
}

impl sigctxt {
    unsafe fn regs(&self) -> *mut sigcontext {
        &raw mut (*self.ctxt).uc_mcontext
    }
    pub unsafe fn rip(&self) -> usize {
        (*self.regs()).rip as usize
    }
    pub unsafe fn rsp(&self) -> usize {
        (*self.regs()).rsp as usize
    }
    pub unsafe fn rbp(&self) -> usize {
        (*self.regs()).rbp as usize
    }
    pub unsafe fn set_rip(&self, x: usize) {
        (*self.regs()).rip = x as u64;
    }
    pub unsafe fn set_rsp(&self, x: usize) {
        (*self.regs()).rsp = x as u64;
    }
    pub unsafe fn sigcode(&self) -> u64 {
        (*self.info).si_code as u64
    }
    pub unsafe fn sigaddr(&self) -> u64 {
        (*self.info).si_addr
    }
}
