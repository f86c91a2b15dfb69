//! Strings: concatenation, comparison, `string(rune)`, and the conversions
//! between strings and byte or rune slices.
//!
//! A Go string is two words, a data pointer and a length; compiled code
//! passes it as two arguments and gets one back in AX:DX (the System V
//! return of a 16-byte `#[repr(C)]` struct of two integers, `stringStruct`).
//! String data is immutable, so results may share memory with arguments: a
//! concatenation with only one non-empty operand returns that operand.
//! An empty result may have any data pointer; only its length is 0.
//!
//! Conversions (`string(b)`, `[]byte(s)`, `string(runes)`, `[]rune(s)`)
//! always copy, since strings are immutable and slices are not. A one-byte
//! string needs no allocation: it points into a table (`staticuint64s`).
//! Invalid UTF-8 becomes U+FFFD, one per bad byte (utf8.rs), and invalid
//! runes encode as U+FFFD.
//!
//! Stack buffers. Every function here that makes a new string or slice
//! takes, as gc's do, a first argument `buf`: null, or the address of a
//! buffer in the caller's frame (`tmpBuf`, 32 bytes; 32 runes for
//! `stringtoslicerune`, 4 bytes for `intstring`), which the compiler
//! passes when escape analysis proved that the result does not outlive the
//! caller's frame. A result that fits is built in the buffer and costs no
//! allocation (`rawstringtmp`); a longer one goes to the heap as with a
//! null buf. So slice capacities are gc's: with `s := "hello"`,
//! `cap([]byte(s))` is 32 when the slice does not escape (the whole buffer,
//! zeroed past the length) and 8 when it does (the allocation rounded up
//! to its size class, `roundupsize`, the spare bytes zeroed). (`[]byte`
//! of a constant never comes here: the compiler copies the constant into a
//! `[5]byte` of its own, cap 5, as gc's does.)
//!
//! A string in a caller's buffer lives on the goroutine's stack, so a
//! function that may return one of its arguments unchanged must know
//! whether that is allowed: `concatstrings` with one non-empty operand
//! returns it only when the result does not escape (buf != null) or the
//! operand's bytes are not on the stack (`stringDataOnStack`); otherwise a
//! string in a frame buffer could escape through it.
//!
//! Slice results are returned by value as `abi::Slice`, which System V
//! passes through a hidden result pointer (sret) in DI.
//!
//! Go: src/runtime/string.go, internal/bytealg.

use crate::abi::{Slice, intstringBufSize, tmpStringBufSize};
use crate::malloc::mallocgc;
use crate::msize::roundupsize;
use crate::stubs::getg;
use crate::utf8::{decoderune, encoderune, runeError, runeSelf};

/// A string's two words (gc: `stringStruct`).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct stringStruct {
    pub str: *const u8,
    pub len: isize,
}

impl stringStruct {
    pub const fn empty() -> stringStruct {
        stringStruct { str: core::ptr::null(), len: 0 }
    }
    pub fn from(s: &'static str) -> stringStruct {
        stringStruct { str: s.as_ptr(), len: s.len() as isize }
    }
    /// The bytes of the string. The caller vouches for str and len.
    pub unsafe fn bytes<'a>(&self) -> &'a [u8] {
        if self.len <= 0 { &[] } else { core::slice::from_raw_parts(self.str, self.len as usize) }
    }
}

/// Allocates storage for a new string of `size` bytes (not zeroed: the
/// caller fills it). Go: `rawstring`.
unsafe fn rawstring(size: usize) -> *mut u8 {
    mallocgc(size, core::ptr::null(), 0)
}

/// The type of the frame buffer compiled code passes for a result that
/// does not escape. gc: `tmpBuf`.
pub type tmpBuf = [u8; tmpStringBufSize];

/// Storage for a new string of l bytes: buf when the caller passed one and
/// the string fits, else a new heap object (not zeroed either way: the
/// caller fills it). Go: `rawstringtmp`.
unsafe fn rawstringtmp(buf: *mut tmpBuf, l: usize) -> *mut u8 {
    if !buf.is_null() && l <= tmpStringBufSize { buf as *mut u8 } else { rawstring(l) }
}

/// Whether s's bytes live on the current goroutine's stack (they would not
/// survive the frame that owns them, so they must be copied).
unsafe fn stringDataOnStack(s: stringStruct) -> bool {
    let ptr = s.str as usize;
    let stk = (*getg()).stack;
    stk.lo <= ptr && ptr < stk.hi
}

