//! The page heap: arenas of address space, the pages they are cut into, and
//! spans, the runs of pages that hold objects.
//!
//! THERE IS NO COLLECTOR YET: pages are handed out once and never freed.
//! Everything here is shaped so that gc's sweeper and scavenger can be added
//! without reshaping it: span states, the span map, the per-span allocation
//! bitmap, the per-class central lists.
//!
//! Design (gc's):
//! - The heap's address space comes in **arenas** of 64 MiB
//!   (`heapArenaBytes`), 64 MiB-aligned, mapped from the first address gc
//!   uses, `0xc000000000`, upwards. Each arena has a `heapArena` record whose
//!   `spans` array maps every 8 KiB page to the span holding it; the
//!   `arenas` index maps an address to its arena in one shift. So `spanOf(p)`
//!   is two loads, whatever p is: that is what the collector (and
//!   checkroots, mgcmark.rs) use to tell heap pointers from others.
//! - The heap **grows** into the current arena 4 MiB at a time
//!   (`pallocChunkPages`), as gc's `mheap.grow` does; grown but unused pages
//!   are idle ("released": never touched, so the kernel has backed none of
//!   them). HeapSys counts what has been grown, not the whole arena.
//! - A **span** (`mspan`) is a run of pages with one span class: a size class
//!   and whether its objects may hold pointers (`noscan`). Small objects
//!   share a span of their class; each large object (> 32 KiB) has a span of
//!   its own (class 0).
//!
//! gocc's page allocator is one range of free pages, `[pages.base,
//! pages.end)`, handed out in address order, because nothing is ever freed.
//! gc's is a radix tree of bitmaps (`pageAlloc`) that finds free runs among
//! freed pages; it comes with the collector. If the kernel will not map the
//! next arena right after the current one (it always does in practice), the
//! rest of the current one is abandoned: still counted as idle, never used.
//!
//! Rejected: mapping every span with its own mmap (a system call per span,
//! and no span map); a hash table from page to span (gc's arena index is
//! simpler and faster).
//!
//! Invariants:
//! - Every page of an in-use span maps to that span in its arena's `spans`.
//! - `pages.end == curArena.base`: the free pages are the grown part of the
//!   current arena that no span has taken yet.
//! - Spans and their metadata live outside the heap (mfixalloc.rs,
//!   persistentalloc), as in gc: the collector must never see them.
//!
//! Go: src/runtime/mheap.go (mheap, mspan, spanClass, heapArena, allocSpan,
//! grow, spanOf), src/runtime/malloc.go (arena layout constants).

use crate::abi::Type;
use crate::mcentral::mcentral;
use crate::mfixalloc::fixalloc;
use crate::mstats::memstats;
use crate::sizeclasses::{class_to_divmagic, class_to_size, numSizeClasses, pageShift, pageSize};
use core::ptr::null_mut;

/// Bytes of address space per arena: 64 MiB, gc's value on linux/amd64.
pub const logHeapArenaBytes: usize = 26;
pub const heapArenaBytes: usize = 1 << logHeapArenaBytes;
/// Pages per arena: 8192.
pub const pagesPerArena: usize = heapArenaBytes / pageSize;
/// User addresses on linux/amd64 are below 2^47, so the arena index has
/// 2^21 entries (gc's has 2^22, to cover kernel-half addresses too).
pub const heapAddrBits: usize = 47;
pub const arenaL2Bits: usize = heapAddrBits - logHeapArenaBytes;
/// The heap grows 512 pages (4 MiB) at a time: gc's `pallocChunkPages`.
pub const pallocChunkPages: usize = 512;

/// A span class: size class << 1 | noscan. Objects without pointers live
/// in spans of their own (noscan), so the collector can skip them whole
/// and no heap bits are kept for them.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct spanClass(pub u8);

/// Two span classes per size class.
pub const numSpanClasses: usize = numSizeClasses << 1;

impl spanClass {
    pub const fn make(sizeclass: u8, noscan: bool) -> spanClass {
        spanClass((sizeclass << 1) | noscan as u8)
    }
    pub const fn sizeclass(self) -> u8 {
        self.0 >> 1
    }
    pub const fn noscan(self) -> bool {
        self.0 & 1 != 0
    }
}

/// Span states. gc also has `mSpanManual` (stacks, which gocc maps itself).
pub const mSpanDead: u8 = 0;
pub const mSpanInUse: u8 = 1;

