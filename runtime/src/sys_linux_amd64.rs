//! Raw Linux system calls: the runtime's only way to talk to the kernel.
//!
//! There is no libc. Each wrapper is a `syscall` instruction with the kernel's
//! convention: number in AX, arguments in DI, SI, DX, R10, R8, R9, result in
//! AX (a negative errno on failure); the instruction clobbers CX and R11.
//! The wrappers keep gc's names (`write1`, `exit`, `mmap`, `settls`...).
//!
//! Invariant: these functions use no stack beyond their own small frame, so
//! they are safe on any stack, including a nearly exhausted goroutine stack
//! and the signal stack.
//!
//! Rejected: the `sc` or `syscalls` crates. The runtime has no dependencies,
//! and a dozen calls are clearer written out.
//!
//! Go: src/runtime/sys_linux_amd64.s.

use core::arch::asm;

// System call numbers (arch/x86/entry/syscalls/syscall_64.tbl).
const SYS_write: usize = 1;
const SYS_mmap: usize = 9;
const SYS_munmap: usize = 11;
const SYS_rt_sigaction: usize = 13;
const SYS_sigaltstack: usize = 131;
const SYS_arch_prctl: usize = 158;
const SYS_sched_getaffinity: usize = 204;
const SYS_clock_gettime: usize = 228;
const SYS_exit_group: usize = 231;

/// A system call with up to six arguments. Returns the kernel's raw result:
/// a negative errno on failure.
#[inline(always)]
unsafe fn syscall6(n: usize, a1: usize, a2: usize, a3: usize, a4: usize, a5: usize, a6: usize) -> isize {
    let ret: isize;
    asm!(
        "syscall",
        inlateout("rax") n as isize => ret,
        in("rdi") a1, in("rsi") a2, in("rdx") a3, in("r10") a4, in("r8") a5, in("r9") a6,
        lateout("rcx") _, lateout("r11") _,
        options(nostack),
    );
    ret
}

#[inline(always)]
unsafe fn syscall3(n: usize, a1: usize, a2: usize, a3: usize) -> isize {
    let ret: isize;
    asm!(
        "syscall",
        inlateout("rax") n as isize => ret,
        in("rdi") a1, in("rsi") a2, in("rdx") a3,
        lateout("rcx") _, lateout("r11") _,
        options(nostack),
    );
    ret
}

/// Ends the process with `code`: all threads (exit_group).
#[unsafe(export_name = "runtime.exit")]
pub extern "C" fn exit(code: i32) -> ! {
    unsafe {
        syscall3(SYS_exit_group, code as usize, 0, 0);
        // exit_group does not return; make sure we never run on.
        asm!("ud2", options(noreturn));
    }
}

/// Writes up to `n` bytes; returns the count written or a negative errno.
pub unsafe fn write1(fd: usize, p: *const u8, n: usize) -> isize {
    syscall3(SYS_write, fd, p as usize, n)
}

pub const PROT_NONE: usize = 0x0;
pub const PROT_READ: usize = 0x1;
pub const PROT_WRITE: usize = 0x2;
pub const MAP_PRIVATE: usize = 0x02;
pub const MAP_FIXED: usize = 0x10;
pub const MAP_ANONYMOUS: usize = 0x20;
pub const MAP_NORESERVE: usize = 0x4000;

/// Maps memory. Returns the address, or `Err(errno)`.
pub unsafe fn mmap(addr: usize, n: usize, prot: usize, flags: usize, fd: isize, off: usize) -> Result<usize, isize> {
    let r = syscall6(SYS_mmap, addr, n, prot, flags, fd as usize, off);
    if r < 0 && r > -4096 { Err(-r) } else { Ok(r as usize) }
}

pub unsafe fn munmap(addr: usize, n: usize) {
    syscall3(SYS_munmap, addr, n, 0);
}

/// `rt_sigaction(sig, new, old, sizeof(sigset))`. Returns 0 or a negative errno.
pub unsafe fn rt_sigaction(sig: usize, new: *const u8, old: *mut u8, size: usize) -> isize {
    syscall6(SYS_rt_sigaction, sig, new as usize, old as usize, size, 0, 0)
}

/// Installs (or, with null `new`, queries) this thread's alternate signal stack.
pub unsafe fn sigaltstack(new: *const u8, old: *mut u8) -> isize {
    syscall3(SYS_sigaltstack, new as usize, old as usize, 0)
}

/// The CPU mask of this thread; returns the bytes of mask written.
pub unsafe fn sched_getaffinity(pid: usize, len: usize, buf: *mut u8) -> isize {
    syscall3(SYS_sched_getaffinity, pid, len, buf as usize)
}

const ARCH_SET_FS: usize = 0x1002;

/// Points this thread's FS segment base at `tls`, so that `FS:0` is `tls[0]`,
/// the slot that holds the current g (stubs.rs: `getg`).
/// gc adds 8 because its g lives at -8(FS) beside libc's ELF TLS; gocc has no
/// libc, so the g is simply at FS:0.
#[unsafe(export_name = "runtime.settls")]
pub unsafe extern "C" fn settls(tls: *mut usize) {
    let r = syscall3(SYS_arch_prctl, ARCH_SET_FS, tls as usize, 0);
    if r != 0 {
        // No g, no print buffer yet: abort the way gc does, by crashing.
        asm!("ud2", options(noreturn));
    }
}

// The signal restorer: the kernel makes a returning signal handler "return"
// here (sigaction's sa_restorer with SA_RESTORER), and rt_sigreturn restores
// the interrupted context from the frame on the signal stack.
core::arch::global_asm!(
    ".globl \"runtime.sigreturn__sigaction\"",
    ".type \"runtime.sigreturn__sigaction\",@function",
    "\"runtime.sigreturn__sigaction\":",
    "    mov eax, 15", // SYS_rt_sigreturn
    "    syscall",
    "    ud2",
    ".size \"runtime.sigreturn__sigaction\", . - \"runtime.sigreturn__sigaction\"",
);

unsafe extern "C" {
    /// See the global_asm above.
    #[link_name = "runtime.sigreturn__sigaction"]
    pub fn sigreturn__sigaction();
}

const CLOCK_MONOTONIC: usize = 1;

/// The monotonic clock in nanoseconds: `clock_gettime(CLOCK_MONOTONIC)`.
/// gc calls the vDSO's `__vdso_clock_gettime` (on g0's stack, since vDSO
/// code may need more than a goroutine's headroom); gocc makes the system
/// call itself, which costs a kernel entry (some tens of nanoseconds more)
/// but needs only the 16-byte timespec on this frame.
pub fn nanotime1() -> i64 {
    let mut ts = crate::defs_linux_amd64::timespec { tv_sec: 0, tv_nsec: 0 };
    unsafe { syscall3(SYS_clock_gettime, CLOCK_MONOTONIC, &raw mut ts as usize, 0) };
    ts.tv_sec * 1_000_000_000 + ts.tv_nsec
}

/// Fills buf with n random bytes from the kernel (getrandom(2), flags 0:
/// blocks only until the kernel's pool is first initialized). Returns the
/// count written or a negative errno.
pub unsafe fn getrandom(buf: *mut u8, n: usize) -> isize {
    const SYS_getrandom: usize = 318;
    syscall3(SYS_getrandom, buf as usize, n, 0)
}
