//! The scheduler: goroutine creation, the scheduling loop, parking and
//! readying, goroutine exit, and the program's start.
//!
//! Goroutine scheduler. The scheduler's job is to distribute ready-to-run
//! goroutines over worker threads. The main concepts are (gc's words):
//!
//! - G: goroutine.
//! - M: worker thread, or machine.
//! - P: processor, a resource that is required to execute Go code.
//!   An M must have an associated P to execute Go code.
//!
//! gocc has one M (m0, the process's thread) and one P, so everything runs
//! on one thread, GOMAXPROCS=1 style, but with gc's structure and names:
//!
//! ```text
//!  rt0_go: schedinit; newproc(runtime.main); mstart
//!                                              │
//!       ┌──────────────────────────────▶ schedule   findRunnable: runnext,
//!       │                                      │    local run queue, global queue
//!       │                                      ▼
//!       │                            execute(gp) → gogo(&gp.sched)
//!       │                                      │
//!       │                                      ▼
//!       │                              the goroutine runs
//!       │                                      │
//!       └── on g0: park_m, gosched_m, goexit0 ◀┘ mcall from gopark (blocks),
//!                                                Gosched (yields), goexit1
//!                                                (its function returned)
//! ```
//!
//! A goroutine's first frame is its function, with `goexit` planted as the
//! return address (newproc1), so returning from the function ends the
//! goroutine. The main goroutine runs `runtime.main` (asm_amd64.rs), which
//! calls `main.init` and `main.main` and exits when main.main returns.
//!
//! When nothing can run, gc parks the M and waits for timers, the network
//! poller or another M. gocc has none of those, so nothing could ever make a
//! goroutine runnable again: `checkdead` reports the deadlock as gc does.
//!
//! Rejected: the prototype's start, rt0 calling main.main on the OS stack.
//! It is simpler, but there is then no goroutine to park, no g to trace
//! back, and adding `go` later would mean rebuilding the start-up.
//!
//! Invariants:
//! - schedule, execute and the mcall targets run on g0 and never return.
//! - A goroutine on a run queue is _Grunnable; `m.curg` is _Grunning.
//!
//! Go: src/runtime/proc.go.

use crate::abi::stackGuard;
use crate::asm_amd64::goexit;
use crate::malloc::new;
use crate::os_linux::{minit, mpreinit};
use crate::panic::{fatal, throw};
use crate::runtime2::*;
use crate::stack::{fixedStack, stackalloc};
use crate::stubs::{getfp, getg, gogo, mcall, systemstack};

// ---------------------------------------------------------------------------
// Start-up.

/// The bootstrap sequence (called by rt0_go on g0):
///
/// ```text
/// call osinit
/// call schedinit
/// make & queue new G (runtime.main)
/// call runtime·mstart
/// ```
///
/// The new G calls runtime·main.
// ANCHOR: schedinit
pub extern "C" fn schedinit() {
    unsafe {
        let gp = getg();
        // gc initializes here its lock ranks, tracer, stack pools, CPU
        // features, hashing and module data; gocc's stacks need no set-up.
        crate::malloc::mallocinit();
        mcommoninit((*gp).m);
        crate::runtime1::parsedebugvars();
        procresize(1);
    }
}

/// Pre-allocates the M's resources: an id and the signal goroutine.
unsafe fn mcommoninit(mp: *mut m) {
    (*mp).id = sched.mnext;
    sched.mnext += 1;
    mpreinit(mp);
}

/// Creates the Ps and gives the first to the current M. gocc: one P.
unsafe fn procresize(nprocs: i32) {
    gomaxprocs = nprocs;
    let pp = new::<p>();
    (*pp).id = 0;
    (*pp).status = _Pidle;
    // P 0 takes the allocation cache used during bootstrap.
    (*pp).mcache = crate::mcache::mcache0;
    crate::mcache::mcache0 = core::ptr::null_mut();
    allp[0] = pp;
    acquirep(pp);
}
// ANCHOR_END: schedinit

/// Associates pp with the current M.
unsafe fn acquirep(pp: *mut p) {
    let mp = (*getg()).m;
    if !(*mp).p.is_null() || !(*pp).m.is_null() || (*pp).status != _Pidle {
        throw("acquirep: invalid p state");
    }
    (*mp).p = pp;
    (*pp).m = mp;
    (*pp).status = _Prunning;
}

// ANCHOR: mstart0
/// The Rust part of mstart (asm_amd64.rs), on g0, which has recorded its
/// stack top in g0.sched.sp. Never returns.
pub extern "C" fn mstart0() -> ! {
    unsafe {
        let gp = getg();
        // Initialize stack guard so that we can start calling regular code.
        (*gp).stackguard0 = (*gp).stack.lo + stackGuard;
        (*gp).stackguard1 = (*gp).stackguard0;
        mstart1()
    }
}