/// Implements `a[0] + a[1] + ... + a[n-1]`: the operands are the n
/// strings at a; buf (may be null) is the caller's buffer for a result
/// that does not escape. Go: `concatstrings` (gc passes a `[]string`).
#[unsafe(export_name = "runtime.concatstrings")]
pub unsafe extern "C" fn concatstrings(buf: *mut tmpBuf, a: *const stringStruct, n: isize) -> stringStruct {
    let a = if n <= 0 { &[][..] } else { core::slice::from_raw_parts(a, n as usize) };
    let mut idx = 0;
    let mut l: usize = 0;
    let mut count = 0;
    for (i, x) in a.iter().enumerate() {
        let n = x.len as usize;
        if n == 0 {
            continue;
        }
        l = match l.checked_add(n) {
            Some(l) if l <= isize::MAX as usize => l,
            _ => crate::panic::throw("string concatenation too long"),
        };
        count += 1;
        idx = i;
    }
    if count == 0 {
        return stringStruct::empty();
    }
    // If there is just one string and either it is not on the stack or our
    // result does not escape the calling frame (buf != null), then we can
    // return that string directly.
    if count == 1 && (!buf.is_null() || !stringDataOnStack(a[idx])) {
        return a[idx];
    }
    let p = rawstringtmp(buf, l);
    let mut off = 0;
    for x in a {
        let b = x.bytes();
        core::ptr::copy_nonoverlapping(b.as_ptr(), p.add(off), b.len());
        off += b.len();
    }
    stringStruct { str: p, len: l as isize }
}

/// `a0 + a1`, with the operands in registers. Go: `concatstring2`.
#[unsafe(export_name = "runtime.concatstring2")]
pub unsafe extern "C" fn concatstring2(
    buf: *mut tmpBuf,
    a0: *const u8,
    n0: isize,
    a1: *const u8,
    n1: isize,
) -> stringStruct {
    let a = [stringStruct { str: a0, len: n0 }, stringStruct { str: a1, len: n1 }];
    concatstrings(buf, a.as_ptr(), 2)
}

/// `a0 + a1 + a2`; the last word, n2, is the seventh argument and comes on
/// the stack. Go: `concatstring3`.
#[unsafe(export_name = "runtime.concatstring3")]
pub unsafe extern "C" fn concatstring3(
    buf: *mut tmpBuf,
    a0: *const u8,
    n0: isize,
    a1: *const u8,
    n1: isize,
    a2: *const u8,
    n2: isize,
) -> stringStruct {
    let a = [stringStruct { str: a0, len: n0 }, stringStruct { str: a1, len: n1 }, stringStruct { str: a2, len: n2 }];
    concatstrings(buf, a.as_ptr(), 3)
}

/// Compares two strings bytewise: -1, 0 or +1. Go: `cmpstring`
/// (internal/bytealg).
#[unsafe(export_name = "runtime.cmpstring")]
pub unsafe extern "C" fn cmpstring(a0: *const u8, n0: isize, a1: *const u8, n1: isize) -> i64 {
    let a = stringStruct { str: a0, len: n0 }.bytes();
    let b = stringStruct { str: a1, len: n1 }.bytes();
    let l = a.len().min(b.len());
    let c = crate::memcmp(a.as_ptr(), b.as_ptr(), l);
    if c != 0 {
        return if c < 0 { -1 } else { 1 };
    }
    match a.len().cmp(&b.len()) {
        core::cmp::Ordering::Less => -1,
        core::cmp::Ordering::Equal => 0,
        core::cmp::Ordering::Greater => 1,
    }
}

/// Reports whether the n bytes at a and b are equal (string ==, array ==).
#[unsafe(export_name = "runtime.memequal")]
pub unsafe extern "C" fn memequal(a: *const u8, b: *const u8, n: usize) -> u8 {
    (a == b || crate::bcmp(a, b, n) == 0) as u8
}

/// Implements `string(rune(v))`: the UTF-8 encoding of v, or of U+FFFD
/// when v is not a valid code point (negative, a surrogate, above U+10FFFF,
/// or not even an int32). buf (may be null) is the caller's 4-byte buffer
/// for a result that does not escape; without one, the string takes a
/// 4-byte allocation whatever its length, as in gc. Go: `intstring`.
#[unsafe(export_name = "runtime.intstring")]
pub unsafe extern "C" fn intstring(buf: *mut [u8; intstringBufSize], v: i64) -> stringStruct {
    let p = if !buf.is_null() { buf as *mut u8 } else { rawstring(intstringBufSize) };
    let r = if v as i32 as i64 != v { runeError } else { v as i32 };
    let n = encoderune(core::slice::from_raw_parts_mut(p, intstringBufSize), r);
    stringStruct { str: p, len: n as isize }
}

/// Implements `string(b)` for a byte slice b = (ptr, n): a copy of the
/// bytes, in buf (the caller's buffer, may be null) when they fit. Go:
/// `slicebytetostring`.
#[unsafe(export_name = "runtime.slicebytetostring")]
pub unsafe extern "C" fn slicebytetostring(buf: *mut tmpBuf, ptr: *const u8, n: isize) -> stringStruct {
    if n <= 0 {
        // Turns out to be a relatively common case.
        return stringStruct::empty();
    }
    if n == 1 {
        return stringStruct { str: (&raw const staticuint64s[*ptr as usize]) as *const u8, len: 1 };
    }
    let p = if !buf.is_null() && n as usize <= tmpStringBufSize {
        buf as *mut u8
    } else {
        mallocgc(n as usize, core::ptr::null(), 0)
    };
    core::ptr::copy_nonoverlapping(ptr, p, n as usize);
    stringStruct { str: p, len: n }
}

