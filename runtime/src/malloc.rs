//! Memory allocation: `new(T)`, `make`, string and slice data, and the
//! runtime's own objects (goroutines, Ps). gc's allocator, without its
//! collector.
//!
// ANCHOR: no_gc
//! THERE IS NO GARBAGE COLLECTOR YET: nothing is ever freed (MemStats.NumGC
//! stays 0, and HeapAlloc only grows). Everything the collector will need is
//! recorded from the start: every object's pointer words (mbitmap.rs), the
//! span of every heap page (mheap.rs), per-span allocation bitmaps.
// ANCHOR_END: no_gc
//!
//! How an allocation is served (gc's design, gc's names):
//!
//! ```text
//!  mallocgc(size, typ, needzero)
//!    size 0           → &zerobase
//!    size < 16, noscan → the tiny allocator: packed into the P's current
//!                       16-byte block (mcache.tiny), a new block when full
//!    size ≤ 32760     → size class (sizeclasses.rs), span class = class + noscan
//!      mcache.alloc[spc]  the P's span for that class: nextFreeFast, a few
//!        │                instructions (find a 1 in allocCache, bump freeindex)
//!        │ full?
//!      mcache.refill → mcentral.cacheSpan   a span with room (mcentral.rs)
//!        │ none?
//!      mcentral.grow → mheap.alloc          fresh pages (mheap.rs)
//!    larger           → mcache.allocLarge → mheap.alloc: a span of its own
//! ```
//!
//! Objects without pointers (`typ` null or `typ.ptr_bytes == 0`) go to
//! noscan spans; objects with pointers record their type: heap bits in the
//! span up to 512 bytes, a malloc header word up to 32 KiB, the span's
//! `largeType` above (mbitmap.rs). So a type with pointers above 512 bytes
//! takes 8 more bytes, exactly as in gc, and `roundupsize` (msize.rs), which
//! growslice uses for `cap()`, accounts for it.
//!
//! Memory is zero: fresh mmap pages are, and pages are never reused yet
//! (`mspan.needzero` is the hook for when they are). `needzero = 0` lets a
//! caller that overwrites the whole object (strings, growslice) skip the
//! clearing once memory is reused; objects with pointers are always zeroed.
//!
//! The tiny allocator packs pointer-free objects under 16 bytes (small
//! strings, `new(int32)`, escaping bytes and ints) into shared 16-byte
//! blocks: three 4-byte objects take 16 bytes instead of 24. The block is
//! one object to the heap (and, later, to the collector, which can free it
//! only when every object in it is dead, hence "pointer-free": a dead
//! object's pointers must not keep others alive). Statistics follow gc:
//! a new block counts as a 16-byte malloc; an object placed in an existing
//! block counts as a malloc and at once as a free (mstats.rs).
//! ReadMemStats drops each P's block, as gc's does.
//!
//! Not done, and why:
//! - gc's size-specialized malloc functions (one per size class, generated):
//!   speed for code volume; one path per kind of object is easier to read.
//! - Locks: one M, and the allocator never blocks or switches goroutines.
//!
//! Invariant: mallocgc uses little stack (it runs in the stackGuard
//! headroom of a goroutine); only its GOCCDEBUG=checkroots check switches to
//! the system stack.
//!
//! Go: src/runtime/malloc.go.

use crate::abi::Type;
use crate::mbitmap::{
    heapBitsInSpan, heapSetTypeLarge, heapSetTypeNoHeader, heapSetTypeSmallHeader, mallocHeaderSize, typePointers,
};
use crate::mcache::{allocmcache, getMCache, mcache, mcache0};
use crate::mem_linux::{sysAlloc, sysAllocHint, sysFree};
use crate::mheap::{arenaL2Bits, heapArena, heapArenaBytes, logHeapArenaBytes, mheap, mheap_, mspan, spanClass};
use crate::mstats::memstats;
use crate::panic::throw;
use crate::sizeclasses::{_TinySize, _TinySizeClass, class_to_size, maxSmallSize, sizeToClass};
use crate::stubs::{getfp, getg};

/// The largest allocation mallocgc will try (gc's maxAlloc on amd64: the
/// 48-bit address space); makeslice and growslice panic beyond it.
pub const maxAlloc: usize = 1 << 48;

/// The tiny allocator's block size, and the span class of its blocks.
const maxTinySize: usize = _TinySize;
const tinySpanClass: spanClass = spanClass::make(_TinySizeClass, true);