unsafe fn mstart1() -> ! {
    let gp = getg();
    if gp != (*(*gp).m).g0 {
        throw("bad runtime·mstart");
    }
    minit();
    // Install signal handlers; after minit so that minit can prepare the
    // thread to be able to handle the signals.
    if (*gp).m == &raw mut m0 {
        crate::signal_unix::initsig();
    }
    schedule()
}
// ANCHOR_END: mstart0

/// The part of gc's runtime.main that is not calling Go code, run on the
/// main goroutine before package initialization (asm_amd64.rs:
/// runtime.main). gc starts sysmon and the collector here.
pub extern "C" fn mainPrologue() {
    unsafe {
        if (*getg()).m != &raw mut m0 {
            throw("runtime.main not on m0");
        }
        mainStarted = true;
    }
}

// ---------------------------------------------------------------------------
// Goroutine creation.

/// Creates a new goroutine running fn and puts it on the run queue: the
/// compiler turns `go f()` into a call of this. Also called by rt0_go for
/// runtime.main. Go: `newproc(fn *funcval)`.
// ANCHOR: newproc
#[unsafe(export_name = "runtime.newproc")]
#[inline(never)]
pub unsafe extern "C" fn newproc(fn_: *const funcval) {
    let gp = getg();
    let pc = *((getfp() + 8) as *const usize); // our return address
    systemstack(|| {
        let newg = newproc1(fn_, gp, pc);
        let pp = (*(*getg()).m).p;
        runqput(pp, newg, true);
    });
}
// ANCHOR_END: newproc

/// Creates a new g in state _Grunnable, starting at fn. callerpc is the
/// address of the go statement that created it. Runs on g0.
unsafe fn newproc1(fn_: *const funcval, callergp: *mut g, callerpc: usize) -> *mut g {
    if fn_.is_null() || (*fn_).fn_ == 0 {
        fatal("go of nil func value");
    }
    let pp = (*(*getg()).m).p;
    let mut newg = gfget(pp);
    if newg.is_null() {
        newg = malg(fixedStack);
        casgstatus(newg, _Gidle, _Gdead);
        allgadd(newg); // publishes with a g->status of Gdead so GC scanner doesn't look at uninitialized stack.
    }
    if (*newg).stack.hi == 0 {
        throw("newproc1: newg missing stack");
    }
    if readgstatus(newg) != _Gdead {
        throw("newproc1: new g is not Gdead");
    }

    // ANCHOR: newproc1_sched
    // The goroutine starts as if called from goexit: fn's return address
    // is goexit+1, so returning from fn calls goexit1. The stack top stays
    // 16-byte aligned, so fn starts with SP ≡ 8 (mod 16) as after a CALL.
    let sp = (*newg).stack.hi - 32;
    (*newg).sched = gobuf { sp, pc: goexit as *const () as usize + 1, g: newg, ctxt: 0, bp: 0 };
    gostartcallfn(&raw mut (*newg).sched, fn_);
    // ANCHOR_END: newproc1_sched
    (*newg).parentGoid = (*callergp).goid;
    (*newg).gopc = callerpc;
    (*newg).startpc = (*fn_).fn_;
    (*newg).stackguard0 = (*newg).stack.lo + stackGuard;
    casgstatus(newg, _Gdead, _Grunnable);
    sched.goidgen += 1;
    (*newg).goid = sched.goidgen;
    newg
}

/// Adjusts buf as if the function buf.pc had called fn: pushes buf.pc as
/// the return address and makes fn the PC, with the closure context fn.
// ANCHOR: gostartcallfn
unsafe fn gostartcallfn(buf: *mut gobuf, fn_: *const funcval) {
    let sp = (*buf).sp - 8;
    *(sp as *mut usize) = (*buf).pc;
    (*buf).sp = sp;
    (*buf).pc = (*fn_).fn_;
    (*buf).ctxt = fn_ as usize;
}
// ANCHOR_END: gostartcallfn

/// Allocates a new g, with a stack big enough for stacksize bytes.
pub unsafe fn malg(stacksize: usize) -> *mut g {
    let newg = new::<g>();
    (*newg).stack = stackalloc(stacksize);
    (*newg).stackguard0 = (*newg).stack.lo + stackGuard;
    // gc compares stackguard1 only in C code's prologues; ~0 makes any
    // such check fail on a goroutine stack.
    (*newg).stackguard1 = usize::MAX;
    newg
}

/// The tail of allgs, so that goroutines are listed in creation order.
static mut allgtail: *mut g = core::ptr::null_mut();

/// Adds gp to the list of all goroutines.
unsafe fn allgadd(gp: *mut g) {
    if readgstatus(gp) == _Gidle {
        throw("allgadd: bad status Gidle");
    }
    if allgtail.is_null() {
        allgs = gp;
    } else {
        (*allgtail).alllink = gp;
    }
    allgtail = gp;
}