/// A run of pages. For a small-object span: `nelems` objects of `elemsize`
/// bytes from `startAddr`, the free ones found through `allocBits`,
/// `freeindex` and `allocCache`; for a large object: one object.
#[repr(C)]
pub struct mspan {
    /// Links in an mSpanList (an mcentral's partial or full list).
    pub next: *mut mspan,
    pub prev: *mut mspan,
    /// Address of the first byte: `s.base()`.
    pub startAddr: usize,
    pub npages: usize,
    /// Slot index where the search for a free object starts: every object
    /// below it is allocated. gc's invariant, kept here:
    /// `freeindex <= nelems`, and slots `>= freeindex` are free iff their
    /// allocBits bit is 0.
    pub freeindex: u16,
    pub nelems: u16,
    /// `!allocBits` for the 64 slots starting at `freeindex` (rounded down
    /// to a multiple of 64), shifted so that bit 0 is `freeindex`: a set bit
    /// is a free slot, found with one trailing-zeros count.
    pub allocCache: u64,
    /// One bit per slot, 1 = allocated when the span was last swept. Until
    /// there is a sweeper it stays all zeros: every slot past freeindex is free.
    pub allocBits: *mut u8,
    /// Number of allocated objects.
    pub allocCount: u16,
    /// allocCount when an mcache took the span: the difference is what the
    /// mcache allocated (mstats.rs counts it when the span goes back).
    pub allocCountBeforeCache: u16,
    pub spanclass: spanClass,
    pub state: u8,
    /// Whether the span's memory must be cleared before use. Pages are never
    /// reused yet, so they are always fresh from mmap (zero): always 0.
    pub needzero: u8,
    /// class_to_divmagic of the class, for `objIndex`.
    pub divMul: u32,
    /// Object size: the class's size, or the whole span for a large object.
    pub elemsize: usize,
    /// End of the objects (`base + nelems*elemsize`; `base + size` for a
    /// large object).
    pub limit: usize,
    /// For a large object with pointers: its type (the collector's "malloc
    /// header" for objects that have a span of their own).
    pub largeType: *const Type,
}

impl mspan {
    pub const fn new() -> mspan {
        mspan {
            next: null_mut(),
            prev: null_mut(),
            startAddr: 0,
            npages: 0,
            freeindex: 0,
            nelems: 0,
            allocCache: 0,
            allocBits: null_mut(),
            allocCount: 0,
            allocCountBeforeCache: 0,
            spanclass: spanClass(0),
            state: mSpanDead,
            needzero: 0,
            divMul: 0,
            elemsize: 0,
            limit: 0,
            largeType: core::ptr::null(),
        }
    }

    #[inline]
    pub fn base(&self) -> usize {
        self.startAddr
    }

    /// The slot index of the object containing p (p inside the span).
    #[inline]
    pub fn objIndex(&self, p: usize) -> usize {
        let off = p - self.base();
        if self.spanclass.sizeclass() == 0 { 0 } else { ((off as u64 * self.divMul as u64) >> 32) as usize }
    }
}

/// A doubly linked list of spans (gc's mSpanList). gc's mcentrals now use
/// `spanSet`, a lock-free stack for many threads; with one thread a list is
/// enough and easier to read.
pub struct mSpanList {
    pub first: *mut mspan,
    pub last: *mut mspan,
}

impl mSpanList {
    pub const fn new() -> mSpanList {
        mSpanList { first: null_mut(), last: null_mut() }
    }

    pub fn isEmpty(&self) -> bool {
        self.first.is_null()
    }

    /// Adds s at the front.
    pub unsafe fn insert(&mut self, s: *mut mspan) {
        (*s).prev = null_mut();
        (*s).next = self.first;
        if self.first.is_null() {
            self.last = s;
        } else {
            (*self.first).prev = s;
        }
        self.first = s;
    }

    /// Unlinks s, which must be on this list.
    pub unsafe fn remove(&mut self, s: *mut mspan) {
        if (*s).prev.is_null() {
            self.first = (*s).next;
        } else {
            (*(*s).prev).next = (*s).next;
        }
        if (*s).next.is_null() {
            self.last = (*s).prev;
        } else {
            (*(*s).next).prev = (*s).prev;
        }
        (*s).next = null_mut();
        (*s).prev = null_mut();
    }
}