/// The address of every zero-byte allocation, as in gc.
#[unsafe(export_name = "runtime.zerobase")]
pub static mut zerobase: usize = 0;

/// Sets up the heap: called by schedinit before anything allocates.
pub unsafe fn mallocinit() {
    if crate::os_linux::physPageSize > crate::sizeclasses::pageSize {
        throw("mallocinit: the system page size is larger than the heap's page size");
    }
    (*(&raw mut mheap_)).init();
    mcache0 = allocmcache();
}

impl mheap {
    /// Maps at least n bytes of new arenas (whole, aligned arenas) and
    /// registers them in the arena index; returns their address and size,
    /// or None when the kernel refuses. The first try is the hint (gc's
    /// 0xc000000000 and up, so arenas are contiguous); else anywhere, over-
    /// mapped by one arena and trimmed to alignment. gc: `(*mheap).sysAlloc`.
    pub unsafe fn sysAlloc(h: *mut mheap, n: usize) -> Option<(usize, usize)> {
        let n = n.checked_next_multiple_of(heapArenaBytes)?;
        let hint = (*h).arenaHint;
        let mut v = 0;
        if hint.checked_add(n).is_some_and(|end| end <= 1 << (logHeapArenaBytes + arenaL2Bits)) {
            let p = sysAllocHint(hint, n) as usize;
            if p == hint {
                v = p;
            } else if p != 0 {
                sysFree(p as *mut u8, n);
            }
        }
        if v == 0 {
            let p = sysAllocHint(0, n.checked_add(heapArenaBytes)?) as usize;
            if p == 0 {
                return None;
            }
            v = p.next_multiple_of(heapArenaBytes);
            if v > p {
                sysFree(p as *mut u8, v - p);
            }
            if p + heapArenaBytes > v {
                sysFree((v + n) as *mut u8, p + heapArenaBytes - v);
            }
            if v + n > 1 << (logHeapArenaBytes + arenaL2Bits) {
                sysFree(v as *mut u8, n); // beyond the arena index
                return None;
            }
        }
        (*h).arenaHint = v + n;
        // Give every new arena its metadata.
        let mut a = v;
        while a < v + n {
            let ha = persistentalloc(size_of::<heapArena>(), 8, &raw mut memstats.gcMiscSys) as *mut heapArena;
            *(*h).arenas.add(a >> logHeapArenaBytes) = ha;
            a += heapArenaBytes;
        }
        Some((v, n))
    }
}

/// The next free object of span s if it is quickly available (in the
/// current 64-slot window of allocCache), else 0.
#[inline]
pub unsafe fn nextFreeFast(s: *mut mspan) -> usize {
    let theBit = (*s).allocCache.trailing_zeros() as u16; // Is there a free object in the allocCache?
    if theBit < 64 {
        let result = (*s).freeindex + theBit;
        if result < (*s).nelems {
            let freeidx = result + 1;
            if freeidx % 64 == 0 && freeidx != (*s).nelems {
                return 0;
            }
            (*s).allocCache >>= theBit + 1;
            (*s).freeindex = freeidx;
            (*s).allocCount += 1;
            return result as usize * (*s).elemsize + (*s).base();
        }
    }
    0
}

impl mcache {
    /// The next free object of class spc: from the cached span, or from a
    /// new one after a refill. Returns the object and its span.
    pub unsafe fn nextFree(&mut self, spc: spanClass) -> (usize, *mut mspan) {
        let mut s = self.alloc[spc.0 as usize];
        let mut freeIndex = (*s).nextFreeIndex();
        if freeIndex == (*s).nelems {
            // The span is full.
            if (*s).allocCount != (*s).nelems {
                crate::print!(
                    "runtime: s.allocCount= ",
                    (*s).allocCount as u32,
                    " s.nelems= ",
                    (*s).nelems as u32,
                    "\n"
                );
                throw("s.allocCount != s.nelems && freeIndex == s.nelems");
            }
            self.refill(spc);
            s = self.alloc[spc.0 as usize];
            freeIndex = (*s).nextFreeIndex();
        }
        if freeIndex >= (*s).nelems {
            throw("freeIndex is not valid");
        }
        let v = freeIndex as usize * (*s).elemsize + (*s).base();
        (*s).allocCount += 1;
        if (*s).allocCount > (*s).nelems {
            throw("s.allocCount > s.nelems");
        }
        (v, s)
    }
}

