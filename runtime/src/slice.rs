//! Slices: `make([]T, len, cap)`, `append`'s growth, `copy`.
//!
//! - `makeslice` allocates the backing array of a `make`, or panics as gc
//!   does when len or cap is out of range.
//! - `growslice` is append's slow path: called when the new length exceeds
//!   the capacity, it allocates a bigger array and copies the old elements.
//!   The new capacity follows gc (1.20+) exactly, so `cap()` prints what gc
//!   prints: double below 256 elements, then grow by `(newcap + 768) / 4`
//!   (a smooth transition from 2x to 1.25x), then round the byte size up to
//!   the size class mallocgc will use anyway (msize.rs: roundupsize) and
//!   give the caller all of it.
//! - `slicecopy` is `copy(dst, src)`.
//!
//! Growth and zeroing: for element types without pointers the new array is
//! not cleared where append is about to write (`[oldLen, newLen)`), only
//! past it; element types with pointers get fully zeroed memory, so the
//! collector never sees a stale word. (Today all heap memory is fresh and
//! zero anyway.)
//!
//! The slice header `{ptr, len, cap}` is abi.rs's `Slice`; growslice
//! returns it through the System V hidden result pointer.
//!
//! Panics come from Rust but must trace back to the Go caller: each entry
//! point takes its own frame pointer, whose saved BP and return address are
//! the Go caller's (ARCHITECTURE.md: frame pointers are the unwind
//! information), and hands them to panicAt.
//!
//! Go: src/runtime/slice.go.

use crate::abi::{Slice, Type};
use crate::error::errorStringType;
use crate::malloc::{mallocgc, maxAlloc, memclrNoHeapPointers, zerobase};
use crate::mbitmap::typePointers;
use crate::msize::roundupsize;
use crate::panic::panicAt;
use crate::runtime2::eface;
use crate::string::stringStruct;
use crate::stubs::getfp;

/// A runtime error whose message is a constant: a `runtime.errorString`.
struct errorString(stringStruct);
unsafe impl Sync for errorString {}

impl errorString {
    const fn new(s: &'static str) -> errorString {
        errorString(stringStruct { str: s.as_ptr(), len: s.len() as isize })
    }
}

static makesliceLenError: errorString = errorString::new("makeslice: len out of range");
static makesliceCapError: errorString = errorString::new("makeslice: cap out of range");
static growsliceLenError: errorString = errorString::new("growslice: len out of range");

/// Panics with e, tracing back from the Go function that called the entry
/// point whose frame pointer is bp.
unsafe fn panicFromGo(e: &'static errorString, bp: usize) -> ! {
    let pc = *((bp + 8) as *const usize);
    let callerbp = *(bp as *const usize);
    panicAt(eface { _type: &raw const errorStringType, data: &raw const e.0 as *mut u8 }, pc, callerbp, false)
}

/// `make([]T, len, cap)` whose array the compiler put in the frame (the
/// result does not escape) with len out of range. Go: `panicmakeslicelen`.
#[unsafe(export_name = "runtime.panicmakeslicelen")]
#[inline(never)]
pub unsafe extern "C" fn panicmakeslicelen() -> ! {
    panicFromGo(&makesliceLenError, getfp())
}

/// The same with len > cap. Go: `panicmakeslicecap`.
#[unsafe(export_name = "runtime.panicmakeslicecap")]
#[inline(never)]
pub unsafe extern "C" fn panicmakeslicecap() -> ! {
    panicFromGo(&makesliceCapError, getfp())
}

/// `make([]T, len, cap)`: a zeroed array of cap elements of type et.
#[unsafe(export_name = "runtime.makeslice")]
#[inline(never)]
pub unsafe extern "C" fn makeslice(et: *const Type, len: isize, cap: isize) -> *mut u8 {
    let bp = getfp();
    let (mem, overflow) = (*et).size.overflowing_mul(cap as usize);
    if overflow || mem > maxAlloc || len < 0 || len > cap {
        // NOTE: Produce a 'len out of range' error instead of a 'cap out of
        // range' error when someone does make([]T, bignumber). 'cap out of
        // range' is true too, but since the cap is only being supplied
        // implicitly, saying len is clearer. See golang.org/issue/4085.
        let (mem, overflow) = (*et).size.overflowing_mul(len as usize);
        if overflow || mem > maxAlloc || len < 0 {
            panicFromGo(&makesliceLenError, bp);
        }
        panicFromGo(&makesliceCapError, bp);
    }
    mallocgc(mem, et, 1)
}