/// Per-arena metadata, outside the heap: the span of every page. gc keeps
/// more here (page-in-use and mark bitmaps for the sweeper).
#[repr(C)]
pub struct heapArena {
    pub spans: [*mut mspan; pagesPerArena],
}

/// A range of addresses `[base, end)`.
#[derive(Clone, Copy)]
pub struct addrRange {
    pub base: usize,
    pub end: usize,
}

/// The heap.
pub struct mheap {
    /// Arena index → its heapArena, or null for address space that is not
    /// heap: `arenas[p >> logHeapArenaBytes]`. 2^21 entries mapped at start
    /// (16 MiB of address space, of which only the touched pages cost memory).
    pub arenas: *mut *mut heapArena,
    /// Where to ask the kernel for the next arena: gc's first hint is
    /// 0x00c000000000, which is why Go heap pointers look like 0xc000012345.
    pub arenaHint: usize,
    /// The part of the current arena the heap has not grown into yet.
    pub curArena: addrRange,
    /// Grown pages not yet in any span (gocc's page allocator).
    pub pages: addrRange,
    /// The central lists, one per span class.
    pub central: [mcentral; numSpanClasses],
    /// Allocators for spans and mcaches (outside the heap).
    pub spanalloc: fixalloc,
    pub cachealloc: fixalloc,
    /// Pages in in-use spans.
    pub pagesInUse: usize,
}

pub static mut mheap_: mheap = mheap {
    arenas: null_mut(),
    arenaHint: 0,
    curArena: addrRange { base: 0, end: 0 },
    pages: addrRange { base: 0, end: 0 },
    central: [const { mcentral::new() }; numSpanClasses],
    spanalloc: fixalloc::new(),
    cachealloc: fixalloc::new(),
    pagesInUse: 0,
};

impl mheap {
    /// Initializes the heap (from mallocinit): the central lists, the
    /// fixallocs' statistics, the arena index.
    pub unsafe fn init(&mut self) {
        self.spanalloc.init(size_of::<mspan>(), &raw mut memstats.mspan_sys);
        self.cachealloc.init(size_of::<crate::mcache::mcache>(), &raw mut memstats.mcache_sys);
        for i in 0..numSpanClasses {
            self.central[i].init(spanClass(i as u8));
        }
        let n = (1usize << arenaL2Bits) * size_of::<*mut heapArena>();
        self.arenas = crate::mem_linux::sysAlloc(n, true) as *mut *mut heapArena;
        if self.arenas.is_null() {
            crate::panic::throw("runtime: cannot allocate the heap arena index");
        }
        self.arenaHint = 0x00c0_0000_0000;
    }

    /// Allocates a new span of npages pages of class spanclass (gc runs this
    /// on the system stack; it uses little stack in gocc). Returns null when
    /// the kernel refuses more memory.
    ///
    /// The heap's functions take `h: *mut mheap` rather than `&mut self`:
    /// they run while an mcentral inside the heap is borrowed (mcentral.rs:
    /// grow), and they never touch the central lists.
    pub unsafe fn alloc(h: *mut mheap, npages: usize, spanclass: spanClass) -> *mut mspan {
        mheap::allocSpan(h, npages, spanclass)
    }

    unsafe fn allocSpan(h: *mut mheap, npages: usize, spanclass: spanClass) -> *mut mspan {
        let nbytes = npages * pageSize;
        if (*h).pages.end - (*h).pages.base < nbytes && !mheap::grow(h, npages) {
            return null_mut();
        }
        let base = (*h).pages.base;
        (*h).pages.base += nbytes;
        let s = (*h).spanalloc.alloc() as *mut mspan;
        mheap::initSpan(h, s, spanclass, base, npages);
        // The pages go from idle (never touched: "released") to in use.
        memstats.heapReleased -= nbytes as u64;
        memstats.heapInUse += nbytes as u64;
        s
    }

