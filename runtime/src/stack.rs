//! Goroutine stacks: allocation, the stack-split check's slow path, and
//! stack overflow.
//!
//! Every compiled function's prologue compares SP with `g.stackguard0` and
//! calls `runtime.morestack_noctxt` (asm_amd64.rs) when SP is at or below
//! it. morestack saves the registers, records the caller in `g.sched` and
//! calls `newstack` on the g0 stack. Two things bring it there:
//!
//! 1. A preemption request: someone set `stackguard0 = stackPreempt`. This
//!    is the hook for cooperative scheduling and GC safepoints; for now
//!    newstack just clears the request and returns.
//! 2. A real overflow. gc would now allocate a stack twice the size, copy
//!    the frames and adjust every pointer into the old stack. gocc's stacks
//!    are FIXED-SIZE FOR NOW (stack growth by copying comes in a later
//!    issue), so this is fatal: newstack prints gc's stack-overflow report.
//!
//! Stack layout. `stackalloc` maps `stackGuardRegion + n` bytes with
//! MAP_NORESERVE and makes the lowest `stackGuardRegion` bytes PROT_NONE:
//!
//! ```text
//!   hi ┌──────────────┐  stack.hi: newproc starts the goroutine just below
//!      │   frames ↓   │
//!      │              │
//!      ├──────────────┤  stackguard0 = stack.lo + stackGuard (928)
//!      │  headroom    │  runtime functions called from Go run here
//!   lo ├──────────────┤  stack.lo
//!      │ guard region │  PROT_NONE, 256 KiB: any access faults (SIGSEGV)
//!      └──────────────┘
//! ```
//!
//! The prologue check runs after the function's frame is allocated, so a
//! large frame can step past `stack.lo` before the check: its first store
//! faults in the guard region and the signal handler (signal_unix.rs)
//! prints the same overflow report. Hence the rule that no frame may be
//! larger than the guard region.
//!
//! Every goroutine gets a fixed 1 GB stack (as far as gc lets one grow):
//! enough for a recursion a million calls deep. Untouched pages cost only
//! address space, and a dead goroutine's stack is reused by the next one
//! (proc.rs: gfput, gfget). Once stacks grow, new goroutines will start at
//! gc's 2 KiB.
//!
//! Rejected: segmented stacks (gc's old "hot split" problem); relying on the
//! kernel's stack guard page alone (no report, and no goroutines).
//!
//! Invariants:
//! - A stack is exactly `[lo, hi)`, with a PROT_NONE region right below lo.
//! - newstack runs on g0; the goroutine that called morestack is m.curg and
//!   its `sched` holds the caller of morestack.
//!
//! Go: src/runtime/stack.go.

use crate::abi::{stackGuard, stackGuardRegion, stackPreempt};
use crate::mem_linux::{sysAlloc, sysFault};
use crate::os_linux::physPageSize;
use crate::print::hex;
use crate::runtime2::{g, stack};
use crate::stubs::getg;

// ANCHOR: fixedStack
/// The size of every goroutine stack, until stacks can grow: the biggest
/// stack gc ever gives a goroutine. gc doubles a stack when it is full
/// and gives up when the doubled size passes `maxstacksize` (1e9 bytes),
/// so its last stack is 512 MiB (2^29 bytes), and a program recurses as
/// deep here as under gc before it overflows.
pub const fixedStack: usize = 1 << 29;
// ANCHOR_END: fixedStack

/// gc's limit on a goroutine stack (1 GB on 64-bit systems), which the
/// overflow report names.
pub const maxstacksize: usize = 1_000_000_000;

/// Allocates a stack of n bytes (rounded up to whole pages) with a guard
/// region below it. Runs on g0: the mmap itself needs no stack, but callers
/// allocate goroutines, which is scheduler work.
pub unsafe fn stackalloc(n: usize) -> stack {
    let page = physPageSize;
    let n = (n + page - 1) & !(page - 1);
    let total = stackGuardRegion + n;
    let base = sysAlloc(total, true);
    if base.is_null() {
        crate::print!("runtime: cannot allocate ", n, "-byte goroutine stack\n");
        crate::panic::throw("out of memory");
    }
    sysFault(base, stackGuardRegion);
    let lo = base as usize + stackGuardRegion;
    stack { lo, hi: lo + n }
}

/// The Rust half of morestack: called on g0 by `runtime.morestack_noctxt`
/// when the current goroutine's prologue found SP at or below stackguard0.
/// Returns (to morestack, and on to the function) only for a preemption
/// request. Go: `newstack`.
pub extern "C" fn newstack() {
    unsafe {
        let thisg = getg();
        let gp = (*(*thisg).m).curg;
        if gp.is_null() {
            crate::panic::throw("runtime: newstack called without a goroutine");
        }
        // A preemption request. Clear it: nothing else to do until the
        // scheduler preempts (then: gopreempt_m) and the collector scans
        // stacks at safepoints.
        if (*gp).stackguard0 == stackPreempt {
            (*gp).preempt = false;
            (*gp).stackguard0 = (*gp).stack.lo + stackGuard;
            return;
        }
        // A real overflow: the stack cannot grow.
        let sp = (*gp).sched.sp;
        stackOverflow(gp, sp, (*gp).sched.pc, (*gp).sched.bp, false);
    }
}

/// Prints gc's stack-overflow report for gp and exits with status 2. sp is
/// where gp's SP was; (pc, bp) is where its traceback starts (`trap`: pc is
/// a faulting instruction, not a return address). Runs on g0 or the signal
/// stack, never on gp's exhausted stack.
pub unsafe fn stackOverflow(gp: *mut g, sp: usize, pc: usize, bp: usize, trap: bool) -> ! {
    crate::print!("runtime: goroutine stack exceeds ", maxstacksize, "-byte limit\n");
    crate::print!(
        "runtime: sp=",
        hex(sp as u64),
        " stack=[",
        hex((*gp).stack.lo as u64),
        ", ",
        hex((*gp).stack.hi as u64),
        "]\n"
    );
    crate::panic::fatalthrowAt(crate::runtime2::throwTypeRuntime, "stack overflow", gp, pc, bp, trap)
}

/// morestack on g0: the scheduler stack cannot grow; this is a runtime bug.
pub extern "C" fn badmorestackg0() -> ! {
    crate::panic::throw("morestack on g0")
}

/// morestack on gsignal: the signal stack cannot grow; a runtime bug too.
pub extern "C" fn badmorestackgsignal() -> ! {
    crate::panic::throw("morestack on gsignal")
}
