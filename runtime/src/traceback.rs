//! Goroutine tracebacks, as gc prints them in crash reports:
//!
//! ```text
//! goroutine 1 [running]:
//! main.h(...)
//!         /tmp/x/main.go:16 +0x25
//! main.main()
//!         /tmp/x/main.go:20 +0x1e
//! ```
//!
//! Design: a frame-pointer walk. Compiled Go functions and the runtime's
//! Rust functions all keep a frame-pointer chain (Cranelift's
//! `preserve_frame_pointers`, rustc's `force-frame-pointers`): in every
//! frame, `[bp]` is the caller's BP and `[bp+8]` the return address into the
//! caller. A walk starts at a (pc, bp) pair, usually captured by an asm stub
//! at the Go frame that called into the runtime; the function table
//! (symtab.rs) names each PC.
//!
//! - Leading frames whose PC is not Go code are the runtime's own (a parked
//!   goroutine stops in mcall, a fault may hit inside a runtime function):
//!   they are skipped, as gc hides runtime frames.
//! - After the first Go frame, the walk stops at the first PC that is not Go
//!   code (runtime.main's assembly, goexit) or when BP is 0 (the outermost
//!   frame) or leaves the goroutine's stack.
//! - The line printed is that of pc-1 for a return address (the CALL
//!   instruction; pc itself may already be the next line or even the next
//!   function), and of pc itself for a faulting instruction (`trap`).
//! - gc's limits: the innermost 50 frames, then `...N frames elided...`,
//!   then the outermost 50.
//!
//! gc's unwinder instead uses per-PC stack-pointer deltas from its tables
//! and needs no frame pointers; it also prints argument words, which gocc
//! does not record (`f(...)`). Rejected for gocc: DWARF CFI unwinding (far
//! more machinery than a fixed prologue needs).
//!
//! Invariant: every BP the walk dereferences lies inside the goroutine's
//! stack and is above the previous one, so a corrupt chain ends the walk
//! instead of faulting.
//!
//! Go: src/runtime/traceback.go.

use crate::abi::Func;
use crate::print::{gwrite, hex, printlock, printunlock};
use crate::runtime2::{
    _Gdead, _Grunning, _Gwaiting, allgs, g, gStatusString, readgstatus, throwTypeRuntime, waitReasonString,
    waitReasonZero,
};
use crate::stubs::getg;
use crate::symtab::{findfunc, funcfile, funcline, funcname, funcpos, inlinedcall, inlinedname};

/// How many of the innermost and outermost frames a traceback prints.
const tracebackInnerFrames: usize = 50;
const tracebackOuterFrames: usize = 50;

/// A position in a frame-pointer walk.
#[derive(Clone, Copy)]
struct unwinder {
    /// The frame's PC: a return address, or the faulting instruction if trap.
    pc: usize,
    /// The frame's own frame pointer.
    bp: usize,
    trap: bool,
    /// The bounds of the stack being walked.
    lo: usize,
    hi: usize,
    /// The Go function of this frame; None when the walk is over.
    f: Option<&'static Func>,
}

impl unwinder {
    /// Starts a walk at (pc, bp) on gp's stack, skipping runtime frames.
    unsafe fn initAt(pc: usize, bp: usize, trap: bool, gp: *mut g) -> unwinder {
        let mut u = unwinder { pc, bp, trap, lo: (*gp).stack.lo, hi: (*gp).stack.hi, f: None };
        u.f = u.lookup();
        let mut skipped = 0;
        while u.f.is_none() && skipped < 100 {
            if !u.step() {
                break;
            }
            u.f = u.lookup();
            skipped += 1;
        }
        u
    }

    fn valid(&self) -> bool {
        self.f.is_some()
    }

    /// The Go function of the frame. A return address is looked up as pc-1:
    /// the CALL may be the last instruction of its function.
    fn lookup(&self) -> Option<&'static Func> {
        findfunc(if self.trap { self.pc } else { self.pc.wrapping_sub(1) })
    }

    /// Moves to the caller's frame through the frame pointer; false if the
    /// chain ends (BP 0) or leaves the stack.
    unsafe fn step(&mut self) -> bool {
        let bp = self.bp;
        if bp == 0 || bp < self.lo || bp.saturating_add(16) > self.hi || bp % 8 != 0 {
            return false;
        }
        let callerbp = *(bp as *const usize);
        let retpc = *((bp + 8) as *const usize);
        if callerbp != 0 && callerbp <= bp {
            return false; // frames must move up the stack
        }
        self.pc = retpc;
        self.bp = callerbp;
        self.trap = false;
        true
    }

    /// Moves to the next Go frame, or ends the walk.
    unsafe fn next(&mut self) {
        self.f = if self.step() { self.lookup() } else { None };
    }
}

/// Prints the traceback of gp starting at (pc, bp), then where gp was
/// created. Runs on the system stack.
///
/// As gc's traceback1, the limits count logical frames (a call inlined
/// into a function is a frame of its own): the innermost 50, then `...N
/// frames elided...` and the outermost 50, resuming inside a physical
/// frame when the inner part stopped in one.
pub unsafe fn traceback(pc: usize, bp: usize, trap: bool, gp: *mut g) {
    printlock();
    let mut u = unwinder::initAt(pc, bp, trap, gp);
    let (n, last_n) = traceback2(&mut u, gp, 0, tracebackInnerFrames);
    if n >= tracebackInnerFrames {
        // More frames may remain: count them (from the start of the
        // physical frame where printing stopped), print the outermost.
        let mut u2 = u;
        let (remaining, _) = traceback2(&mut u, gp, usize::MAX, 0);
        let elide = remaining.saturating_sub(last_n + tracebackOuterFrames);
        if elide > 0 {
            crate::print!("...", elide, " frames elided...\n");
        }
        traceback2(&mut u2, gp, last_n + elide, tracebackOuterFrames);
    }
    printcreatedby(gp);
    printunlock();
}

