//! The clock that Go's `time` package reads: `time.runtimeNano`.
//!
//! gocc's `time` package (stdlib/time/time.go) declares `func runtimeNano()
//! int64` without a body; this file implements it under that symbol. gc does
//! the same with `//go:linkname time_runtimeNano time.runtimeNano` in
//! runtime/time.go, whose body is `nanotime()`, the runtime's monotonic
//! clock (time_nofake.go), which calls `nanotime1` (sys_linux_amd64.s).
//! The names are kept: `nanotime` here, `nanotime1` in sys_linux_amd64.rs.
//!
//! Called from Go on the goroutine's stack: it must use little stack (one
//! timespec) and never call back into Go.
//!
//! Go: src/runtime/time.go (time_runtimeNano), src/runtime/time_nofake.go
//! (nanotime).

/// The monotonic clock in nanoseconds (from an arbitrary start: boot).
/// gc's playground build can fake it; gocc's cannot.
pub fn nanotime() -> i64 {
    crate::sys_linux_amd64::nanotime1()
}

/// `time.runtimeNano`: what `time.Now` and `time.Since` read. gc returns a
/// synctest bubble's fake clock when the goroutine is in one; gocc has no
/// bubbles.
#[unsafe(export_name = "time.runtimeNano")]
pub extern "C" fn time_runtimeNano() -> i64 {
    nanotime()
}
