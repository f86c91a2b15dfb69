//! Central span lists: per span class, the spans that have free objects
//! (`partial`) and those that are full (`full`). An mcache (mcache.rs) that
//! has used up its span for a class returns it here and takes another
//! (`uncacheSpan`, `cacheSpan`); when there is none with room, a fresh span
//! comes from the heap (`grow`).
//!
//! Why a central level at all with one P: it is where spans wait between
//! owners. ReadMemStats flushes the mcache (its spans go back here,
//! partially used) and the next allocation takes the same span again; with
//! several Ps, spans move between caches through these lists, and the
//! sweeper will put spans with freed objects back on `partial`.
//!
//! gc keeps two generations of each list (swept and unswept, trading roles
//! every GC cycle) in lock-free `spanSet`s; without a sweeper and with one
//! thread, one generation in doubly linked lists does the same job.
//!
//! Invariant: a span is on at most one list, and on none while an mcache
//! holds it. Spans on `partial` have `allocCount < nelems`.
//!
//! Go: src/runtime/mcentral.go.

use crate::mheap::{mSpanList, mheap, mheap_, mspan, spanClass};
use crate::panic::throw;
use crate::sizeclasses::class_to_allocnpages;
use core::ptr::null_mut;

pub struct mcentral {
    pub spanclass: spanClass,
    /// Spans with a free object.
    pub partial: mSpanList,
    /// Spans with no free object.
    pub full: mSpanList,
}

impl mcentral {
    pub const fn new() -> mcentral {
        mcentral { spanclass: spanClass(0), partial: mSpanList::new(), full: mSpanList::new() }
    }

    pub fn init(&mut self, spc: spanClass) {
        self.spanclass = spc;
    }

    /// A span with at least one free object, for an mcache; null when the
    /// heap cannot grow.
    pub unsafe fn cacheSpan(&mut self) -> *mut mspan {
        let mut s = self.partial.first;
        if !s.is_null() {
            self.partial.remove(s);
        } else {
            s = self.grow();
            if s.is_null() {
                return null_mut();
            }
        }
        // At this point s is a span that should have free slots.
        let n = (*s).nelems as i32 - (*s).allocCount as i32;
        if n == 0 || (*s).freeindex == (*s).nelems || (*s).allocCount == (*s).nelems {
            throw("span has no free objects");
        }
        let freeByteBase = (*s).freeindex & !(64 - 1);
        let whichByte = freeByteBase / 8;
        // Init alloc bits cache.
        (*s).refillAllocCache(whichByte);
        // Adjust the allocCache so that s.freeindex corresponds to the low
        // bit in s.allocCache.
        (*s).allocCache >>= (*s).freeindex % 64;
        s
    }

    /// Takes back a span from an mcache.
    pub unsafe fn uncacheSpan(&mut self, s: *mut mspan) {
        if (*s).allocCount == 0 {
            throw("uncaching span but s.allocCount == 0");
        }
        if (*s).nelems > (*s).allocCount {
            self.partial.insert(s);
        } else {
            self.full.insert(s);
        }
    }

    /// A new empty span from the heap, for this class.
    unsafe fn grow(&mut self) -> *mut mspan {
        let npages = class_to_allocnpages[self.spanclass.sizeclass() as usize] as usize;
        let s = mheap::alloc(&raw mut mheap_, npages, self.spanclass);
        if s.is_null() {
            return null_mut();
        }
        (*s).initHeapBits();
        s
    }
}
