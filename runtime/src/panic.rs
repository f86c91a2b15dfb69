//! Panics and fatal errors.
//!
//! A panic (`panic(v)`, or a runtime error such as a failed bounds check)
//! prints its value, a blank line, and the goroutine's traceback, then exits
//! with status 2:
//!
//! ```text
//! panic: runtime error: index out of range [5] with length 3
//!
//! goroutine 1 [running]:
//! main.main()
//!         /tmp/x/main.go:6 +0x5a
//! ```
//!
//! gocc has no defer or recover yet, so every panic is fatal: `gopanic`
//! records the panic in `g._panic` (where deferred calls will find it) and
//! goes straight to `fatalpanic`. Runtime errors are real Go values
//! (error.rs), so recover will be able to return them.
//!
//! A fatal error (`throw` for runtime bugs, `fatal` for user errors such as
//! deadlock) cannot be recovered: it prints `fatal error: MSG` and the
//! traceback of the goroutine that was running.
//!
//! Design: compiled code calls the asm stubs `runtime.gopanic`,
//! `runtime.panicdivide`, `runtime.panicshift`, `runtime.panicBounds`
//! (asm_amd64.rs), which add the Go caller's PC and frame pointer; the
//! traceback starts there. Crash reports are printed on the system stack
//! (systemstack), never on the goroutine's stack, which may be nearly
//! exhausted. `startpanic_m` guards against a crash while crashing.
//!
//! Go: src/runtime/panic.go.

use crate::abi::{BoundsSigned, Type};
use crate::error::{boundsError, boundsErrorType, errorStringType, printpanicval};
use crate::print::{hex, printflush};
use crate::runtime2::{_panic, eface, g, panicking, throwType, throwTypeRuntime, throwTypeUser};
use crate::string::stringStruct;
use crate::stubs::{getfp, getg, systemstack};
use crate::sys_linux_amd64::exit;
use crate::traceback::{goroutineheader, traceback, tracebackothers};

/// The runtime error values of the fixed-message runtime errors
/// (gc: `divideError = error(errorString("integer divide by zero"))`...).
pub static divideError: ErrorString = ErrorString::new("integer divide by zero");
pub static overflowError: ErrorString = ErrorString::new("integer overflow");
pub static floatError: ErrorString = ErrorString::new("floating point error");
pub static shiftError: ErrorString = ErrorString::new("negative shift amount");
pub static memoryError: ErrorString = ErrorString::new("invalid memory address or nil pointer dereference");

/// A static `runtime.errorString` value: its string header.
pub struct ErrorString(stringStruct);
unsafe impl Sync for ErrorString {}
impl ErrorString {
    const fn new(s: &'static str) -> ErrorString {
        ErrorString(stringStruct { str: s.as_ptr(), len: s.len() as isize })
    }
    fn eface(&'static self) -> eface {
        eface { _type: &raw const errorStringType, data: &raw const self.0 as *mut u8 }
    }
}

/// The implementation of the `panic` builtin, after the asm stub
/// `runtime.gopanic` added the Go caller's return PC and frame pointer.
pub unsafe extern "C" fn gopanic(typ: *const Type, data: *mut u8, pc: usize, bp: usize) -> ! {
    panicAt(eface { _type: typ, data }, pc, bp, false)
}

/// Panics with value e; the traceback starts at the Go frame (pc, bp).
/// `trap`: pc is a faulting instruction (sigpanic), not a return address.
pub unsafe fn panicAt(e: eface, pc: usize, bp: usize, trap: bool) -> ! {
    let gp = getg();
    let mp = (*gp).m;
    if (*mp).curg != gp {
        crate::print!("panic: ");
        printpanicval(e);
        crate::print!("\n");
        throw("panic on system stack");
    }
    let mut p = _panic { arg: e, link: (*gp)._panic, startPC: pc, startBP: bp, trap };
    (*gp)._panic = &raw mut p;
    // This is where deferred calls will run, and recover stop the panic.
    fatalpanic(&raw mut p)
}

/// Panics with one of the runtime's fixed errors.
pub unsafe fn panicErrorString(e: &'static ErrorString, pc: usize, bp: usize, trap: bool) -> ! {
    panicAt(e.eface(), pc, bp, trap)
}

/// `x / 0` and `x % 0` (the compiler checks the divisor explicitly).
pub unsafe extern "C" fn panicdivide(pc: usize, bp: usize) -> ! {
    panicErrorString(&divideError, pc, bp, false)
}

/// `x << y` or `x >> y` with a negative signed y.
pub unsafe extern "C" fn panicshift(pc: usize, bp: usize) -> ! {
    panicErrorString(&shiftError, pc, bp, false)
}

