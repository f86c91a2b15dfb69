//! The per-P allocation cache: for every span class, the span that small
//! allocations on this P come from.
//!
//! Why per P, even though gocc runs one: the allocation fast path
//! (malloc.rs: nextFreeFast) touches only the P's own mcache, so with more
//! Ps it needs no lock and no atomic; only a refill goes to the shared
//! mcentral. The structure is gc's so that more Ps (and threads) can be
//! added without changing the allocator. Before the first P exists
//! (schedinit allocates the P itself), allocations use `mcache0`, which
//! procresize then hands to P 0, as in gc.
//!
//! Statistics live here too, the way gc counts them: an mcache does not
//! count objects one by one; when a span goes back to the mcentral
//! (`refill`, `releaseAll`) the objects allocated from it since it was cached
//! are added to the per-class counts (mstats.rs). ReadMemStats flushes every
//! mcache first, so its figures are exact.
//!
//! Invariant: `alloc[spc]` is a span of class spc, held by no mcentral list,
//! or the dummy `emptymspan` (no free slots), which makes the first
//! allocation of each class refill.
//!
//! Go: src/runtime/mcache.go.

use crate::mheap::{mheap, mheap_, mspan, numSpanClasses, spanClass};
use crate::mstats::memstats;
use crate::panic::throw;
use crate::runtime2::m;
use crate::sizeclasses::{pageMask, pageShift, pageSize};
use core::ptr::null_mut;

#[repr(C)]
pub struct mcache {
    /// The tiny allocator's current 16-byte block (0: none), and the
    /// offset of its first free byte (malloc.rs: mallocgcTiny).
    pub tiny: usize,
    pub tinyoffset: usize,
    /// Tiny allocations served from an existing block since the last
    /// flush (each is a malloc and, in gc's statistics, also a free).
    pub tinyAllocs: usize,
    /// The span to allocate from, per span class.
    pub alloc: [*mut mspan; numSpanClasses],
}

/// A span with no free slots, in every empty entry of `mcache.alloc`.
pub static mut emptymspan: mspan = mspan::new();

/// The mcache used while there is no P (bootstrap), then given to P 0.
pub static mut mcache0: *mut mcache = null_mut();

/// A new mcache, from the heap's fixalloc (outside the heap).
pub unsafe fn allocmcache() -> *mut mcache {
    let c = (*(&raw mut mheap_.cachealloc)).alloc() as *mut mcache;
    (*c).tiny = 0;
    (*c).tinyoffset = 0;
    (*c).tinyAllocs = 0;
    for i in 0..numSpanClasses {
        (*c).alloc[i] = &raw mut emptymspan;
    }
    c
}

/// The mcache of mp's P, or mcache0 while bootstrapping.
#[inline]
pub unsafe fn getMCache(mp: *mut m) -> *mut mcache {
    let pp = (*mp).p;
    if pp.is_null() { mcache0 } else { (*pp).mcache }
}

impl mcache {
    /// Replaces the full span of class spc with one that has a free
    /// object, from the mcentral.
    pub unsafe fn refill(&mut self, spc: spanClass) {
        // Return the current cached span to the central lists.
        let s = self.alloc[spc.0 as usize];
        if (*s).allocCount != (*s).nelems {
            throw("refill of span with free space remaining");
        }
        if s != &raw mut emptymspan {
            (*(&raw mut mheap_.central[spc.0 as usize])).uncacheSpan(s);
            // Count up how many slots were used and record it.
            let slotsUsed = (*s).allocCount as u64 - (*s).allocCountBeforeCache as u64;
            memstats.smallAllocCount[spc.sizeclass() as usize] += slotsUsed;
            (*s).allocCountBeforeCache = 0;
        }
        // Get a new cached span from the central lists.
        let s = (*(&raw mut mheap_.central[spc.0 as usize])).cacheSpan();
        if s.is_null() {
            throw("out of memory");
        }
        if (*s).allocCount == (*s).nelems {
            throw("span has no free space");
        }
        // Store the current alloc count for accounting later.
        (*s).allocCountBeforeCache = (*s).allocCount;
        self.alloc[spc.0 as usize] = s;
    }

    /// A span of its own for a large object of size bytes.
    pub unsafe fn allocLarge(&mut self, size: usize, noscan: bool) -> *mut mspan {
        if size.checked_add(pageSize).is_none() {
            throw("out of memory");
        }
        let mut npages = size >> pageShift;
        if size & pageMask != 0 {
            npages += 1;
        }
        let spc = spanClass::make(0, noscan);
        let s = mheap::alloc(&raw mut mheap_, npages, spc);
        if s.is_null() {
            throw("out of memory");
        }
        // Count the alloc in the statistics: large objects are counted at
        // once, by whole pages.
        memstats.largeAlloc += (npages * pageSize) as u64;
        memstats.largeAllocCount += 1;
        // Put the large span in the mcentral's full list, where the sweeper
        // will find it.
        (*(&raw mut mheap_.central[spc.0 as usize])).full.insert(s);
        // Adjust s.limit down to the object-containing part of the span.
        (*s).limit = (*s).base() + size;
        (*s).initHeapBits();
        s
    }

    /// Gives every cached span back to its mcentral, counting what was
    /// allocated from it, and drops the tiny block (ReadMemStats; gc also
    /// at every GC cycle).
    pub unsafe fn releaseAll(&mut self) {
        for i in 0..numSpanClasses {
            let s = self.alloc[i];
            if s != &raw mut emptymspan {
                let slotsUsed = (*s).allocCount as u64 - (*s).allocCountBeforeCache as u64;
                (*s).allocCountBeforeCache = 0;
                memstats.smallAllocCount[spanClass(i as u8).sizeclass() as usize] += slotsUsed;
                // Release the span to the mcentral.
                (*(&raw mut mheap_.central[i])).uncacheSpan(s);
                self.alloc[i] = &raw mut emptymspan;
            }
        }
        // Clear the tiny block: the next tiny allocation starts a new one.
        self.tiny = 0;
        self.tinyoffset = 0;
        // Flush tinyAllocs.
        memstats.tinyAllocCount += self.tinyAllocs as u64;
        self.tinyAllocs = 0;
    }
}
