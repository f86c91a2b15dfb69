//! Heap type information (which words of each object hold pointers), and
//! the allocation bitmap that tells free slots of a span from used ones.
//!
//! THERE IS NO COLLECTOR YET: nothing reads the heap bits except
//! `isPointerWord` (and through it the `runtime.getgcmask` test hook). They
//! are written on every allocation so that a precise collector can be added
//! without changing the allocator. The layout is gc's (Go 1.22+):
//!
//! - **Objects up to 512 bytes with pointers**: one bit per 8-byte word at
//!   the end of their span (128 bytes for an 8 KiB span, which is why such
//!   spans hold a few objects fewer: mheap.rs: initSpan). mallocgc writes an
//!   object's bits when it allocates it (`writeHeapBitsSmall`), repeating
//!   the type's mask for arrays. The 8-byte class is all pointers or none,
//!   so its bits are set once per span (`initHeapBits`).
//! - **Larger small objects with pointers**: an 8-byte *malloc header*, the
//!   object's `*Type`, in the first word of the slot; the object starts
//!   after it. The collector tiles the type's mask over the object.
//! - **Large objects** (own span): the type in `mspan.largeType`.
//! - **Objects without pointers** (`ptr_bytes == 0`, or no type at all) live
//!   in noscan spans and have no type information.
//!
//! The mask of a type is `Type.gcdata`: one bit per word of the first
//! `ptr_bytes` bytes, least significant bit first (abi.rs).
//!
//! The allocation bitmap (`allocBits`, one bit per slot) and its inverted
//! 64-bit window `allocCache` let the allocator find the next free slot with
//! one trailing-zeros count (`nextFreeIndex`, malloc.rs: nextFreeFast).
//! Until a sweeper frees objects the bitmap stays zero, and allocation in a
//! span is in address order.
//!
//! Rejected: gc's pre-1.22 layout (2 bits per word for the whole heap in a
//! side table: more memory, and slower to write for big objects); a
//! conservative collector later (then these bits would be pointless, and
//! Go programs may hide integers that look like pointers).
//!
//! Go: src/runtime/mbitmap.go, src/internal/runtime/gc/malloc.go.

use crate::abi::Type;
use crate::mheap::{mspan, spanOfHeap};
use crate::sizeclasses::pageSize;

/// The malloc header: one `*Type` word before each small object with
/// pointers larger than `minSizeForMallocHeader`.
pub const mallocHeaderSize: usize = 8;
/// Up to this size (inclusive), small objects keep their heap bits in the
/// span: 64 words, so one object's bits never straddle more than two words
/// of the bitmap. It is a size-class boundary, so the test gives the same
/// answer before and after rounding.
pub const minSizeForMallocHeader: usize = 8 * ptrBits;
const ptrBits: usize = 64;

/// Whether objects of this size keep their pointer bits at the end of the
/// span (no malloc header).
#[inline]
pub fn heapBitsInSpan(userSize: usize) -> bool {
    userSize <= minSizeForMallocHeader
}

/// Whether values of type t can hold pointers (gc: `t.Pointers()`). A null
/// type (the runtime's own untyped allocations) has none.
#[inline]
pub unsafe fn typePointers(t: *const Type) -> bool {
    !t.is_null() && (*t).ptr_bytes != 0
}

/// `n` low bits set (n <= 64).
#[inline]
fn lowBits(n: usize) -> u64 {
    if n >= 64 { !0 } else { (1u64 << n) - 1 }
}

/// The first (up to) 64 bits of t's pointer mask, bit i for word i. Reads
/// only the bytes of `gcdata` that exist.
unsafe fn gcmaskWord(t: *const Type) -> u64 {
    let nwords = (*t).ptr_bytes / 8;
    let mut w = 0u64;
    for i in 0..nwords.div_ceil(8).min(8) {
        w |= (*(*t).gcdata.add(i) as u64) << (8 * i);
    }
    w & lowBits(nwords)
}