/// Puts a dead g on the P's free list; it keeps its stack.
unsafe fn gfput(pp: *mut p, gp: *mut g) {
    if readgstatus(gp) != _Gdead {
        throw("gfput: bad status (not Gdead)");
    }
    (*pp).gFree.push(gp);
}

/// Takes a dead g (with its stack) from the P's free list, or null.
unsafe fn gfget(pp: *mut p) -> *mut g {
    (*pp).gFree.pop()
}

// ---------------------------------------------------------------------------
// The scheduling loop.

/// One round of scheduler: find a runnable goroutine and execute it.
/// Never returns.
// ANCHOR: schedule
pub unsafe fn schedule() -> ! {
    let mp = (*getg()).m;
    if (*mp).locks != 0 {
        throw("schedule: holding locks");
    }
    if getg() != (*mp).g0 {
        throw("schedule: not on g0");
    }
    let (gp, inheritTime) = findRunnable();
    execute(gp, inheritTime)
}

/// Finds a runnable goroutine to execute: the P's runnext, its local run
/// queue, then the global run queue. gc then steals from other Ps and
/// checks timers and the network poller, and finally parks the M; with one
/// M and none of those, an empty queue means deadlock.
unsafe fn findRunnable() -> (*mut g, bool) {
    let pp = (*(*getg()).m).p;
    let (gp, inheritTime) = runqget(pp);
    if !gp.is_null() {
        return (gp, inheritTime);
    }
    let gp = globrunqget();
    if !gp.is_null() {
        return (gp, false);
    }
    checkdead()
}

/// Schedules gp to run on the current M. If inheritTime is true, gp
/// inherits the remaining time in the current time slice. Never returns.
unsafe fn execute(gp: *mut g, inheritTime: bool) -> ! {
    let _ = inheritTime; // no time slices until there is preemption
    let mp = (*getg()).m;
    (*mp).curg = gp;
    (*gp).m = mp;
    casgstatus(gp, _Grunnable, _Grunning);
    (*gp).preempt = false;
    (*gp).stackguard0 = (*gp).stack.lo + stackGuard;
    gogo(&raw mut (*gp).sched)
}
// ANCHOR_END: schedule

/// Called when no goroutine can run. gc first checks that no M is running
/// Go code; gocc's only M is here, in the scheduler. So every goroutine is
/// either dead or blocked forever.
unsafe fn checkdead() -> ! {
    let mut grunning = 0;
    let mut gp = allgs;
    while !gp.is_null() {
        let s = readgstatus(gp);
        match s {
            _Gwaiting => grunning += 1,
            _Grunnable | _Grunning => {
                crate::print!("runtime: checkdead: find g ", (*gp).goid, " in status ", s, "\n");
                throw("checkdead: runnable g");
            }
            _ => {}
        }
        gp = (*gp).alllink;
    }
    if grunning == 0 {
        // possible if main goroutine calls runtime·Goexit()
        fatal("no goroutines (main called runtime.Goexit) - deadlock!");
    }
    fatal("all goroutines are asleep - deadlock!")
}

/// Disassociates the M from its current goroutine.
unsafe fn dropg() {
    let mp = (*getg()).m;
    (*(*mp).curg).m = core::ptr::null_mut();
    (*mp).curg = core::ptr::null_mut();
}

// ---------------------------------------------------------------------------
// Run queues.

/// Puts gp on pp's local run queue. If next, gp goes in pp.runnext instead
/// (to run next), and the goroutine it displaces goes to the queue's tail.
/// When the local queue is full, gp goes to the global queue.
unsafe fn runqput(pp: *mut p, gp: *mut g, next: bool) {
    let mut gp = gp;
    if next {
        let old = (*pp).runnext;
        (*pp).runnext = gp;
        if old.is_null() {
            return;
        }
        // Kick the old runnext out to the regular run queue.
        gp = old;
    }
    let h = (*pp).runqhead;
    let t = (*pp).runqtail;
    if (t.wrapping_sub(h) as usize) < runqSize {
        (*pp).runq[t as usize % runqSize] = gp;
        (*pp).runqtail = t.wrapping_add(1);
        return;
    }
    // gc moves half of the local queue to the global one (runqputslow).
    globrunqput(gp);
}

/// Takes a goroutine from pp's local run queue. inheritTime is true when it
/// came from runnext: it should inherit the remaining time slice.
unsafe fn runqget(pp: *mut p) -> (*mut g, bool) {
    let next = (*pp).runnext;
    if !next.is_null() {
        (*pp).runnext = core::ptr::null_mut();
        return (next, true);
    }
    let h = (*pp).runqhead;
    if h == (*pp).runqtail {
        return (core::ptr::null_mut(), false);
    }
    let gp = (*pp).runq[h as usize % runqSize];
    (*pp).runqhead = h.wrapping_add(1);
    (gp, false)
}

