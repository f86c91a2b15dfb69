//! The scheduler's data structures: g (a goroutine), m (an OS thread), p (a
//! processor: the resources needed to run Go code), schedt (the global
//! scheduler), and gobuf (a saved goroutine context).
//!
//! The design is gc's (see proc.rs): an M runs Go code only while it holds a
//! P; each P has a local run queue; a global queue in `sched` takes overflow.
//! gocc runs one M and one P (GOMAXPROCS=1), but keeps every structure and
//! name so that channels, more threads, preemption and the collector can be
//! added without reshaping anything.
//!
//! The first four words of g are part of the compiler ↔ runtime contract
//! (abi.rs): compiled code reads `g.stackguard0` at offset 16 through R15.
//! Everything after them is private to the runtime and may change freely.
//! Assembly reaches private fields through `offset_of!` constants, never
//! through literal numbers.
//!
//! All these objects are shared between Rust code, assembly and compiled
//! code, and the scheduler switches stacks under their feet, so the runtime
//! handles them through raw pointers (`*mut g`, as gc's `*g`), never through
//! long-lived Rust references.
//!
//! Invariants:
//! - `m.curg` is the goroutine the M is running, or null while the M is in
//!   the scheduler. A goroutine in status _Grunning has `gp.m` set.
//! - `FS:0` (m.tls[0]) is the g whose stack SP is on: a user goroutine, the
//!   M's g0 (scheduler stack) or gsignal (signal stack). Only the few
//!   instructions of a stack switch (asm_amd64.rs) see them disagree.
//! - Only g0 runs `schedule`; g0 keeps no live frames across a switch, so
//!   every switch to g0 starts again at `g0.sched.sp`.
//!
//! Go: src/runtime/runtime2.go.

use crate::abi::{self, Type};
use core::mem::offset_of;
use core::ptr::null_mut;

/// A goroutine stack: the memory `[lo, hi)`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct stack {
    pub lo: usize,
    pub hi: usize,
}

/// A saved goroutine context: what `gogo` restores and `mcall` saves.
/// `sp == 0` means no context is saved: the goroutine is running (gogo and
/// the switches back from g0 clear it). g0's own gobuf only records the top
/// of the scheduler stack (`sp`), where every switch to g0 starts.
#[repr(C)]
pub struct gobuf {
    pub sp: usize,
    pub pc: usize,
    pub g: *mut g,
    /// The closure context: a `*funcval`, loaded into DX by `gogo` (gc's
    /// closure-context register) when a goroutine starts.
    pub ctxt: usize,
    /// The frame pointer at the saved point.
    pub bp: usize,
}

/// A Go function value: a pointer to this is what `go f()` passes to
/// `newproc`. Closures append their captured variables after `fn_`.
#[repr(C)]
pub struct funcval {
    pub fn_: usize,
}

/// An `any` value: a type descriptor and a data word (a pointer to a boxed
/// copy unless the value is pointer-shaped).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct eface {
    pub _type: *const Type,
    pub data: *mut u8,
}

// Goroutine statuses, gc's values. Only the ones gocc uses are listed.

/// Just allocated, not yet initialized.
pub const _Gidle: u32 = 0;
/// On a run queue; not executing user code; the stack is not owned.
pub const _Grunnable: u32 = 1;
/// May execute user code; the stack is owned by this goroutine; it has an M
/// and a P; it is not on a run queue.
pub const _Grunning: u32 = 2;
/// In a system call (gocc: unused until there are blocking system calls).
pub const _Gsyscall: u32 = 3;
/// Blocked (gopark); not on a run queue; `goready` makes it runnable again.
pub const _Gwaiting: u32 = 4;
/// Unused: just exited, or on a free list. It may own a stack, kept for reuse.
pub const _Gdead: u32 = 6;
/// Its stack is being moved (gocc: unused until stacks grow).
pub const _Gcopystack: u32 = 8;
/// Stopped for a preemption (gocc: unused until there is preemption).
pub const _Gpreempted: u32 = 9;