/// A failed bounds check: `code` is an abi.BoundsErrorCode, with
/// abi.BoundsSigned set when x is signed. Go: `panicBounds64`.
pub unsafe extern "C" fn panicBounds64(code: u64, x: i64, y: i64, pc: usize, bp: usize) -> ! {
    let e = crate::malloc::new::<boundsError>();
    (*e).x = x;
    (*e).y = y;
    (*e).signed = code & BoundsSigned != 0;
    (*e).code = code as u8;
    panicAt(eface { _type: &raw const boundsErrorType, data: e as *mut u8 }, pc, bp, false)
}

/// Prints a panic and its traceback and exits. Never returns.
unsafe fn fatalpanic(msgs: *mut _panic) -> ! {
    let gp = getg();
    systemstack(|| {
        if startpanic_m() {
            printpanics(msgs);
        }
        dopanic_m(gp, (*msgs).startPC, (*msgs).startBP, (*msgs).trap);
    });
    exit(2)
}

/// Prints the panics of the chain, oldest first.
unsafe fn printpanics(p: *mut _panic) {
    if !(*p).link.is_null() {
        printpanics((*p).link);
        crate::print!("\t");
    }
    crate::print!("panic: ");
    printpanicval((*p).arg);
    crate::print!("\n");
}

/// A fatal error in the runtime: a runtime bug. Prints `fatal error: s` and
/// the traceback of the running goroutine, and exits with status 2.
pub fn throw(s: &str) -> ! {
    let bp = getfp();
    unsafe { fatalthrowAt(throwTypeRuntime, s, getg(), 0, bp, false) }
}

/// A fatal error caused by the user's program (deadlock...): like throw,
/// with a plainer report.
pub fn fatal(s: &str) -> ! {
    let bp = getfp();
    unsafe { fatalthrowAt(throwTypeUser, s, getg(), 0, bp, false) }
}

/// The common end of throw and fatal: prints `fatal error: s`, then the
/// report for gp whose traceback starts at (pc, bp); pc 0 means "start at
/// the first Go frame reached through bp". Exits with status 2.
pub unsafe fn fatalthrowAt(t: throwType, s: &str, gp: *mut g, pc: usize, bp: usize, trap: bool) -> ! {
    let mp = (*gp).m;
    if (*mp).throwing == crate::runtime2::throwTypeNone {
        (*mp).throwing = t;
    }
    systemstack(|| {
        crate::print!("fatal error: ");
        crate::error::printindented(s.as_bytes());
        crate::print!("\n");
        if startpanic_m() {
            dopanic_m(gp, pc, bp, trap);
        }
    });
    exit(2)
}

/// Prepares the M to print a crash report; returns false when the report
/// must be skipped because printing the previous one crashed.
/// Must run on the system stack.
pub unsafe fn startpanic_m() -> bool {
    let mp = (*getg()).m;
    // Output buffered by a print statement that the crash interrupted goes
    // out first; the interrupted statement will never finish.
    printflush();
    (*mp).printlock = 0;
    match (*mp).dying {
        0 => {
            (*mp).dying = 1;
            panicking += 1;
            true
        }
        1 => {
            // Something failed while panicking. Just print a stack trace and exit.
            (*mp).dying = 2;
            crate::print!("panic during panic\n");
            false
        }
        2 => {
            // This is a genuine bug in the runtime: we could not even print
            // the stack trace.
            (*mp).dying = 3;
            crate::print!("stack trace unavailable\n");
            exit(4)
        }
        _ => exit(5),
    }
}

/// Prints the rest of a crash report: the signal, if one caused it, and the
/// traceback of gp (starting at (pc, bp)) or, on a system stack, of the
/// goroutine that was running. Must run on the system stack.
unsafe fn dopanic_m(gp: *mut g, pc: usize, bp: usize, trap: bool) {
    let mp = (*gp).m;
    if (*gp).sig != 0 {
        crate::print!(
            "[signal ",
            crate::signal_unix::signame((*gp).sig),
            " code=",
            hex((*gp).sigcode0),
            " addr=",
            hex((*gp).sigcode1),
            " pc=",
            hex((*gp).sigpc as u64),
            "]\n"
        );
    }
    if gp == (*mp).g0 || gp == (*mp).gsignal {
        // gc prints "runtime stack:" and the runtime's own frames here; the
        // runtime's code is not in gocc's function table, so there is
        // nothing to show. The goroutines follow.
        tracebackothers(gp);
        return;
    }
    crate::print!("\n");
    goroutineheader(gp);
    traceback(pc, bp, trap, gp);
    if gp != (*mp).curg {
        tracebackothers(gp);
    }
}
