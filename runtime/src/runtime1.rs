//! Start-up checks and the command line.
//!
//! `check` runs first, before anything depends on the compiler's tables, and
//! verifies what the compiler promised but the type system cannot: that the
//! function table is sorted and consistent (symtab.rs). Struct layouts are
//! verified at compile time instead (abi.rs, runtime2.rs).
//!
//! `args` keeps argc and argv for later users (os.Args, GOCCDEBUG) and reads
//! the auxiliary vector (os_linux.rs: sysargs).
//!
//! Go: src/runtime/runtime1.go.

/// The command line, as the kernel passed it to `_rt0_amd64`.
pub static mut argc: i32 = 0;
pub static mut argv: *const *const u8 = core::ptr::null();

/// Called by rt0_go on g0, after TLS is set up and before `args`.
pub extern "C" fn check() {
    unsafe { crate::symtab::moduledataverify1() };
}

/// Called by rt0_go with the process's argc and argv.
pub extern "C" fn args(c: i32, v: *const *const u8) {
    unsafe {
        argc = c;
        argv = v;
        crate::os_linux::sysargs(c, v);
    }
}
