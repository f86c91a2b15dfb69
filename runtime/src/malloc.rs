//! Memory allocation: `new(T)`, `make`, string and slice data, and the
//! runtime's own objects (goroutines, Ps).
//!
//! FOR NOW THIS IS A BUMP ALLOCATOR WITHOUT A COLLECTOR. Memory comes from
//! the OS in 64 MiB arenas (gc's heapArenaBytes on linux/amd64); small
//! objects are carved from the current arena by bumping a pointer; objects
//! larger than 32 KiB (gc's maxSmallSize) get their own mapping, so a big
//! allocation never wastes the rest of an arena. Nothing is ever freed.
//! gc's size-class allocator (mcache → mcentral → mheap, spans, size
//! classes) and its garbage collector come in a later issue; the names here
//! (mallocgc, newobject, mheap_, curArena) are gc's so that they can grow in
//! place.
//!
//! Objects are 8-byte aligned, and 16-byte aligned from 16 bytes up (gc's
//! size classes give the same guarantee). Memory is always zero: fresh
//! mappings are zeroed by the kernel and nothing is reused, so `needzero`
//! needs no work yet.
//!
//! Rejected: a free-list allocator now. Without a collector nothing is ever
//! freed, so free lists would be code that never runs.
//!
//! Invariant: `mheap_.curArena` is `[base, end)`, the unused tail of the
//! current arena; base only grows.
//!
//! Go: src/runtime/malloc.go, src/runtime/mheap.go.

use crate::abi::Type;
use crate::mem_linux::sysAlloc;
use crate::os_linux::physPageSize;

/// Bytes of address space mapped at a time for small objects.
const heapArenaBytes: usize = 64 << 20;

/// Objects larger than this get a mapping of their own.
const maxSmallSize: usize = 32 << 10;

/// The heap.
struct mheap {
    /// The unused part of the current arena.
    curArena: arenaRange,
    /// Bytes handed out so far (for the out-of-memory report).
    inUse: usize,
}

struct arenaRange {
    base: usize,
    end: usize,
}

static mut mheap_: mheap = mheap { curArena: arenaRange { base: 0, end: 0 }, inUse: 0 };

/// The address of every zero-byte allocation, as in gc.
static mut zerobase: usize = 0;

/// Allocates an object of `size` bytes. `typ` (possibly null) describes it
/// for the future collector; `needzero` says whether the caller needs zeroed
/// memory (always provided for now). Runs on any stack: it uses little.
#[unsafe(export_name = "runtime.mallocgc")]
pub unsafe extern "C" fn mallocgc(size: usize, typ: *const Type, needzero: u8) -> *mut u8 {
    let _ = (typ, needzero);
    if size == 0 {
        return &raw mut zerobase as *mut u8;
    }
    if size > maxSmallSize {
        return largeAlloc(size);
    }
    let align = if size >= 16 { 16 } else { 8 };
    let h = &raw mut mheap_;
    let mut p = ((*h).curArena.base + align - 1) & !(align - 1);
    if p + size > (*h).curArena.end {
        // The arena is used up: map a new one. The old one's tail is lost.
        let base = sysAlloc(heapArenaBytes, false);
        if base.is_null() {
            outOfMemory(heapArenaBytes);
        }
        (*h).curArena = arenaRange { base: base as usize, end: base as usize + heapArenaBytes };
        p = base as usize;
    }
    (*h).curArena.base = p + size;
    (*h).inUse += size;
    p as *mut u8
}

/// Allocates a large object in a mapping of its own (whole pages).
unsafe fn largeAlloc(size: usize) -> *mut u8 {
    let n = match size.checked_add(physPageSize - 1) {
        Some(n) => n & !(physPageSize - 1),
        None => outOfMemory(size),
    };
    let p = sysAlloc(n, false);
    if p.is_null() {
        outOfMemory(size);
    }
    mheap_.inUse += n;
    p
}

fn outOfMemory(size: usize) -> ! {
    let inUse = unsafe { mheap_.inUse };
    crate::print!("runtime: out of memory: cannot allocate ", size, "-byte block (", inUse, " in use)\n");
    crate::panic::throw("out of memory")
}

/// The implementation of the `new` builtin: a zeroed object of type typ.
#[unsafe(export_name = "runtime.newobject")]
pub unsafe extern "C" fn newobject(typ: *const Type) -> *mut u8 {
    mallocgc((*typ).size, typ, 1)
}

/// Allocates a zeroed T for the runtime itself (gc: `new(T)` in runtime code).
pub unsafe fn new<T>() -> *mut T {
    const { assert!(core::mem::align_of::<T>() <= 16) };
    mallocgc(core::mem::size_of::<T>(), core::ptr::null(), 1) as *mut T
}