/// The names goroutine headers print for each status ("goroutine 1 [running]:").
pub fn gStatusString(s: u32) -> &'static str {
    match s {
        _Gidle => "idle",
        _Grunnable => "runnable",
        _Grunning => "running",
        _Gsyscall => "syscall",
        _Gwaiting => "waiting",
        _Gdead => "dead",
        _Gcopystack => "copystack",
        _Gpreempted => "preempted",
        _ => "???",
    }
}

/// Why a goroutine is blocked: printed in its header instead of "waiting".
pub type waitReason = u8;
pub const waitReasonZero: waitReason = 0;
pub const waitReasonChanReceiveNilChan: waitReason = 1;
pub const waitReasonChanSendNilChan: waitReason = 2;
pub const waitReasonSelect: waitReason = 3;
pub const waitReasonSelectNoCases: waitReason = 4;
pub const waitReasonChanReceive: waitReason = 5;
pub const waitReasonChanSend: waitReason = 6;
pub const waitReasonSleep: waitReason = 7;

/// gc's `waitReasonStrings` for the reasons above.
pub fn waitReasonString(w: waitReason) -> &'static str {
    match w {
        waitReasonChanReceiveNilChan => "chan receive (nil chan)",
        waitReasonChanSendNilChan => "chan send (nil chan)",
        waitReasonSelect => "select",
        waitReasonSelectNoCases => "select (no cases)",
        waitReasonChanReceive => "chan receive",
        waitReasonChanSend => "chan send",
        waitReasonSleep => "sleep",
        _ => "",
    }
}

/// A goroutine.
#[repr(C)]
pub struct g {
    // --- The contract prefix (abi.rs): compiled code knows these offsets.
    /// The stack memory `[stack.lo, stack.hi)`.
    pub stack: stack, // 0, 8
    /// The prologue compares SP with this: `stack.lo + stackGuard`, or
    /// `stackPreempt` to force the next prologue into morestack.
    pub stackguard0: usize, // 16
    /// gc's limit for C code; unused by gocc but kept in place.
    pub stackguard1: usize, // 24

    // --- Private to the runtime.
    /// The innermost active panic.
    pub _panic: *mut _panic,
    /// The M running this goroutine; null unless running.
    pub m: *mut m,
    /// Where to resume: valid while the goroutine is not running (and, on
    /// the scheduler stack, for the goroutine that switched there).
    pub sched: gobuf,
    pub atomicstatus: u32,
    /// Set by gopark: shown in tracebacks of a _Gwaiting goroutine.
    pub waitreason: waitReason,
    /// A preemption request (with stackguard0 = stackPreempt).
    pub preempt: bool,
    pub goid: u64,
    /// Link in a run queue or free list.
    pub schedlink: *mut g,
    /// Link in the list of all goroutines (gc keeps an `allgs` slice).
    pub alllink: *mut g,
    /// The signal that made this goroutine panic, for the "[signal ...]"
    /// line of the crash report: number, si_code, fault address, faulting pc.
    pub sig: u32,
    pub sigcode0: u64,
    pub sigcode1: u64,
    pub sigpc: usize,
    /// The goroutine that ran `go`, and the pc of that go statement.
    pub parentGoid: u64,
    pub gopc: usize,
    /// The goroutine's function.
    pub startpc: usize,
}

/// An M: an OS thread. gocc runs only m0, the process's initial thread.
#[repr(C)]
pub struct m {
    /// The goroutine that owns the scheduler stack (for m0, the OS stack).
    pub g0: *mut g,
    /// The goroutine that owns the signal stack.
    pub gsignal: *mut g,
    /// Thread-local storage: the FS segment base points here, and `tls[0]`
    /// (FS:0) holds the current g. gc: `tls [tlsSlots]uintptr`.
    pub tls: [usize; 6],
    /// The goroutine being run, or null in the scheduler.
    pub curg: *mut g,
    /// The P held while running Go code.
    pub p: *mut p,
    pub id: i64,
    /// Non-zero: do not reschedule (schedule throws if set).
    pub locks: i32,
    /// Crash depth: 0 normally, 1 while printing a crash report, more when
    /// the crash report itself crashed (panic.rs: startpanic_m).
    pub dying: i32,
    /// Why the M is crashing: throwTypeNone, throwTypeUser, throwTypeRuntime.
    pub throwing: throwType,
    /// Nesting of printlock; the print buffer is flushed when it drops to 0.
    pub printlock: i32,
    /// Bytes of `printbuf` in use. gc writes each piece of a print statement
    /// with its own write; gocc buffers them so a println is one write.
    pub printlen: usize,
    pub printbuf: [u8; 512],
    /// The function gopark's park_m runs on g0 after parking (may be None).
    pub waitunlockf: Option<unsafe extern "C" fn(*mut g, *mut u8) -> bool>,
    pub waitlock: *mut u8,
}

