//! Rust's view of the runtime's assembly: the current g through TLS, and the
//! stack-switching primitives `gogo`, `mcall` and `systemstack` that
//! asm_amd64.rs defines.
//!
//! gc's compiler makes `getg()` an intrinsic reading its g register. Compiled
//! gocc code keeps g in R15 too, but inside Rust R15 is an ordinary
//! callee-saved register, so Rust code reads the g from thread-local storage
//! (FS:0, set up by rt0_go and updated by every stack switch), as gc's own
//! assembly does with `get_tls`.
//!
//! Rejected: reading R15 from Rust. Between its entry and its exit, a Rust
//! function may keep any value of its own in R15.
//!
//! Go: src/runtime/stubs.go.

use crate::runtime2::{g, gobuf};
use core::arch::asm;

/// The g whose stack we are running on: a user goroutine, g0 or gsignal.
#[inline(always)]
pub fn getg() -> *mut g {
    let gp: *mut g;
    unsafe { asm!("mov {}, qword ptr fs:[0]", out(reg) gp, options(nostack, readonly, preserves_flags)) };
    gp
}

/// Records gp as the current g. Only code that switches stacks calls this.
#[inline(always)]
pub unsafe fn setg(gp: *mut g) {
    asm!("mov qword ptr fs:[0], {}", in(reg) gp, options(nostack, preserves_flags));
}

/// The frame pointer (RBP) of the calling function. Every runtime function
/// has one (`-C force-frame-pointers=yes`), so `[bp]` is its caller's BP and
/// `[bp+8]` the return address into its caller. Go: `getfp`.
#[inline(always)]
pub fn getfp() -> usize {
    let bp: usize;
    unsafe { asm!("mov {}, rbp", out(reg) bp, options(nomem, nostack, preserves_flags)) };
    bp
}

unsafe extern "C" {
    /// Restores the context in buf: g (R15 and TLS), SP, BP, the closure
    /// context (DX), and jumps to buf.pc. Never returns.
    #[link_name = "runtime.gogo"]
    pub fn gogo(buf: *mut gobuf) -> !;

    /// Saves the current goroutine's context in its `g.sched`, switches to
    /// the g0 stack and calls `f(gp)`. `f` must not return: it ends by
    /// resuming some goroutine with gogo. Go: `mcall(fn func(*g))`.
    #[link_name = "runtime.mcall"]
    pub fn mcall(f: unsafe extern "C" fn(*mut g) -> !);

    /// Calls `f(arg)` on the g0 stack and switches back; calls it directly if
    /// already on g0 or the signal stack. Use through `systemstack` below.
    #[link_name = "runtime.systemstack"]
    fn systemstack_asm(f: unsafe extern "C" fn(*mut u8), arg: *mut u8);
}

/// Runs `f` on the scheduler (g0) stack. Runtime functions called from Go
/// run on the goroutine's stack, which may have as little as `stackGuard`
/// bytes left; anything that may use more (formatting a float, printing a
/// traceback, allocating a goroutine) goes through here.
/// Go: `systemstack(fn func())`.
pub fn systemstack<F: FnOnce()>(f: F) {
    unsafe extern "C" fn trampoline<F: FnOnce()>(arg: *mut u8) {
        let f = unsafe { &mut *(arg as *mut Option<F>) };
        if let Some(f) = f.take() {
            f();
        }
    }
    let mut f = Some(f);
    unsafe { systemstack_asm(trampoline::<F>, &raw mut f as *mut u8) };
}