/// Allocates a new backing array for `append`: room for at least newLen
/// elements of type et, holding a copy of the `newLen - num` elements at
/// oldPtr. The elements `[oldLen, newLen)` are left for the caller to write
/// (zero if et has pointers); the ones past newLen are zero. Requires
/// `newLen > oldCap`.
#[unsafe(export_name = "runtime.growslice")]
#[inline(never)]
pub unsafe extern "C" fn growslice(
    oldPtr: *mut u8,
    newLen: isize,
    oldCap: isize,
    num: isize,
    et: *const Type,
) -> Slice {
    let bp = getfp();
    let oldLen = newLen - num;
    if newLen < 0 {
        panicFromGo(&growsliceLenError, bp);
    }
    let size = (*et).size;
    if size == 0 {
        // append should not create a slice with nil pointer but non-zero len.
        return Slice { ptr: &raw mut zerobase as *mut u8, len: newLen, cap: newLen };
    }
    let mut newcap = nextslicecap(newLen, oldCap) as usize;

    // The byte sizes, with the capacity rounded up to what the allocation
    // really holds. gc specializes the arithmetic for sizes 1, 8 and powers
    // of two; the results are the same as the general case.
    let noscan = !typePointers(et);
    let lenmem = oldLen as usize * size;
    let newlenmem = newLen as usize * size;
    let (mut capmem, overflow) = size.overflowing_mul(newcap);
    if !overflow {
        capmem = roundupsize(capmem, noscan);
        newcap = capmem / size;
        capmem = newcap * size;
    }
    if overflow || capmem > maxAlloc {
        panicFromGo(&growsliceLenError, bp);
    }

    let p = if noscan {
        let p = mallocgc(capmem, core::ptr::null(), 0);
        // The append() that calls growslice is going to overwrite from
        // oldLen to newLen. Only clear the part that will not be overwritten.
        memclrNoHeapPointers(p.add(newlenmem), capmem - newlenmem);
        p
    } else {
        mallocgc(capmem, et, 1)
    };
    core::ptr::copy(oldPtr, p, lenmem);
    Slice { ptr: p, len: newLen, cap: newcap as isize }
}

/// The capacity before rounding: double up to 256 elements, then grow by
/// a quarter plus 192 until newLen fits; newLen itself if even doubling is
/// not enough.
pub fn nextslicecap(newLen: isize, oldCap: isize) -> isize {
    let mut newcap = oldCap;
    let doublecap = newcap.wrapping_add(newcap);
    if newLen > doublecap {
        return newLen;
    }
    const threshold: isize = 256;
    if oldCap < threshold {
        return doublecap;
    }
    loop {
        // Transition from growing 2x for small slices to growing 1.25x for
        // large slices. This formula gives a smooth-ish transition between
        // the two.
        newcap = newcap.wrapping_add((newcap + 3 * threshold) >> 2);
        // newLen is positive, so an overflowed newcap is a huge unsigned
        // value: one comparison checks both.
        if newcap as usize >= newLen as usize {
            break;
        }
    }
    // Set newcap to the requested cap when the newcap calculation overflowed.
    if newcap <= 0 {
        return newLen;
    }
    newcap
}

/// `copy(to, from)` for slices (or a string source) of width-byte
/// elements: copies min(toLen, fromLen) elements, which may overlap, and
/// returns how many.
#[unsafe(export_name = "runtime.slicecopy")]
pub unsafe extern "C" fn slicecopy(
    toPtr: *mut u8,
    toLen: isize,
    fromPtr: *const u8,
    fromLen: isize,
    width: usize,
) -> isize {
    if fromLen == 0 || toLen == 0 {
        return 0;
    }
    let n = fromLen.min(toLen);
    if width == 0 {
        return n;
    }
    core::ptr::copy(fromPtr, toPtr, n as usize * width);
    n
}