/// Allocates an object of `size` bytes. `typ` describes it (null: the
/// runtime's own pointer-free data); with `needzero = 0` the caller will
/// overwrite all of it. Objects of types with pointers are always zeroed.
#[unsafe(export_name = "runtime.mallocgc")]
pub unsafe extern "C" fn mallocgc(size: usize, typ: *const Type, needzero: u8) -> *mut u8 {
    // Short-circuit zero-sized allocation requests.
    if size == 0 {
        return &raw mut zerobase as *mut u8;
    }
    // Debug hooks (gc: debug.malloc).
    if crate::runtime1::debug.checkroots != 0 {
        crate::mgcmark::checkroots(getfp());
    }
    let x = if size <= maxSmallSize - mallocHeaderSize {
        if !typePointers(typ) {
            if size < maxTinySize { mallocgcTiny(size) } else { mallocgcSmallNoscan(size, needzero != 0) }
        } else {
            if needzero == 0 {
                throw("objects with pointers must be zeroed");
            }
            if heapBitsInSpan(size) { mallocgcSmallScanNoHeader(size, typ) } else { mallocgcSmallScanHeader(size, typ) }
        }
    } else {
        mallocgcLarge(size, typ, needzero != 0)
    };
    x as *mut u8
}

/// A pointer-free object under 16 bytes: placed in the P's current tiny
/// block if it fits (aligned to its size's natural alignment), else at the
/// start of a fresh 16-byte block, which becomes the current one if it
/// has more room left than the old one.
unsafe fn mallocgcTiny(size: usize) -> usize {
    let c = getMCache((*getg()).m);
    let mut off = (*c).tinyoffset;
    // Align the tiny pointer for the object's (conservative) alignment.
    if size & 7 == 0 {
        off = off.next_multiple_of(8);
    } else if size & 3 == 0 {
        off = off.next_multiple_of(4);
    } else if size & 1 == 0 {
        off = off.next_multiple_of(2);
    }
    if off + size <= maxTinySize && (*c).tiny != 0 {
        // The object fits into the existing tiny block.
        let x = (*c).tiny + off;
        (*c).tinyoffset = off + size;
        (*c).tinyAllocs += 1;
        return x;
    }
    // Allocate a new maxTinySize block.
    let span = (*c).alloc[tinySpanClass.0 as usize];
    let mut v = nextFreeFast(span);
    if v == 0 {
        (v, _) = (*c).nextFree(tinySpanClass);
    }
    // Always zero: later objects in the block rely on it.
    core::ptr::write_bytes(v as *mut u8, 0, maxTinySize);
    // Keep whichever block has more room left.
    if size < (*c).tinyoffset || (*c).tiny == 0 {
        (*c).tiny = v;
        (*c).tinyoffset = size;
    }
    v
}

/// A small object without pointers.
unsafe fn mallocgcSmallNoscan(size: usize, needzero: bool) -> usize {
    let c = getMCache((*getg()).m);
    let sizeclass = sizeToClass(size);
    let size = class_to_size[sizeclass as usize] as usize;
    let spc = spanClass::make(sizeclass, true);
    let mut span = (*c).alloc[spc.0 as usize];
    let mut v = nextFreeFast(span);
    if v == 0 {
        (v, span) = (*c).nextFree(spc);
    }
    if needzero && (*span).needzero != 0 {
        memclrNoHeapPointers(v as *mut u8, size);
    }
    v
}

/// A small object with pointers whose heap bits live in its span (≤ 512 bytes).
unsafe fn mallocgcSmallScanNoHeader(size: usize, typ: *const Type) -> usize {
    let c = getMCache((*getg()).m);
    let sizeclass = sizeToClass(size);
    let spc = spanClass::make(sizeclass, false);
    let mut span = (*c).alloc[spc.0 as usize];
    let mut v = nextFreeFast(span);
    if v == 0 {
        (v, span) = (*c).nextFree(spc);
    }
    if (*span).needzero != 0 {
        memclrNoHeapPointers(v as *mut u8, size);
    }
    // The 8-byte class is all pointers: initHeapBits set its bits already.
    if sizeclass != 1 {
        heapSetTypeNoHeader(v, size, typ, span);
    }
    v
}