/// Whether word i of a value of type t holds a pointer.
unsafe fn gcmaskBit(t: *const Type, i: usize) -> bool {
    i * 8 < (*t).ptr_bytes && (*(*t).gcdata.add(i / 8) >> (i % 8)) & 1 != 0
}

impl mspan {
    /// The address of the span's heap bitmap: the last 1/64 of the span.
    #[inline]
    fn heapBitsBase(&self) -> usize {
        let spanSize = self.npages * pageSize;
        self.base() + spanSize - spanSize / 8 / 8
    }

    /// Initializes the heap bitmap of a fresh span (mcentral.grow).
    pub unsafe fn initHeapBits(&mut self) {
        if self.spanclass.noscan() || !heapBitsInSpan(self.elemsize) {
            return;
        }
        let b = self.heapBitsBase() as *mut u64;
        // The 8-byte class holds only pointer-sized objects with pointers:
        // every word is a pointer, and mallocgc skips writing the bits.
        let v = if self.spanclass.sizeclass() == 1 { !0 } else { 0 };
        for i in 0..self.npages * pageSize / 8 / 64 {
            *b.add(i) = v;
        }
    }

    /// Records the pointer words of the new object x, which holds
    /// `dataSize / typ.size` values of type typ (an array for makeslice and
    /// growslice); the rest of its slot is recorded as scalars.
    /// gc: writeHeapBitsSmall.
    pub unsafe fn writeHeapBitsSmall(&mut self, x: usize, dataSize: usize, typ: *const Type) {
        let size = (*typ).size;
        // Create repetitions of the bitmap for a small array.
        let src = if size == 8 {
            lowBits(dataSize / 8) // all pointers
        } else {
            let src0 = gcmaskWord(typ);
            let mut src = src0;
            let mut i = size;
            while i + size <= dataSize {
                src |= src0 << (i / 8);
                i += size;
            }
            src
        };
        // The object's bits are in one word of the bitmap or straddle two.
        let dst = self.heapBitsBase() as *mut u64;
        let o = (x - self.base()) / 8;
        let (i, j) = (o / ptrBits, o % ptrBits);
        let bits = self.elemsize / 8;
        let src = src & lowBits(bits); // never into the next object's bits
        if j + bits > ptrBits {
            let bits0 = ptrBits - j;
            let bits1 = bits - bits0;
            let (dst0, dst1) = (dst.add(i), dst.add(i + 1));
            *dst0 = (*dst0 & (!0u64 >> bits0)) | (src << j);
            *dst1 = (*dst1 & !lowBits(bits1)) | (src >> bits0);
        } else {
            let d = dst.add(i);
            *d = (*d & !(lowBits(bits) << j)) | (src << j);
        }
    }

    /// The heap bits of the object at addr (its base), bit i for word i.
    /// gc: heapBitsSmallForAddr.
    pub unsafe fn heapBitsSmallForAddr(&self, addr: usize) -> u64 {
        let hbits = self.heapBitsBase() as *const u64;
        let o = (addr - self.base()) / 8;
        let (i, j) = (o / ptrBits, o % ptrBits);
        let bits = self.elemsize / 8;
        if j + bits > ptrBits {
            let bits0 = ptrBits - j;
            let bits1 = bits - bits0;
            (*hbits.add(i) >> j) | ((*hbits.add(i + 1) & lowBits(bits1)) << bits0)
        } else {
            (*hbits.add(i) >> j) & lowBits(bits)
        }
    }

    /// Loads `allocCache` with the complement of the 8 bytes of allocBits
    /// starting at whichByte, so that free slots are 1 bits.
    pub unsafe fn refillAllocCache(&mut self, whichByte: u16) {
        let bytes = self.allocBits.add(whichByte as usize) as *const u64;
        self.allocCache = !bytes.read_unaligned();
    }