/// Skips `skip` logical frames, then prints at most `max`, advancing u.
/// Returns the logical frames skipped and printed, and how many of them
/// were in the physical frame where it stopped (gc's `n, lastN`).
unsafe fn traceback2(u: &mut unwinder, gp: *mut g, mut skip: usize, mut max: usize) -> (usize, usize) {
    let (mut n, mut last_n) = (0, 0);
    while let Some(f) = u.f {
        last_n = 0;
        let tracepc = if u.trap || u.pc == f.entry { u.pc } else { u.pc - 1 };
        // Code inlined into f: a frame for each inlined call, innermost
        // first, then f itself.
        let (mut line, mut inl) = funcpos(f, tracepc);
        loop {
            if skip == 0 && max == 0 {
                return (n, last_n);
            }
            n += 1;
            last_n += 1;
            let print = if skip > 0 {
                skip -= 1;
                false
            } else {
                max -= 1;
                true
            };
            match inlinedcall(f, inl) {
                Some(call) => {
                    if print {
                        // gc prints an inlined frame `name(...)` with its
                        // line and nothing else (no arguments or PC).
                        let (name, file) = inlinedname(call);
                        crate::print!(name, "(...)\n\t", file, ":", line, "\n");
                    }
                    line = call.call_line;
                    inl = call.parent;
                }
                None => {
                    if print {
                        printframe(u, f, gp, line);
                    }
                    break;
                }
            }
        }
        u.next();
    }
    (n, last_n)
}

/// Prints one physical frame, at `line`:
///
/// ```text
/// main.f(...)
///         /abs/path/main.go:LINE +0xOFF
/// ```
unsafe fn printframe(u: &unwinder, f: &Func, gp: *mut g, line: u32) {
    gwrite(funcname(f));
    gwrite(if f.nargs == 0 { b"()\n" } else { b"(...)\n" });
    crate::print!("\t", funcfile(f), ":", line);
    if u.pc > f.entry {
        crate::print!(" +", hex((u.pc - f.entry) as u64));
    }
    // For runtime errors, gc adds each frame's registers.
    let mp = (*gp).m;
    if !mp.is_null() && (*mp).throwing >= throwTypeRuntime && gp == (*mp).curg {
        crate::print!(
            " fp=",
            hex((u.bp + 16) as u64),
            " sp=",
            hex((u.bp - f.frame as usize) as u64),
            " pc=",
            hex(u.pc as u64)
        );
    }
    gwrite(b"\n");
}

/// Prints `created by main.f in goroutine 1` and the go statement's line,
/// for every goroutine but the main one.
unsafe fn printcreatedby(gp: *mut g) {
    let pc = (*gp).gopc;
    let Some(f) = findfunc(pc.wrapping_sub(1)) else {
        return;
    };
    if (*gp).goid == 1 {
        return;
    }
    crate::print!("created by ", funcname(f), " in goroutine ", (*gp).parentGoid, "\n");
    crate::print!("\t", funcfile(f), ":", funcline(f, pc - 1));
    if pc > f.entry {
        crate::print!(" +", hex((pc - f.entry) as u64));
    }
    gwrite(b"\n");
}

/// Prints `goroutine 1 [running]:`, or the wait reason for a blocked goroutine.
pub unsafe fn goroutineheader(gp: *mut g) {
    let status = readgstatus(gp);
    let mut s = gStatusString(status);
    if status == _Gwaiting && (*gp).waitreason != waitReasonZero {
        s = waitReasonString((*gp).waitreason);
    }
    crate::print!("goroutine ", (*gp).goid);
    let mp = (*gp).m;
    if !mp.is_null() && (*mp).throwing >= throwTypeRuntime && gp == (*mp).curg {
        crate::print!(" gp=", gp, " m=", (*mp).id, " mp=", mp);
    }
    crate::print!(" [", s, "]:\n");
}

/// Prints the tracebacks of the goroutines other than me: first the one the
/// M was running (when me is g0 or gsignal), then every other live one,
/// each from where it last stopped (`g.sched`).
pub unsafe fn tracebackothers(me: *mut g) {
    let curgp = (*(*getg()).m).curg;
    if !curgp.is_null() && curgp != me {
        crate::print!("\n");
        goroutineheader(curgp);
        tracebackfromsched(curgp);
    }
    let mut gp = allgs;
    while !gp.is_null() {
        let status = readgstatus(gp);
        if gp != me && gp != curgp && status != _Gdead {
            crate::print!("\n");
            goroutineheader(gp);
            if status == _Grunning {
                crate::print!("\tgoroutine running on other thread; stack unavailable\n");
                printcreatedby(gp);
            } else {
                tracebackfromsched(gp);
            }
        }
        gp = (*gp).alllink;
    }
}

/// The traceback of a goroutine that is not running, from its saved context.
/// A goroutine that never ran is at its function's first instruction, an
/// exact PC rather than a return address. `sched.sp == 0` means there is no
/// saved context (the goroutine was running when the report started).
unsafe fn tracebackfromsched(gp: *mut g) {
    if (*gp).sched.sp == 0 {
        return;
    }
    let pc = (*gp).sched.pc;
    traceback(pc, (*gp).sched.bp, pc == (*gp).startpc, gp);
}
