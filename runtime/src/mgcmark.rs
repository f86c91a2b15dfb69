//! Stack roots: finding the pointer slots of a goroutine's Go frames with
//! the compiler's stack maps, and checking them (GOCCDEBUG=checkroots).
//!
//! THERE IS NO COLLECTOR YET. When there is, it will mark from these roots:
//! `scanstack` is the part of gc's mgcmark.go that a collector and this
//! debugging check share. For now its one user is `checkroots`, which tests
//! the compiler's claim that at every call site each listed slot holds nil
//! or a valid pointer, so that stack-map bugs show up long before a
//! collector would follow a bad pointer.
//!
//! The walk (frame pointers, as tracebacks: traceback.rs). It starts at the
//! frame pointer of a runtime function (mallocgc's) and follows the RBP
//! chain: `[bp]` is the caller's BP, `[bp+8]` the return address into the
//! caller. Runtime frames (PCs outside the function table) are skipped
//! until the first Go frame, and the walk ends at the first non-Go PC after
//! it (`runtime.main`, `goexit`). For a Go frame F found through the frame
//! pointer bp of its callee:
//!
//! ```text
//!   pc = [bp+8]          F's return address: F is at a call site
//!   sp = bp + 16         F's SP at that return address (after the callee
//!                        popped its saved BP and return address)
//!   record = the stack map of F with ret_off == pc - F.entry
//!   slots  = sp + each offset in the record
//! ```
//!
//! A valid root is nil, or points into an object of an in-use heap span,
//! into the goroutine's own stack, or into the executable's image
//! (`[__executable_start, end)`: code, type descriptors, string data,
//! globals). A Go frame without a record for its return PC is also a
//! violation: every call site in compiled code must have one, if empty.
//!
//! The check runs on the system stack: it is called from mallocgc, which
//! may have little goroutine stack left. Before a P and a current
//! goroutine exist (bootstrap) there are no Go frames, and nothing to check.
//!
//! Rejected: checking only heap pointers (a stale pointer into a dead
//! frame of the stack is the typical stack-map bug); checking at every
//! call (allocations are where a collector would run, and cheap to hook).
//!
//! Go: src/runtime/mgcmark.go (scanstack, scanframeworker),
//! src/runtime/mgcstack.go, src/runtime/runtime1.go (debug knobs).

use crate::abi::Func;
use crate::mheap::spanOfHeap;
use crate::runtime1::debug;
use crate::runtime2::g;
use crate::stubs::{getg, systemstack};
use crate::symtab::{findfunc, funcname};

unsafe extern "C" {
    /// Linker-defined bounds of the executable image: its first byte, and
    /// the end of its data and bss.
    static __executable_start: u8;
    static end: u8;
}

/// A Go frame at a call site: its function, the return address, and SP
/// at the return address (gc: stkframe).
#[derive(Clone, Copy)]
pub struct stkframe {
    pub f: &'static Func,
    pub pc: usize,
    pub sp: usize,
}

/// What the walk can find wrong.
pub enum badRoot {
    /// A Go frame's return PC has no stack map.
    noStackMap(stkframe),
    /// A slot (SP-relative offset) of a frame holds an invalid pointer.
    badPointer(stkframe, u32, usize),
}

/// The stack-map record of f for the call whose return address is
/// `f.entry + retOff`: its slot offsets.
pub unsafe fn findStackMap(f: &Func, retOff: u32) -> Option<&'static [u32]> {
    let mut p = f.stackmaps;
    if p.is_null() {
        return None;
    }
    for _ in 0..f.nstackmaps {
        let (off, nslots) = (*p, *p.add(1) as usize);
        if off == retOff {
            return Some(core::slice::from_raw_parts(p.add(2), nslots));
        }
        p = p.add(2 + nslots);
    }
    None
}

/// Walks gp's Go frames from the runtime frame whose frame pointer is bp
/// (on gp's stack, or on the scheduler stack when called there through
/// systemstack), and calls `scanframe(frame, slot offset, slot address)`
/// for every pointer slot. Returns the number of Go frames, or the first
/// frame without a stack map.
pub unsafe fn scanstack(
    gp: *mut g,
    bp: usize,
    scanframe: &mut dyn FnMut(&stkframe, u32, usize) -> Result<(), badRoot>,
) -> Result<usize, badRoot> {
    let (lo, hi) = ((*gp).stack.lo, (*gp).stack.hi);
    let g0 = (*(*gp).m).g0;
    let (g0lo, g0hi) = ((*g0).stack.lo, (*g0).stack.hi);
    let mut bp = bp;
    let mut nframes = 0;
    loop {
        // A frame pointer must be in gp's stack; before the first Go
        // frame it may also be in g0's (a systemstack call).
        let onStack = bp >= lo && bp.saturating_add(16) <= hi;
        let onG0 = nframes == 0 && bp >= g0lo && bp.saturating_add(16) <= g0hi;
        if bp % 8 != 0 || !(onStack || onG0) {
            break;
        }
        let pc = *((bp + 8) as *const usize);
        let callerbp = *(bp as *const usize);
        match findfunc(pc.wrapping_sub(1)) {
            Some(f) => {
                let frame = stkframe { f, pc, sp: bp + 16 };
                let Some(slots) = findStackMap(f, (pc - f.entry) as u32) else {
                    return Err(badRoot::noStackMap(frame));
                };
                for &off in slots {
                    scanframe(&frame, off, frame.sp + off as usize)?;
                }
                nframes += 1;
            }
            // The end of the Go frames: runtime.main, goexit.
            None if nframes > 0 => break,
            None => {}
        }
        // Frames move up the stack (except from g0 to gp's stack).
        if callerbp == 0 || (onStack && callerbp <= bp) {
            break;
        }
        bp = callerbp;
    }
    Ok(nframes)
}