    /// The index of the next free slot at or after freeindex, or nelems if
    /// the span is full; advances freeindex past it.
    pub unsafe fn nextFreeIndex(&mut self) -> u16 {
        let mut sfreeindex = self.freeindex;
        let snelems = self.nelems;
        if sfreeindex == snelems {
            return sfreeindex;
        }
        if sfreeindex > snelems {
            crate::panic::throw("s.freeindex > s.nelems");
        }
        let mut aCache = self.allocCache;
        let mut bitIndex = aCache.trailing_zeros() as u16;
        while bitIndex == 64 {
            // Move index to start of next cached bits.
            sfreeindex = (sfreeindex + 64) & !(64 - 1);
            if sfreeindex >= snelems {
                self.freeindex = snelems;
                return snelems;
            }
            // Refill s.allocCache with the next 64 alloc bits.
            self.refillAllocCache(sfreeindex / 8);
            aCache = self.allocCache;
            bitIndex = aCache.trailing_zeros() as u16;
        }
        let result = sfreeindex + bitIndex;
        if result >= snelems {
            self.freeindex = snelems;
            return snelems;
        }
        self.allocCache >>= bitIndex + 1;
        sfreeindex = result + 1;
        if sfreeindex % 64 == 0 && sfreeindex != snelems {
            // Every 1 in allocCache has been used and shifted away: load
            // the bits for the slots from the new freeindex.
            self.refillAllocCache(sfreeindex / 8);
        }
        self.freeindex = sfreeindex;
        result
    }
}

/// heapSetType*: record that the new allocation x holds, in its first
/// dataSize bytes, values of type typ (which has pointers). gc also returns
/// the bytes the collector will scan, for its pacer.
///
/// Objects up to 512 bytes: bits in the span.
pub unsafe fn heapSetTypeNoHeader(x: usize, dataSize: usize, typ: *const Type, span: *mut mspan) {
    (*span).writeHeapBitsSmall(x, dataSize, typ)
}

/// Larger small objects: the type in the malloc header before the object.
pub unsafe fn heapSetTypeSmallHeader(header: *mut *const Type, typ: *const Type) {
    *header = typ;
}

/// Large objects: the type in the span.
pub unsafe fn heapSetTypeLarge(typ: *const Type, span: *mut mspan) {
    (*span).largeType = typ;
}

/// Whether the heap word at p holds a pointer, according to the type
/// information above: what a precise collector reads when it scans the
/// object containing p. False for anything that is not a heap object.
pub unsafe fn isPointerWord(p: usize) -> bool {
    let s = spanOfHeap(p);
    if s.is_null() || (*s).spanclass.noscan() {
        return false;
    }
    let obj = (*s).base() + (*s).objIndex(p) * (*s).elemsize;
    if heapBitsInSpan((*s).elemsize) {
        let w = (p - obj) / 8;
        return ((*s).heapBitsSmallForAddr(obj) >> w) & 1 != 0;
    }
    // The type comes from the malloc header or the span; its mask is tiled
    // over the object.
    let (typ, addr) = if (*s).spanclass.sizeclass() != 0 {
        (*(obj as *const *const Type), obj + mallocHeaderSize)
    } else {
        ((*s).largeType, obj)
    };
    if typ.is_null() || p < addr {
        return false;
    }
    gcmaskBit(typ, ((p - addr) % (*typ).size) / 8)
}

/// A test hook, gocc's version of gc's `getgcmask`: writes one byte per
/// word of `[p, p+n)`, 1 where the heap's type information says the word
/// holds a pointer, so tests can check what the allocator recorded.
#[unsafe(export_name = "runtime.getgcmask")]
pub unsafe extern "C" fn getgcmask(p: *const u8, n: usize, mask: *mut u8) {
    for i in 0..n / 8 {
        *mask.add(i) = isPointerWord(p as usize + 8 * i) as u8;
    }
}
