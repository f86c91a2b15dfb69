//! Memory statistics: the allocator's counters, and `runtime.ReadMemStats`,
//! which reports them in gc's `runtime.MemStats` (abi.rs: MemStats).
//!
//! The figures are real, counted as gc counts them:
//! - Mallocs, TotalAlloc: each small object counts its size class's size
//!   (an mcache adds up a span's objects when it gives the span back, so
//!   ReadMemStats flushes the mcaches first), each large object its whole
//!   pages. BySize has the per-class counts, for classes 0..60 as gc's.
//! - HeapAlloc = Alloc = TotalAlloc - freed bytes; HeapObjects = Mallocs -
//!   Frees. Nothing is freed: THERE IS NO COLLECTOR YET, so no bytes are
//!   freed, NumGC = 0, PauseNs are zeros, NextGC = 0 (no cycle will ever
//!   start) and EnableGC = false (gc always reports true, having a
//!   collector). Frees counts only what gc counts without a cycle: every
//!   tiny allocation that shared a 16-byte block (malloc.rs) is one malloc
//!   and one free, because gc tracks blocks, not the objects inside them.
//! - HeapSys: the part of the arenas the heap has grown into (4 MiB at a
//!   time); HeapInuse: pages in spans; HeapIdle = HeapReleased: grown pages
//!   no span has used yet (never touched, so the kernel backs none).
//! - StackInuse: the goroutines' stacks (gocc's are a fixed 1 GB of
//!   address space each, MAP_NORESERVE: stack.rs); StackSys adds the guard
//!   region below each. MSpanSys/MCacheSys/GCSys/OtherSys: the runtime's
//!   metadata outside the heap (spans, mcaches, arena maps and allocation
//!   bitmaps, the rest of persistentalloc's chunks). Sys is their sum: the
//!   address space gocc has obtained from the kernel, as in gc.
//!
//! Lookups and BuckHashSys are 0, as in gc today.
//!
//! gc's heap counters are sharded per P and read consistently under a
//! stopped world (`consistentHeapStats`); with one thread they are plain
//! fields.
//!
//! Go: src/runtime/mstats.go.

use crate::abi::MemStats;
use crate::mheap::mheap_;
use crate::runtime2::{allgs, allp, gomaxprocs, m0};
use crate::sizeclasses::{class_to_size, numSizeClasses};

pub struct mstats {
    /// Bytes in in-use spans (gc: gcController.heapInUse).
    pub heapInUse: u64,
    /// Bytes the heap has grown into but no span uses: idle, and never
    /// touched (gc: gcController.heapReleased).
    pub heapReleased: u64,
    /// Large objects: bytes (whole pages) and count.
    pub largeAlloc: u64,
    pub largeAllocCount: u64,
    /// Small objects allocated, per size class (flushed from the mcaches).
    pub smallAllocCount: [u64; numSizeClasses],
    /// Tiny allocations that fit in an existing block (flushed from the
    /// mcaches).
    pub tinyAllocCount: u64,
    /// Memory outside the heap, by use (gc's sysMemStats).
    pub mspan_sys: u64,
    pub mcache_sys: u64,
    pub gcMiscSys: u64,
    pub other_sys: u64,
}

pub static mut memstats: mstats = mstats {
    heapInUse: 0,
    heapReleased: 0,
    largeAlloc: 0,
    largeAllocCount: 0,
    smallAllocCount: [0; numSizeClasses],
    tinyAllocCount: 0,
    mspan_sys: 0,
    mcache_sys: 0,
    gcMiscSys: 0,
    other_sys: 0,
};

/// Fills *m with the allocator's statistics. The user-visible
/// `runtime.ReadMemStats`. gc stops the world first; with one M, running
/// on the system stack is enough.
#[unsafe(export_name = "runtime.ReadMemStats")]
pub unsafe extern "C" fn ReadMemStats(m: *mut MemStats) {
    // Nil check before switching stacks, as gc: a nil m faults here, in a
    // function called from Go, which the signal handler turns into a panic.
    core::ptr::read_volatile(&raw const (*m).Alloc);
    crate::stubs::systemstack(|| readmemstats_m(m));
}