/// Why an M is crashing (gc's throwType): user errors such as deadlocks print
/// a plain report; runtime errors print more detail in goroutine headers.
pub type throwType = u32;
pub const throwTypeNone: throwType = 0;
pub const throwTypeUser: throwType = 1;
pub const throwTypeRuntime: throwType = 2;

/// The local run queue's capacity: a ring buffer, gc's size.
pub const runqSize: usize = 256;

/// A P: a processor, the right and resources to run Go code.
#[repr(C)]
pub struct p {
    pub id: i32,
    pub status: u32,
    /// The M this P is attached to, or null.
    pub m: *mut m,
    /// The local run queue: `runq[runqhead % runqSize .. runqtail % runqSize]`.
    pub runqhead: u32,
    pub runqtail: u32,
    pub runq: [*mut g; runqSize],
    /// If set, the goroutine to run next, ahead of the queue: a goroutine just
    /// readied by the running one (it inherits the time slice).
    pub runnext: *mut g,
    /// Dead goroutines, each with its stack, for newproc to reuse.
    pub gFree: gList,
    /// The P's allocation cache (mcache.rs): small objects come from here.
    pub mcache: *mut crate::mcache::mcache,
}

/// P statuses.
pub const _Pidle: u32 = 0;
pub const _Prunning: u32 = 1;

/// A queue of goroutines linked through `schedlink`.
#[repr(C)]
pub struct gQueue {
    pub head: *mut g,
    pub tail: *mut g,
}

/// A stack of goroutines linked through `schedlink`, with its length.
#[repr(C)]
pub struct gList {
    pub head: *mut g,
    pub size: i32,
}

/// The global scheduler.
#[repr(C)]
pub struct schedt {
    /// The last goroutine id handed out: goroutine 1 is runtime.main.
    pub goidgen: u64,
    /// The next M id.
    pub mnext: i64,
    /// Global runnable queue, for overflow from the local queues.
    pub runq: gQueue,
    pub runqsize: i32,
}

/// An active panic (gc also links deferred calls and recovery state here).
#[repr(C)]
pub struct _panic {
    /// The argument to panic.
    pub arg: eface,
    /// The panic this one interrupted.
    pub link: *mut _panic,
    /// Where the traceback starts: the PC and frame pointer of the Go frame
    /// that called into the runtime (`startPC` in gc), and whether that PC
    /// is a faulting instruction rather than a return address.
    pub startPC: usize,
    pub startBP: usize,
    pub trap: bool,
}

// ---------------------------------------------------------------------------
// Global state. gc declares these in runtime2.go and proc.go.

/// The scheduler.
pub static mut sched: schedt = schedt { goidgen: 0, mnext: 0, runq: gQueue::new(), runqsize: 0 };

/// Every P (gocc: one).
pub static mut allp: [*mut p; 1] = [null_mut()];

/// Head of the list of every goroutine ever created, linked through `alllink`.
pub static mut allgs: *mut g = null_mut();

/// Number of Ps: 1, no matter what GOMAXPROCS says, until there are threads.
pub static mut gomaxprocs: i32 = 1;

/// Number of CPUs the process may run on (os_linux.rs: osinit).
pub static mut ncpu: i32 = 0;

/// Number of Ms printing a crash report.
pub static mut panicking: u32 = 0;

/// Set once runtime.main runs (gc starts background workers after this).
pub static mut mainStarted: bool = false;

/// The process's first thread and its scheduler goroutine, set up by rt0_go.
#[unsafe(export_name = "runtime.m0")]
pub static mut m0: m = m::new();
#[unsafe(export_name = "runtime.g0")]
pub static mut g0: g = g::new();

