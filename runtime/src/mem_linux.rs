//! Memory from the operating system: the layer under the heap (malloc.rs)
//! and the stacks (stack.rs).
//!
//! - `sysAlloc` maps fresh zeroed memory. With `noreserve`, the kernel does
//!   not reserve swap for it, so a large mapping that is mostly never touched
//!   (a 1 GB goroutine stack) costs only address space.
//! - `sysFault` turns a range into PROT_NONE, so that any access faults: the
//!   guard region below each stack.
//! - `sysAllocHint` maps at a preferred address (the heap's arenas start at
//!   gc's 0xc000000000); `sysFree` unmaps.
//!
//! Go: src/runtime/mem_linux.go, src/runtime/mem.go.

use crate::sys_linux_amd64::{
    MAP_ANONYMOUS, MAP_FIXED, MAP_NORESERVE, MAP_PRIVATE, PROT_NONE, PROT_READ, PROT_WRITE, mmap,
};

/// Maps n bytes of zeroed, readable and writable memory; returns null when
/// the kernel refuses.
pub unsafe fn sysAlloc(n: usize, noreserve: bool) -> *mut u8 {
    let mut flags = MAP_PRIVATE | MAP_ANONYMOUS;
    if noreserve {
        flags |= MAP_NORESERVE;
    }
    match mmap(0, n, PROT_READ | PROT_WRITE, flags, -1, 0) {
        Ok(p) => p as *mut u8,
        Err(_) => core::ptr::null_mut(),
    }
}

/// Makes `[v, v+n)` inaccessible: every access faults.
pub unsafe fn sysFault(v: *mut u8, n: usize) {
    let flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | MAP_NORESERVE;
    if mmap(v as usize, n, PROT_NONE, flags, -1, 0).is_err() {
        crate::panic::throw("runtime: cannot map guard region");
    }
}

/// Like sysAlloc, but at v if that range is free (the kernel picks another
/// address otherwise: the caller checks). Returns null when the kernel refuses.
pub unsafe fn sysAllocHint(v: usize, n: usize) -> *mut u8 {
    match mmap(v, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) {
        Ok(p) => p as *mut u8,
        Err(_) => core::ptr::null_mut(),
    }
}

/// Returns `[v, v+n)` to the kernel.
pub unsafe fn sysFree(v: *mut u8, n: usize) {
    crate::sys_linux_amd64::munmap(v as usize, n);
}
