//! How big an allocation really is: `roundupsize`, which growslice uses to
//! turn "room for n elements" into the capacity that the memory mallocgc
//! will hand out can hold.
//!
//! A small object gets its size class's size. A small object with pointers
//! above 512 bytes also carries an 8-byte malloc header (its type, for the
//! collector: mbitmap.rs), which is subtracted again, so the caller sees the
//! bytes it can use. A large object gets whole pages.
//!
//! Go: src/runtime/msize.go.

use crate::mbitmap::{mallocHeaderSize, minSizeForMallocHeader};
use crate::sizeclasses::{class_to_size, maxSmallSize, pageSize, sizeToClass};

/// The size of the memory block that mallocgc will allocate if asked for
/// `size` bytes (of a type with pointers unless `noscan`), minus any
/// inline malloc header.
pub fn roundupsize(size: usize, noscan: bool) -> usize {
    let mut reqSize = size;
    if reqSize <= maxSmallSize - mallocHeaderSize {
        // Small object.
        if !noscan && reqSize > minSizeForMallocHeader {
            // !noscan && !heapBitsInSpan(reqSize)
            reqSize += mallocHeaderSize;
        }
        // (reqSize - size) is either mallocHeaderSize or 0: take the header
        // back out, since mallocgc will add it in again.
        return class_to_size[sizeToClass(reqSize) as usize] as usize - (reqSize - size);
    }
    // Large object: whole pages. Check for overflow.
    reqSize = reqSize.wrapping_add(pageSize - 1);
    if reqSize < size {
        return size;
    }
    reqSize & !(pageSize - 1)
}