impl g {
    pub const fn new() -> g {
        g {
            stack: stack { lo: 0, hi: 0 },
            stackguard0: 0,
            stackguard1: 0,
            _panic: null_mut(),
            m: null_mut(),
            sched: gobuf { sp: 0, pc: 0, g: null_mut(), ctxt: 0, bp: 0 },
            atomicstatus: _Gidle,
            waitreason: waitReasonZero,
            preempt: false,
            goid: 0,
            schedlink: null_mut(),
            alllink: null_mut(),
            sig: 0,
            sigcode0: 0,
            sigcode1: 0,
            sigpc: 0,
            parentGoid: 0,
            gopc: 0,
            startpc: 0,
        }
    }
}

impl m {
    pub const fn new() -> m {
        m {
            g0: null_mut(),
            gsignal: null_mut(),
            tls: [0; 6],
            curg: null_mut(),
            p: null_mut(),
            id: 0,
            locks: 0,
            dying: 0,
            throwing: throwTypeNone,
            printlock: 0,
            printlen: 0,
            printbuf: [0; 512],
            waitunlockf: None,
            waitlock: null_mut(),
        }
    }
}

impl gQueue {
    pub const fn new() -> gQueue {
        gQueue { head: null_mut(), tail: null_mut() }
    }
    pub fn empty(&self) -> bool {
        self.head.is_null()
    }
    /// Adds gp to the tail of q.
    pub unsafe fn pushBack(&mut self, gp: *mut g) {
        (*gp).schedlink = null_mut();
        if self.tail.is_null() {
            self.head = gp;
        } else {
            (*self.tail).schedlink = gp;
        }
        self.tail = gp;
    }
    /// Removes and returns the head of q, or null.
    pub unsafe fn pop(&mut self) -> *mut g {
        let gp = self.head;
        if !gp.is_null() {
            self.head = (*gp).schedlink;
            if self.head.is_null() {
                self.tail = null_mut();
            }
        }
        gp
    }
}

impl gList {
    pub unsafe fn push(&mut self, gp: *mut g) {
        (*gp).schedlink = self.head;
        self.head = gp;
        self.size += 1;
    }
    pub unsafe fn pop(&mut self) -> *mut g {
        let gp = self.head;
        if !gp.is_null() {
            self.head = (*gp).schedlink;
            self.size -= 1;
        }
        gp
    }
}

/// Reads a goroutine's status (gc: an atomic load).
pub unsafe fn readgstatus(gp: *mut g) -> u32 {
    core::ptr::read_volatile(&raw const (*gp).atomicstatus)
}

/// Moves gp from status `oldval` to `newval`; throws if gp was not in `oldval`.
pub unsafe fn casgstatus(gp: *mut g, oldval: u32, newval: u32) {
    if readgstatus(gp) != oldval {
        crate::print!("runtime: casgstatus: oldval=", oldval, " newval=", newval, " actual=", readgstatus(gp), "\n");
        crate::panic::throw("casgstatus: bad incoming values");
    }
    core::ptr::write_volatile(&raw mut (*gp).atomicstatus, newval);
}

// ---------------------------------------------------------------------------
// Offsets that assembly uses (asm_amd64.rs), gc's `go_asm.h` constants.

pub const g_m: usize = offset_of!(g, m);
pub const g_sched: usize = offset_of!(g, sched);
pub const gobuf_sp: usize = offset_of!(gobuf, sp);
pub const gobuf_pc: usize = offset_of!(gobuf, pc);
pub const gobuf_g: usize = offset_of!(gobuf, g);
pub const gobuf_ctxt: usize = offset_of!(gobuf, ctxt);
pub const gobuf_bp: usize = offset_of!(gobuf, bp);
pub const m_g0: usize = offset_of!(m, g0);
pub const m_gsignal: usize = offset_of!(m, gsignal);
pub const m_tls: usize = offset_of!(m, tls);
pub const m_curg: usize = offset_of!(m, curg);

// The contract prefix must be where abi.rs says it is.
const _: () = {
    assert!(offset_of!(g, stack) + offset_of!(stack, lo) == abi::g_stack_lo);
    assert!(offset_of!(g, stack) + offset_of!(stack, hi) == abi::g_stack_hi);
    assert!(offset_of!(g, stackguard0) == abi::g_stackguard0);
    assert!(offset_of!(g, stackguard1) == abi::g_stackguard1);
};