/// Puts gp on the global runnable queue.
unsafe fn globrunqput(gp: *mut g) {
    let q = &raw mut sched.runq;
    (*q).pushBack(gp);
    sched.runqsize += 1;
}

/// Takes a goroutine from the global runnable queue, or null.
unsafe fn globrunqget() -> *mut g {
    if sched.runqsize == 0 {
        return core::ptr::null_mut();
    }
    sched.runqsize -= 1;
    let q = &raw mut sched.runq;
    (*q).pop()
}

// ---------------------------------------------------------------------------
// Blocking, waking, yielding, exiting.

/// Puts the current goroutine into a waiting state and calls unlockf(gp,
/// lock) on the system stack. If unlockf returns false, the goroutine is
/// resumed. `goready(gp)` makes it runnable again. Must run on the
/// goroutine, not on g0.
pub unsafe fn gopark(
    unlockf: Option<unsafe extern "C" fn(*mut g, *mut u8) -> bool>,
    lock: *mut u8,
    reason: waitReason,
) {
    let mp = (*getg()).m;
    let gp = (*mp).curg;
    if readgstatus(gp) != _Grunning {
        throw("gopark: bad g status");
    }
    (*mp).waitlock = lock;
    (*mp).waitunlockf = unlockf;
    (*gp).waitreason = reason;
    // can't do anything that might move the G between Ms here.
    mcall(park_m);
}

/// gopark continued on g0.
unsafe extern "C" fn park_m(gp: *mut g) -> ! {
    let mp = (*getg()).m;
    casgstatus(gp, _Grunning, _Gwaiting);
    dropg();
    if let Some(f) = (*mp).waitunlockf.take() {
        let ok = f(gp, (*mp).waitlock);
        (*mp).waitlock = core::ptr::null_mut();
        if !ok {
            casgstatus(gp, _Gwaiting, _Grunnable);
            execute(gp, true); // Schedule it back, never returns.
        }
    }
    schedule()
}

/// Makes the blocked goroutine gp runnable; it runs next.
pub unsafe fn goready(gp: *mut g) {
    systemstack(|| ready(gp, true));
}

/// Mark gp ready to run.
unsafe fn ready(gp: *mut g, next: bool) {
    let status = readgstatus(gp);
    if status != _Gwaiting {
        crate::print!("runtime: ready: g ", (*gp).goid, " in status ", status, "\n");
        throw("bad g->status in ready");
    }
    casgstatus(gp, _Gwaiting, _Grunnable);
    (*gp).waitreason = waitReasonZero;
    runqput((*(*getg()).m).p, gp, next);
}

/// Blocks the goroutine forever: the compiler's lowering of `select {}`.
/// Go: `block` (select.go).
#[unsafe(export_name = "runtime.block")]
pub unsafe extern "C" fn block() {
    gopark(None, core::ptr::null_mut(), waitReasonSelectNoCases); // forever
}

/// Yields the processor, allowing other goroutines to run. The current
/// goroutine is not suspended, so it resumes automatically.
#[unsafe(export_name = "runtime.Gosched")]
pub unsafe extern "C" fn Gosched() {
    mcall(gosched_m);
}

/// Gosched continued on g0: the goroutine goes to the back of the global
/// run queue.
unsafe extern "C" fn gosched_m(gp: *mut g) -> ! {
    casgstatus(gp, _Grunning, _Grunnable);
    dropg();
    globrunqput(gp);
    schedule()
}

/// Finishes execution of the current goroutine: called (on the goroutine)
/// from `goexit` when the goroutine's function returns.
pub extern "C" fn goexit1() -> ! {
    unsafe { mcall(goexit0) };
    throw("goexit1: mcall returned")
}

/// goexit continued on g0.
unsafe extern "C" fn goexit0(gp: *mut g) -> ! {
    gdestroy(gp);
    schedule()
}

/// Turns the exited goroutine into a dead g on the free list.
unsafe fn gdestroy(gp: *mut g) {
    casgstatus(gp, _Grunning, _Gdead);
    (*gp)._panic = core::ptr::null_mut();
    (*gp).waitreason = waitReasonZero;
    (*gp).sig = 0;
    (*gp).gopc = 0;
    (*gp).startpc = 0;
    let pp = (*(*getg()).m).p;
    dropg();
    gfput(pp, gp);
}

// ---------------------------------------------------------------------------
// Failures of the assembly's own checks (asm_amd64.rs).

pub extern "C" fn badmcall() -> ! {
    throw("runtime: mcall called on m->g0 stack")
}

pub extern "C" fn badmcall2() -> ! {
    throw("runtime: mcall function returned")
}

pub extern "C" fn badsystemstack() -> ! {
    throw("systemstack called from unexpected goroutine")
}