/// Allocates a byte slice of length size whose capacity is the whole
/// allocation; the bytes past size are zeroed. Go: `rawbyteslice`.
unsafe fn rawbyteslice(size: usize) -> Slice {
    let cap = roundupsize(size, true);
    let p = mallocgc(cap, core::ptr::null(), 0);
    if cap != size {
        core::ptr::write_bytes(p.add(size), 0, cap - size);
    }
    Slice { ptr: p, len: size as isize, cap: cap as isize }
}

/// Implements `[]byte(s)`: a new slice holding a copy of s's bytes. When
/// the caller passed a buffer (buf, may be null) and s fits, the slice is
/// the buffer, zeroed past s: its capacity is 32. Go: `stringtoslicebyte`.
#[unsafe(export_name = "runtime.stringtoslicebyte")]
pub unsafe extern "C" fn stringtoslicebyte(buf: *mut tmpBuf, ptr: *const u8, len: isize) -> Slice {
    let s = stringStruct { str: ptr, len }.bytes();
    let b = if !buf.is_null() && s.len() <= tmpStringBufSize {
        core::ptr::write_bytes(buf as *mut u8, 0, tmpStringBufSize);
        Slice { ptr: buf as *mut u8, len: s.len() as isize, cap: tmpStringBufSize as isize }
    } else {
        rawbyteslice(s.len())
    };
    core::ptr::copy_nonoverlapping(s.as_ptr(), b.ptr, s.len());
    b
}

/// Allocates a rune slice of length size whose capacity is the whole
/// allocation; the runes past size are zeroed. Go: `rawruneslice`.
unsafe fn rawruneslice(size: usize) -> Slice {
    let mem = roundupsize(size * 4, true);
    let p = mallocgc(mem, core::ptr::null(), 0);
    if mem != size * 4 {
        core::ptr::write_bytes(p.add(size * 4), 0, mem - size * 4);
    }
    Slice { ptr: p, len: size as isize, cap: (mem / 4) as isize }
}

/// Implements `[]rune(s)`: s decoded, one rune per UTF-8 sequence and
/// U+FFFD per invalid byte. When the caller passed a buffer of 32 runes
/// (buf, may be null) and the runes fit, the slice is the buffer, zeroed
/// past them: its capacity is 32. Go: `stringtoslicerune`.
#[unsafe(export_name = "runtime.stringtoslicerune")]
pub unsafe extern "C" fn stringtoslicerune(buf: *mut [i32; tmpStringBufSize], ptr: *const u8, len: isize) -> Slice {
    let s = stringStruct { str: ptr, len }.bytes();
    // Two passes: count, then decode.
    let n = crate::utf8::countrunes(s);
    let a = if !buf.is_null() && n <= tmpStringBufSize {
        core::ptr::write_bytes(buf as *mut i32, 0, tmpStringBufSize);
        Slice { ptr: buf as *mut u8, len: n as isize, cap: tmpStringBufSize as isize }
    } else {
        rawruneslice(n)
    };
    let runes = a.ptr as *mut i32;
    let (mut i, mut k) = (0, 0);
    while k < s.len() {
        let (r, next) = if s[k] < runeSelf { (s[k] as i32, k + 1) } else { decoderune(s, k) };
        *runes.add(i) = r;
        i += 1;
        k = next;
    }
    a
}

/// Implements `string(a)` for a rune slice a = (ptr, n): the runes encoded
/// as UTF-8, invalid ones as U+FFFD, in buf (the caller's buffer, may be
/// null) when they fit. Like gc, it asks for 3 bytes more than the
/// encoding needs (rawstringtmp(buf, size1+3)), so a 30-byte result does
/// not use the buffer and even `string([]rune{})` allocates without one.
/// Go: `slicerunetostring` (gc passes the slice's three words).
#[unsafe(export_name = "runtime.slicerunetostring")]
pub unsafe extern "C" fn slicerunetostring(buf: *mut tmpBuf, ptr: *const i32, n: isize) -> stringStruct {
    let a = if n <= 0 { &[][..] } else { core::slice::from_raw_parts(ptr, n as usize) };
    let mut dum = [0u8; 4];
    let mut size1 = 0;
    for &r in a {
        size1 += encoderune(&mut dum, r);
    }
    let p = rawstringtmp(buf, size1 + 3);
    let mut size2 = 0;
    for &r in a {
        let w = encoderune(&mut dum, r);
        core::ptr::copy_nonoverlapping(dum.as_ptr(), p.add(size2), w);
        size2 += w;
    }
    stringStruct { str: p, len: size2 as isize }
}

/// The values 0..255 as 8-byte words. Boxing a small integer (or a bool
/// or byte) into an interface points at its word instead of allocating
/// (the compiler emits that), and a one-byte string points at the word's
/// first byte (`string(b[i:i+1])`), as gc does since Go 1.15. Go:
/// `staticuint64s` (iface.go).
#[unsafe(export_name = "runtime.staticuint64s")]
pub static staticuint64s: [u64; 256] = {
    let mut t = [0u64; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = i as u64;
        i += 1;
    }
    t
};
