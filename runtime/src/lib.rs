//! gocc's runtime: a `#![no_std]` Rust library, linked into every program
//! gocc builds, that boots and behaves like Go's runtime.
//!
//! A gocc executable starts at `_rt0_amd64_linux`, sets up the first thread
//! (m0) and its scheduler goroutine (g0), starts the main goroutine on
//! `runtime.main`, which runs `main.init` and `main.main`, and provides what
//! compiled code calls: printing, strings, allocation, panics, the stack
//! check's slow path. The compiler ↔ runtime contract is in ARCHITECTURE.md
//! and abi.rs.
//!
//! Files are named after their counterparts in Go's `src/runtime`, and
//! functions, types and fields keep gc's names (`g`, `m`, `p`, `schedt`,
//! `newproc`, `gopark`, `mallocgc`, `stackGuard`...), so that this runtime
//! and Go's can be read side by side. Hence the lint allowances below.
//!
//! | file | what |
//! | --- | --- |
//! | rt0_linux_amd64.rs, asm_amd64.rs | entry point, stack switches, asm stubs |
//! | runtime2.rs | g, m, p, schedt, gobuf: the scheduler's data |
//! | proc.rs | bootstrap, newproc, schedule, gopark/goready, goexit |
//! | stack.rs | stacks, morestack's slow path, stack overflow |
//! | malloc.rs, mem_linux.rs | mallocgc: gc's size-class allocator (no collector yet) |
//! | mheap.rs, mcentral.rs, mcache.rs, mfixalloc.rs | arenas and spans, central span lists, the per-P cache |
//! | sizeclasses.rs, msize.rs | gc's size classes, roundupsize |
//! | mbitmap.rs, mbarrier.rs | heap pointer bitmaps and alloc bits, typedmemmove |
//! | mstats.rs | allocation statistics, ReadMemStats |
//! | mgcmark.rs | stack roots: the stack-map walk, GOCCDEBUG=checkroots |
//! | slice.rs | makeslice, growslice, slicecopy |
//! | print.rs | print/println |
//! | string.rs | concatenation, comparison, string(rune), string ↔ []byte, []rune |
//! | utf8.rs | decoding and encoding runes |
//! | map.rs | maps: the bucketed hash table |
//! | alg.rs | hashing and equality driven by type descriptors |
//! | rand.rs | random numbers (hash seeds, map iteration order) |
//! | panic.rs, error.rs | panics, runtime errors, fatal errors |
//! | traceback.rs, symtab.rs, type.rs | tracebacks and the compiler's tables |
//! | signal_unix.rs | SIGSEGV/SIGBUS/SIGFPE: nil dereference, overflow |
//! | runtime1.rs, os_linux.rs | start-up checks, argv, auxv, signal stack |
//! | sys_linux_amd64.rs, defs_linux_amd64.rs | raw system calls, kernel structs |
//! | time.rs | the monotonic clock the `time` package reads (time.runtimeNano) |
//! | stubs.rs | getg, and Rust's view of the asm |
//! | abi.rs | everything shared with the compiler |
//!
//! Conventions:
//! - No std, no libc, no dependencies: system calls are `syscall`
//!   instructions. This file supplies the `mem*` functions LLVM expects.
//! - The runtime manipulates shared, stack-switching state through raw
//!   pointers; `unsafe fn` bodies are unsafe blocks (the allowance below).
//! - Runtime code called from Go runs on the goroutine's stack in the
//!   `stackGuard` headroom: it must use little stack. Anything big runs on
//!   the system stack (stubs.rs: systemstack).
//!
//! Go: src/runtime (the package as a whole).

#![no_std]
#![allow(non_camel_case_types, non_snake_case, non_upper_case_globals)]
#![allow(unsafe_op_in_unsafe_fn)]
#![allow(clippy::missing_safety_doc)]

pub mod abi;
pub mod alg;
pub mod asm_amd64;
pub mod defs_linux_amd64;
pub mod error;
pub mod malloc;
pub mod map;
pub mod mbarrier;
pub mod mbitmap;
pub mod mcache;
pub mod mcentral;
pub mod mem_linux;
pub mod mfixalloc;
pub mod mgcmark;
pub mod mheap;
pub mod msize;
pub mod mstats;
pub mod os_linux;
pub mod panic;
pub mod print;
pub mod proc;
pub mod rand;
pub mod rt0_linux_amd64;
pub mod runtime1;
pub mod runtime2;
pub mod signal_unix;
pub mod sizeclasses;
pub mod slice;
pub mod stack;
pub mod string;
pub mod stubs;
pub mod symtab;
pub mod sys_linux_amd64;
pub mod time;
pub mod traceback;
pub mod r#type;
pub mod utf8;

use core::arch::asm;

/// A Rust panic inside the runtime (a failed bounds check in Rust code,
/// say) is a runtime bug: report it like one.
#[panic_handler]
fn rust_panic(info: &core::panic::PanicInfo) -> ! {
    if let Some(loc) = info.location() {
        print!("runtime: Rust panic at ", loc.file(), ":", loc.line(), "\n");
    }
    print!("fatal error: runtime: Rust panic\n");
    sys_linux_amd64::exit(2)
}

// ---------------------------------------------------------------------------
// The memory functions that LLVM calls for copies, fills and comparisons
// (normally libc's). The copies and fills are single `rep movsb`/`rep stosb`
// instructions (fast on current CPUs), written in asm so that LLVM cannot
// recognize a loop here and turn it back into a call to the function itself.

#[unsafe(no_mangle)]
pub unsafe extern "C" fn memset(dst: *mut u8, c: i32, n: usize) -> *mut u8 {
    asm!("rep stosb", inout("rcx") n => _, inout("rdi") dst => _, in("al") c as u8, options(nostack, preserves_flags));
    dst
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn memcpy(dst: *mut u8, src: *const u8, n: usize) -> *mut u8 {
    asm!("rep movsb", inout("rcx") n => _, inout("rdi") dst => _, inout("rsi") src => _, options(nostack, preserves_flags));
    dst
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn memmove(dst: *mut u8, src: *const u8, n: usize) -> *mut u8 {
    if (dst as usize).wrapping_sub(src as usize) >= n {
        // dst is below src, or past its end: a forward copy never reads a
        // byte it has already overwritten.
        asm!("rep movsb", inout("rcx") n => _, inout("rdi") dst => _, inout("rsi") src => _, options(nostack, preserves_flags));
    } else if n > 0 {
        // dst overlaps the end of src: copy backwards.
        asm!(
            "std",
            "rep movsb",
            "cld",
            inout("rcx") n => _,
            inout("rdi") dst.add(n - 1) => _,
            inout("rsi") src.add(n - 1) => _,
            options(nostack),
        );
    }
    dst
}

/// Compares n bytes: negative, 0 or positive as a is below, equal to or
/// above b. Eight bytes at a time, then the first differing byte decides.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn memcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    let mut i = 0;
    while i + 8 <= n {
        let x = (a.add(i) as *const u64).read_unaligned();
        let y = (b.add(i) as *const u64).read_unaligned();
        if x != y {
            break;
        }
        i += 8;
    }
    while i < n {
        let (x, y) = (*a.add(i), *b.add(i));
        if x != y {
            return x as i32 - y as i32;
        }
        i += 1;
    }
    0
}

/// Like memcmp, but only equal (0) or not (non-zero) matters.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn bcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    memcmp(a, b, n)
}
