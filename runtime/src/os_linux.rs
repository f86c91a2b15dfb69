//! Linux-specific start-up: the auxiliary vector, the CPU count, and the
//! per-M signal stack.
//!
//! - `sysargs` walks past argv and envp to the auxiliary vector the kernel
//!   put on the initial stack and takes the page size from it.
//! - `osinit` counts the CPUs the process may use (sched_getaffinity).
//! - `mpreinit` gives an M its signal goroutine (gsignal) with a 32 KiB
//!   stack; `minit`, run on the M itself, installs that stack as the thread's
//!   alternate signal stack, so the SIGSEGV handler still has a stack when a
//!   goroutine has exhausted its own.
//!
//! Go: src/runtime/os_linux.go.

use crate::defs_linux_amd64::stackt;
use crate::runtime2::{m, ncpu};
use crate::stubs::getg;
use crate::sys_linux_amd64::{sched_getaffinity, sigaltstack};

/// The system page size, from the auxiliary vector (AT_PAGESZ).
pub static mut physPageSize: usize = 4096;

const _AT_NULL: usize = 0;
const _AT_PAGESZ: usize = 6;

/// Reads the auxiliary vector, which follows argv's and envp's terminating
/// nulls on the initial stack.
pub unsafe fn sysargs(argc: i32, argv: *const *const u8) {
    let mut n = argc as usize + 1; // skip argv and its null
    while !(*argv.add(n)).is_null() {
        n += 1; // skip envp
    }
    n += 1; // and its null
    let auxv = argv.add(n) as *const usize;
    let mut i = 0;
    loop {
        let tag = *auxv.add(i);
        let val = *auxv.add(i + 1);
        if tag == _AT_NULL {
            break;
        }
        if tag == _AT_PAGESZ {
            physPageSize = val;
        }
        i += 2;
    }
}

/// Called by rt0_go on g0, before schedinit.
pub extern "C" fn osinit() {
    unsafe { ncpu = getproccount() };
}

/// The number of CPUs this process may run on.
unsafe fn getproccount() -> i32 {
    let mut buf = [0u8; 1024];
    let r = sched_getaffinity(0, buf.len(), buf.as_mut_ptr());
    if r < 0 {
        return 1;
    }
    let n: u32 = buf[..r as usize].iter().map(|b| b.count_ones()).sum();
    if n == 0 { 1 } else { n as i32 }
}

/// The size of each M's signal stack, gc's.
const signalStackSize: usize = 32 << 10;

/// Prepares a new M; runs on the thread creating it (for m0, on itself).
pub unsafe fn mpreinit(mp: *mut m) {
    (*mp).gsignal = crate::proc::malg(signalStackSize);
    (*(*mp).gsignal).m = mp;
}

/// Initializes the current M's thread: installs gsignal's stack as the
/// alternate signal stack. Runs on the M itself.
pub unsafe fn minit() {
    let gsignal = (*(*getg()).m).gsignal;
    let st =
        stackt { ss_sp: (*gsignal).stack.lo, ss_flags: 0, _pad: 0, ss_size: (*gsignal).stack.hi - (*gsignal).stack.lo };
    if sigaltstack(&raw const st as *const u8, core::ptr::null_mut()) != 0 {
        crate::panic::throw("sigaltstack failed");
    }
}