/// A small object with pointers above 512 bytes: its type goes in a malloc
/// header, the slot's first word, and the object follows.
unsafe fn mallocgcSmallScanHeader(size: usize, typ: *const Type) -> usize {
    let c = getMCache((*getg()).m);
    let size = size + mallocHeaderSize;
    let sizeclass = sizeToClass(size);
    let size = class_to_size[sizeclass as usize] as usize;
    let spc = spanClass::make(sizeclass, false);
    let mut span = (*c).alloc[spc.0 as usize];
    let mut v = nextFreeFast(span);
    if v == 0 {
        (v, span) = (*c).nextFree(spc);
    }
    if (*span).needzero != 0 {
        memclrNoHeapPointers(v as *mut u8, size);
    }
    heapSetTypeSmallHeader(v as *mut *const Type, typ);
    v + mallocHeaderSize
}

/// A large object, on a span of its own.
unsafe fn mallocgcLarge(size: usize, typ: *const Type, needzero: bool) -> usize {
    let c = getMCache((*getg()).m);
    let span = (*c).allocLarge(size, !typePointers(typ));
    (*span).freeindex = 1;
    (*span).allocCount = 1;
    let x = (*span).base();
    if needzero && (*span).needzero != 0 {
        memclrNoHeapPointers(x as *mut u8, (*span).elemsize);
    }
    if typePointers(typ) {
        heapSetTypeLarge(typ, span);
    }
    x
}

// ANCHOR: newobject
/// The implementation of the `new` builtin: a zeroed object of type typ.
#[unsafe(export_name = "runtime.newobject")]
pub unsafe extern "C" fn newobject(typ: *const Type) -> *mut u8 {
    mallocgc((*typ).size, typ, 1)
}
// ANCHOR_END: newobject

/// Allocates a zeroed T for the runtime itself (gc: `new(T)` in runtime
/// code). It has no type descriptor, so it is noscan: the runtime keeps
/// such objects reachable from its own globals (allgs, allp).
pub unsafe fn new<T>() -> *mut T {
    const { assert!(core::mem::align_of::<T>() <= 16) };
    mallocgc(core::mem::size_of::<T>(), core::ptr::null(), 1) as *mut T
}

/// Clears n bytes at ptr, which holds no heap pointers the collector could
/// be scanning (gc's is assembly; here `write_bytes`, a `rep stosb`).
#[unsafe(export_name = "runtime.memclrNoHeapPointers")]
pub unsafe extern "C" fn memclrNoHeapPointers(ptr: *mut u8, n: usize) {
    core::ptr::write_bytes(ptr, 0, n);
}

// ---------------------------------------------------------------------------
// Memory for the runtime's own metadata, outside the heap.

/// Bytes mapped at a time for persistentalloc, gc's.
const persistentChunkSize: usize = 256 << 10;
/// Requests this big get a mapping of their own.
const maxBlock: usize = 64 << 10;

struct persistentAlloc {
    base: usize,
    off: usize,
}

static mut globalAlloc: persistentAlloc = persistentAlloc { base: 0, off: 0 };

/// Allocates zeroed memory that is never freed, for the heap's metadata
/// (spans, mcaches, heapArenas, allocation bitmaps), and charges it to
/// `*sysStat` (an mstats field). Chunks are charged to other_sys until
/// handed out, as in gc.
pub unsafe fn persistentalloc(size: usize, align: usize, sysStat: *mut u64) -> *mut u8 {
    if align & (align - 1) != 0 || align > 4096 {
        throw("persistentalloc: align is not a power of 2 or too large");
    }
    if size >= maxBlock {
        let p = sysAlloc(size, false);
        if p.is_null() {
            throw("runtime: cannot allocate memory");
        }
        *sysStat += size as u64;
        return p;
    }
    let a = &raw mut globalAlloc;
    (*a).off = (*a).off.next_multiple_of(align);
    if (*a).base == 0 || (*a).off + size > persistentChunkSize {
        let p = sysAlloc(persistentChunkSize, false);
        if p.is_null() {
            throw("runtime: cannot allocate memory");
        }
        memstats.other_sys += persistentChunkSize as u64;
        (*a).base = p as usize;
        (*a).off = 0;
    }
    let p = ((*a).base + (*a).off) as *mut u8;
    (*a).off += size;
    if sysStat != &raw mut memstats.other_sys {
        *sysStat += size as u64;
        memstats.other_sys -= size as u64;
    }
    p
}
