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
//! `parsedebugvars` reads `GOCCDEBUG`, gocc's GODEBUG: comma-separated
//! `name=value` settings of the runtime's debugging knobs (`debug`). As in
//! gc, unknown names and malformed values are ignored, and a later setting
//! of the same name wins. The knobs:
//!
//! | name | effect |
//! | --- | --- |
//! | `checkroots=1` | at every allocation, check every stack slot the compiler's stack maps call a pointer (mgcmark.rs) |
//! | `checkroots=2` | the same, and print one summary line per check |
//!
//! Go: src/runtime/runtime1.go (dbgvars, parsedebugvars),
//! src/runtime/env_posix.go (gogetenv).

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

/// The runtime's debugging knobs, set from GOCCDEBUG. gc: `debug`.
pub struct dbgVars {
    pub checkroots: i32,
}

pub static mut debug: dbgVars = dbgVars { checkroots: 0 };

/// The knob called name, if there is one. gc: the `dbgvars` table.
unsafe fn dbgvar(name: &[u8]) -> Option<*mut i32> {
    match name {
        b"checkroots" => Some(&raw mut debug.checkroots),
        _ => None,
    }
}

/// Sets the debug knobs from GOCCDEBUG. Called by schedinit.
pub unsafe fn parsedebugvars() {
    let Some(s) = gogetenv(b"GOCCDEBUG") else {
        return;
    };
    for field in s.split(|&c| c == b',') {
        let Some(eq) = field.iter().position(|&c| c == b'=') else {
            continue;
        };
        let (name, value) = (&field[..eq], &field[eq + 1..]);
        if let (Some(v), Some(n)) = (dbgvar(name), atoi32(value)) {
            *v = n;
        }
    }
}

/// The value of the environment variable key, if set. The environment
/// follows argv's terminating null on the initial stack.
pub unsafe fn gogetenv(key: &[u8]) -> Option<&'static [u8]> {
    if argv.is_null() {
        return None;
    }
    let mut envp = argv.add(argc as usize + 1);
    while !(*envp).is_null() {
        let e = cstring(*envp);
        if e.len() > key.len() && e.starts_with(key) && e[key.len()] == b'=' {
            return Some(&e[key.len() + 1..]);
        }
        envp = envp.add(1);
    }
    None
}

/// The bytes of a NUL-terminated string. (core's CStr needs libc's strlen,
/// and so would a plain loop: LLVM recognizes it; the volatile read keeps
/// it a loop.)
unsafe fn cstring(p: *const u8) -> &'static [u8] {
    let mut n = 0;
    while core::ptr::read_volatile(p.add(n)) != 0 {
        n += 1;
    }
    core::slice::from_raw_parts(p, n)
}

/// Parses a decimal int32 (optionally negative); None if s is not one.
fn atoi32(s: &[u8]) -> Option<i32> {
    let (neg, digits) = match s.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, s),
    };
    if digits.is_empty() {
        return None;
    }
    let mut n: i32 = 0;
    for &c in digits {
        if !c.is_ascii_digit() {
            return None;
        }
        n = n.checked_mul(10)?.checked_add((c - b'0') as i32)?;
    }
    Some(if neg { -n } else { n })
}