unsafe fn readmemstats_m(stats: *mut MemStats) {
    flushallmcaches();

    let ms = &raw const memstats;
    let mut totalAlloc = (*ms).largeAlloc;
    let mut nMalloc = (*ms).largeAllocCount;
    for i in 0..numSizeClasses {
        let a = (*ms).smallAllocCount[i];
        totalAlloc += a * class_to_size[i] as u64;
        nMalloc += a;
    }
    // No collector: nothing is freed. But, as gc, count every tiny
    // allocation that shared a block both as a malloc and as a free (its
    // block is counted once, as a 16-byte object; gc does not track the
    // objects inside a block one by one).
    let totalFree = 0;
    let nFree = (*ms).tinyAllocCount;
    nMalloc += (*ms).tinyAllocCount;

    let (stackInUse, stacksSys) = stackStats();
    let heapSys = (*ms).heapInUse + (*ms).heapReleased;
    let mspanSys = (*ms).mspan_sys;
    let mcacheSys = (*ms).mcache_sys;
    let totalMapped = heapSys + stackInUse + stacksSys + mspanSys + mcacheSys + (*ms).gcMiscSys + (*ms).other_sys;

    // Filled in place. What gocc does not track (Lookups, BuckHashSys, the
    // GC pause history...) is zero.
    core::ptr::write_bytes(stats, 0, 1);
    let s = &mut *stats;
    s.Alloc = totalAlloc - totalFree;
    s.TotalAlloc = totalAlloc;
    s.Sys = totalMapped;
    s.Mallocs = nMalloc;
    s.Frees = nFree;
    s.HeapAlloc = totalAlloc - totalFree;
    s.HeapSys = heapSys;
    s.HeapIdle = (*ms).heapReleased;
    s.HeapInuse = (*ms).heapInUse;
    s.HeapReleased = (*ms).heapReleased;
    s.HeapObjects = nMalloc - nFree;
    s.StackInuse = stackInUse;
    s.StackSys = stackInUse + stacksSys;
    s.MSpanInuse = mheap_.spanalloc.inuse as u64;
    s.MSpanSys = mspanSys;
    s.MCacheInuse = mheap_.cachealloc.inuse as u64;
    s.MCacheSys = mcacheSys;
    s.GCSys = (*ms).gcMiscSys;
    s.OtherSys = (*ms).other_sys;
    s.EnableGC = false;
    for (i, b) in s.BySize.iter_mut().enumerate() {
        b.Size = class_to_size[i] as u32;
        b.Mallocs = (*ms).smallAllocCount[i];
    }
}

/// Bytes of goroutine stacks (every g keeps its stack, dead or alive, and
/// m0's signal goroutine has one), and of the guard regions below them.
unsafe fn stackStats() -> (u64, u64) {
    let mut inuse = 0;
    let mut n = 0;
    let mut gp = allgs;
    while !gp.is_null() {
        inuse += ((*gp).stack.hi - (*gp).stack.lo) as u64;
        n += 1;
        gp = (*gp).alllink;
    }
    let gsignal = m0.gsignal;
    if !gsignal.is_null() {
        inuse += ((*gsignal).stack.hi - (*gsignal).stack.lo) as u64;
        n += 1;
    }
    (inuse, n * crate::abi::stackGuardRegion as u64)
}

/// Gives every P's cached spans back, so that their allocations are counted.
unsafe fn flushallmcaches() {
    for i in 0..gomaxprocs as usize {
        let pp = allp[i];
        if !pp.is_null() && !(*pp).mcache.is_null() {
            (*(*pp).mcache).releaseAll();
        }
    }
}