/// Whether p may be held in a pointer slot of gp's frames.
unsafe fn isValidRoot(p: usize, gp: *mut g) -> bool {
    let image = (&raw const __executable_start as usize)..(&raw const end as usize);
    p == 0 || ((*gp).stack.lo..(*gp).stack.hi).contains(&p) || image.contains(&p) || !spanOfHeap(p).is_null()
}

/// GOCCDEBUG=checkroots: checks every pointer slot of the current
/// goroutine's Go frames, starting at the runtime frame whose frame
/// pointer is bp (mallocgc's). A violation is a fatal error.
pub unsafe fn checkroots(bp: usize) {
    let gp = (*(*getg()).m).curg;
    if gp.is_null() {
        return; // bootstrap or the scheduler: no Go frames
    }
    systemstack(|| checkroots_m(gp, bp));
}

unsafe fn checkroots_m(gp: *mut g, bp: usize) {
    let mut nslots = 0;
    let result = scanstack(gp, bp, &mut |frame, off, slot| {
        nslots += 1;
        let p = *(slot as *const usize);
        if isValidRoot(p, gp) { Ok(()) } else { Err(badRoot::badPointer(*frame, off, p)) }
    });
    match result {
        Ok(nframes) => {
            if debug.checkroots >= 2 {
                crate::print!("checkroots: goroutine ", (*gp).goid, ": ", nframes, " frames, ", nslots, " slots\n");
            }
        }
        Err(bad) => {
            // fatal error: checkroots: bad pointer 0x... in slot SP+0x10 of main.f (pc=main.f+0x2a)
            let mut msg = msgbuf::new();
            let frame = match &bad {
                badRoot::badPointer(frame, off, p) => {
                    msg.push(b"checkroots: bad pointer ");
                    msg.hex(*p as u64);
                    msg.push(b" in slot SP+");
                    msg.hex(*off as u64);
                    msg.push(b" of ");
                    frame
                }
                badRoot::noStackMap(frame) => {
                    msg.push(b"checkroots: no stack map at ");
                    frame
                }
            };
            msg.push(funcname(frame.f));
            msg.push(b" (pc=");
            msg.push(funcname(frame.f));
            msg.push(b"+");
            msg.hex((frame.pc - frame.f.entry) as u64);
            msg.push(b")");
            if let badRoot::noStackMap(_) = bad {
                msg.push(b": every call site in compiled code needs a record");
            }
            crate::panic::throw(msg.as_str());
        }
    }
}

/// A fixed buffer to format a fatal error's message in without allocating.
struct msgbuf {
    buf: [u8; 256],
    n: usize,
}

impl msgbuf {
    fn new() -> msgbuf {
        msgbuf { buf: [0; 256], n: 0 }
    }
    fn byte(&mut self, c: u8) {
        if self.n < self.buf.len() {
            self.buf[self.n] = c;
            self.n += 1;
        }
    }
    fn push(&mut self, s: &[u8]) {
        for &c in s {
            self.byte(c);
        }
    }
    /// v as print's `hex` prints it: 0x and lower-case digits.
    fn hex(&mut self, v: u64) {
        self.push(b"0x");
        let digits = if v == 0 { 1 } else { 16 - v.leading_zeros() / 4 };
        for i in (0..digits).rev() {
            self.byte(b"0123456789abcdef"[(v >> (4 * i)) as usize & 15]);
        }
    }
    fn as_str(&self) -> &str {
        // Only ASCII and function names (UTF-8) are pushed; a name cut at
        // the end of the buffer is cut back to a character boundary.
        let b = &self.buf[..self.n.min(self.buf.len())];
        match core::str::from_utf8(b) {
            Ok(s) => s,
            Err(e) => unsafe { core::str::from_utf8_unchecked(&b[..e.valid_up_to()]) },
        }
    }
}
