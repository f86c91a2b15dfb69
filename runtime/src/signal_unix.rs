//! Synchronous signals: memory faults and arithmetic traps.
//!
//! The runtime handles SIGSEGV, SIGBUS and SIGFPE on each M's alternate
//! signal stack (os_linux.rs: minit), so the handler runs even when the
//! faulting goroutine has no stack left. The handler decides:
//!
//! 1. The fault is in the guard region below the running goroutine's stack
//!    (or SP is already below `stack.lo`): a stack overflow. The stack
//!    cannot take another frame, so the report (stack.rs: stackOverflow) is
//!    printed right here, on the signal stack.
//! 2. A user goroutine faulted: it panics. As in gc, the handler rewrites
//!    the interrupted context so that the faulting instruction appears to
//!    have called `runtime.sigpanic0` (push the faulting PC as a return
//!    address, set the PC), and returns. sigpanic then runs on the goroutine
//!    and turns the fault into a runtime error: a nil dereference
//!    (`invalid memory address or nil pointer dereference`), or a fatal
//!    `unexpected fault address`. Panicking on the goroutine, not in the
//!    handler, is what will let `recover` catch these panics.
//! 3. Anything else (a fault in the runtime on g0, or while crashing) is a
//!    runtime bug: `fatal error: unexpected signal during runtime execution`.
//!
//! Rejected: printing the nil-dereference panic from the handler itself.
//! The output would be the same today, but `recover` could never catch it.
//!
//! The crash report's `[signal SIGSEGV: segmentation violation code=0x1
//! addr=0x0 pc=0x401234]` line comes from the fields the handler records
//! in the g (sig, sigcode0, sigcode1, sigpc).
//!
//! gc enters the handler through an assembly `sigtramp` that converts from
//! the C calling convention to Go's; gocc's handler is System V Rust, so the
//! kernel calls `sigtrampgo` directly.
//!
//! Go: src/runtime/signal_unix.go, src/runtime/signal_amd64.go.

use crate::abi::stackGuardRegion;
use crate::defs_linux_amd64::*;
use crate::panic::{divideError, fatalthrowAt, floatError, memoryError, overflowError, panicErrorString};
use crate::print::hex;
use crate::runtime2::{g, throwTypeNone, throwTypeRuntime};
use crate::stubs::{getg, setg};
use crate::sys_linux_amd64::{rt_sigaction, sigreturn__sigaction};

/// Installs the runtime's handler for the synchronous signals. Runs once,
/// on m0, from mstart1. Go: `initsig`.
pub unsafe fn initsig() {
    for sig in [_SIGSEGV, _SIGBUS, _SIGFPE] {
        setsig(sig, sigtrampgo as *const () as usize);
    }
}

/// Installs fn as the handler of sig: on the signal stack, with all signals
/// blocked while it runs.
unsafe fn setsig(sig: u32, fn_: usize) {
    let sa = sigactiont {
        sa_handler: fn_,
        sa_flags: _SA_SIGINFO | _SA_ONSTACK | _SA_RESTORER | _SA_RESTART,
        sa_restorer: sigreturn__sigaction as *const () as usize,
        sa_mask: !0,
    };
    if rt_sigaction(sig as usize, &raw const sa as *const u8, core::ptr::null_mut(), 8) != 0 {
        crate::panic::throw("rt_sigaction failure");
    }
}

/// gc's names for the signals it prints in crash reports.
pub fn signame(sig: u32) -> &'static str {
    match sig {
        _SIGSEGV => "SIGSEGV: segmentation violation",
        _SIGBUS => "SIGBUS: bus error",
        _SIGFPE => "SIGFPE: floating-point exception",
        _ => "",
    }
}

/// The signal handler, called by the kernel on the signal stack. Runs with
/// g = gsignal, so that runtime code knows it is on the signal stack.
unsafe extern "C" fn sigtrampgo(sig: u32, info: *mut siginfo, ctx: *mut ucontext) {
    let gp = getg(); // the interrupted g
    let c = sigctxt { info, ctxt: ctx };
    setg((*(*gp).m).gsignal);
    sighandler(sig, &c, gp);
    setg(gp);
}

/// Handles a signal that interrupted gp; see the file comment.
unsafe fn sighandler(sig: u32, c: &sigctxt, gp: *mut g) {
    let mp = (*gp).m;
    let (pc, sp, bp) = (c.rip(), c.rsp(), c.rbp());
    let userg = gp == (*mp).curg;

    // 1. A goroutine ran off the end of its stack.
    if sig == _SIGSEGV && userg && isStackOverflow(gp, c.sigaddr() as usize, sp) {
        crate::stack::stackOverflow(gp, sp, pc, bp, true);
    }

    (*gp).sig = sig;
    (*gp).sigcode0 = c.sigcode();
    (*gp).sigcode1 = c.sigaddr();
    (*gp).sigpc = pc;

    // 2. A user goroutine faulted: make it panic.
    if userg && (*mp).dying == 0 && (*mp).throwing == throwTypeNone {
        preparePanic(c);
        return;
    }

    // 3. A runtime bug.
    fatalthrowAt(throwTypeRuntime, "unexpected signal during runtime execution", gp, pc, bp, true)
}

/// Whether a fault at addr, with SP at sp, means gp's stack overflowed.
unsafe fn isStackOverflow(gp: *mut g, addr: usize, sp: usize) -> bool {
    let lo = (*gp).stack.lo;
    let guard = lo - stackGuardRegion;
    (guard <= addr && addr < lo) || (guard <= sp && sp < lo)
}

/// Makes the interrupted code call sigpanic0: pushes the faulting PC as a
/// return address and points the PC at sigpanic0. A fault at PC 0 (a call
/// through a nil function value) has its return address on the stack
/// already: then only the PC changes, and the traceback starts at the
/// caller. Go: `(*sigctxt).preparePanic`, `pushCall`.
unsafe fn preparePanic(c: &sigctxt) {
    let pc = c.rip();
    if pc >= 0x1000 {
        let sp = c.rsp() - 8;
        *(sp as *mut usize) = pc;
        c.set_rsp(sp);
    }
    c.set_rip(crate::asm_amd64::sigpanic0 as *const () as usize);
}

/// Turns a synchronous signal into a panic, on the goroutine that got it.
/// Called by the asm stub sigpanic0 with the faulting PC (or, after a call
/// through a nil function value, the return address) and frame pointer.
pub unsafe extern "C" fn sigpanic(pc: usize, bp: usize) -> ! {
    let gp = getg();
    let trap = pc == (*gp).sigpc;
    let (code, addr) = ((*gp).sigcode0, (*gp).sigcode1);
    match (*gp).sig {
        _SIGBUS => {
            if code == _BUS_ADRERR && addr < 0x1000 {
                panicErrorString(&memoryError, pc, bp, trap);
            }
        }
        _SIGSEGV => {
            if (code == 0 || code == _SEGV_MAPERR || code == _SEGV_ACCERR) && addr < 0x1000 {
                panicErrorString(&memoryError, pc, bp, trap);
            }
        }
        _SIGFPE => match code {
            _FPE_INTDIV => panicErrorString(&divideError, pc, bp, trap),
            _FPE_INTOVF => panicErrorString(&overflowError, pc, bp, trap),
            _ => panicErrorString(&floatError, pc, bp, trap),
        },
        _ => {}
    }
    crate::print!("unexpected fault address ", hex(addr), "\n");
    fatalthrowAt(throwTypeRuntime, "fault", gp, pc, bp, trap)
}