    /// Fills in a new span and publishes it in the span map.
    unsafe fn initSpan(h: *mut mheap, s: *mut mspan, spanclass: spanClass, base: usize, npages: usize) {
        *s = mspan::new();
        (*s).startAddr = base;
        (*s).npages = npages;
        (*s).spanclass = spanclass;
        (*s).needzero = 0; // fresh pages: see mspan.needzero
        let nbytes = npages * pageSize;
        let sizeclass = spanclass.sizeclass();
        if sizeclass == 0 {
            (*s).elemsize = nbytes;
            (*s).nelems = 1;
        } else {
            let elemsize = class_to_size[sizeclass as usize] as usize;
            (*s).elemsize = elemsize;
            if !spanclass.noscan() && crate::mbitmap::heapBitsInSpan(elemsize) {
                // Reserve space for the pointer/scan bitmap at the end.
                (*s).nelems = ((nbytes - nbytes / 8 / 8) / elemsize) as u16;
            } else {
                (*s).nelems = (nbytes / elemsize) as u16;
            }
            (*s).divMul = class_to_divmagic[sizeclass as usize];
        }
        // Initialize the allocation structures: everything free.
        (*s).freeindex = 0;
        (*s).allocCache = !0;
        (*s).allocBits = newAllocBits((*s).nelems as usize);
        (*s).limit = base + (*s).elemsize * (*s).nelems as usize;
        (*s).state = mSpanInUse;
        mheap::setSpans(h, base, npages, s);
        (*h).pagesInUse += npages;
    }

    /// Records s as the span of the npages pages from base.
    unsafe fn setSpans(h: *mut mheap, base: usize, npages: usize, s: *mut mspan) {
        let mut p = base >> pageShift;
        for _ in 0..npages {
            let ha = *(*h).arenas.add(p >> (logHeapArenaBytes - pageShift));
            (*ha).spans[p % pagesPerArena] = s;
            p += 1;
        }
    }

    /// Adds at least npage pages to the free pages, in whole 4 MiB chunks,
    /// mapping a new arena if the current one is used up. Returns false
    /// (after gc's report) when the kernel refuses.
    unsafe fn grow(h: *mut mheap, npage: usize) -> bool {
        // An absurd request (a size near 2^64) fails like any other too big.
        let ask = match npage.checked_next_multiple_of(pallocChunkPages).and_then(|n| n.checked_mul(pageSize)) {
            Some(ask) => ask,
            None => usize::MAX,
        };
        if (*h).curArena.end - (*h).curArena.base < ask {
            // Not enough room in the current arena: map more.
            let Some((av, asize)) = mheap::sysAlloc(h, ask) else {
                let inUse = memstats.heapInUse + memstats.heapReleased;
                crate::print!("runtime: out of memory: cannot allocate ", ask, "-byte block (", inUse, " in use)\n");
                return false;
            };
            if av == (*h).curArena.end {
                // Contiguous with the current arena: extend it.
                (*h).curArena.end = av + asize;
            } else {
                // Discontiguous: switch to the new space. What remains of
                // the old (free pages, ungrown tail) is abandoned.
                (*h).curArena = addrRange { base: av, end: av + asize };
                (*h).pages = addrRange { base: av, end: av };
            }
        }
        // Grow into the current arena. The new pages are idle: counted in
        // HeapSys and HeapReleased until a span takes them.
        let v = (*h).curArena.base;
        (*h).curArena.base = v + ask;
        (*h).pages.end = v + ask;
        memstats.heapReleased += ask as u64;
        true
    }
}

/// The span containing p, or null if p is not in a heap arena or its page
/// is in no span. The span may not contain p as an object: see spanOfHeap.
pub unsafe fn spanOf(p: usize) -> *mut mspan {
    let ri = p >> logHeapArenaBytes;
    if ri >= 1 << arenaL2Bits || mheap_.arenas.is_null() {
        return null_mut();
    }
    let ha = *mheap_.arenas.add(ri);
    if ha.is_null() {
        return null_mut();
    }
    (*ha).spans[(p / pageSize) % pagesPerArena]
}

/// Like spanOf, but null unless p points into the objects of an in-use
/// span: `[s.base(), s.limit)`.
pub unsafe fn spanOfHeap(p: usize) -> *mut mspan {
    let s = spanOf(p);
    if s.is_null() || (*s).state != mSpanInUse || p < (*s).base() || p >= (*s).limit {
        return null_mut();
    }
    s
}

/// A zeroed allocation bitmap for a span of nelems objects, rounded up to
/// whole 64-bit words (refillAllocCache reads 8 bytes at a time). gc
/// allocates these from arenas that are recycled every GC cycle, since the
/// sweeper makes each cycle's mark bits the next cycle's alloc bits; until
/// then they are plain metadata, charged to GCSys.
pub unsafe fn newAllocBits(nelems: usize) -> *mut u8 {
    crate::malloc::persistentalloc(nelems.div_ceil(64) * 8, 8, &raw mut memstats.gcMiscSys)
}
