//! A fixed-size object allocator for the heap's own metadata: spans and
//! mcaches.
//!
//! Why not mallocgc: these objects describe the heap, so they must live
//! outside it (the collector must never scan or free them, and allocating a
//! span must not need a span). They come from 16 KiB chunks of
//! persistentalloc'd memory, carved in order. gc's fixalloc also keeps a
//! free list for `free`; nothing here is ever freed until spans are (with the
//! collector), so gocc's has none yet.
//!
//! Invariant: `inuse` is the bytes handed out; the chunks themselves are
//! charged to `*stat` (MSpanSys, MCacheSys), as in gc.
//!
//! Go: src/runtime/mfixalloc.go.

use crate::malloc::persistentalloc;

/// Bytes fetched from persistentalloc at a time: gc's `_FixAllocChunk`.
const _FixAllocChunk: usize = 16 << 10;

pub struct fixalloc {
    /// Object size.
    pub size: usize,
    /// The unused rest of the current chunk.
    pub chunk: usize,
    pub nchunk: usize,
    /// Bytes handed out (MSpanInuse, MCacheInuse).
    pub inuse: usize,
    /// The statistic charged for the chunks.
    pub stat: *mut u64,
}

impl fixalloc {
    /// An allocator not ready for use: `init` sets it up. (All zeros, so
    /// the heap's static lands in .bss, not in the executable's data.)
    pub const fn new() -> fixalloc {
        fixalloc { size: 0, chunk: 0, nchunk: 0, inuse: 0, stat: core::ptr::null_mut() }
    }

    /// Prepares the allocator for objects of size bytes, charging its
    /// chunks to *stat.
    pub fn init(&mut self, size: usize, stat: *mut u64) {
        self.size = size.next_multiple_of(8);
        self.stat = stat;
    }

    /// A zeroed object of `size` bytes.
    pub unsafe fn alloc(&mut self) -> *mut u8 {
        if self.size == 0 {
            crate::panic::throw("runtime: use of FixAlloc_Alloc before FixAlloc_Init");
        }
        if self.nchunk < self.size {
            self.chunk = persistentalloc(_FixAllocChunk, 8, self.stat) as usize;
            self.nchunk = _FixAllocChunk;
        }
        let v = self.chunk as *mut u8;
        self.chunk += self.size;
        self.nchunk -= self.size;
        self.inuse += self.size;
        v
    }
}
