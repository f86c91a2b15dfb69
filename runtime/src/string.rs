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
//! string needs no allocation: it points into a table (`staticbytes`).
//! A slice result has the capacity gc reports: the allocation rounded up to
//! its size class (`roundupsize`), the spare bytes zeroed, so `cap([]byte("
//! hello"))` is 8. gc's compiler also passes a 32-byte buffer in the
//! caller's frame when the result does not escape (`tmpBuf`), giving a
//! capacity of 32; gocc's calls have no buffer argument and always allocate.
//! Invalid UTF-8 becomes U+FFFD, one per bad byte (utf8.rs), and invalid
//! runes encode as U+FFFD.
//!
//! Slice results are returned by value as `abi::Slice`, which System V
//! passes through a hidden result pointer (sret) in DI.
//!
//! Go: src/runtime/string.go, internal/bytealg.

use crate::abi::Slice;
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

/// Whether s's bytes live on the current goroutine's stack (they would not
/// survive the frame that owns them, so they must be copied).
unsafe fn stringDataOnStack(s: stringStruct) -> bool {
    let ptr = s.str as usize;
    let stk = (*getg()).stack;
    stk.lo <= ptr && ptr < stk.hi
}

/// Implements `a[0] + a[1] + ... + a[n-1]`.
#[unsafe(export_name = "runtime.concatstrings")]
pub unsafe extern "C" fn concatstrings(a: *const stringStruct, n: isize) -> stringStruct {
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
    // If there is just one string and it is not on the stack, return it.
    if count == 1 && !stringDataOnStack(a[idx]) {
        return a[idx];
    }
    let p = rawstring(l);
    let mut off = 0;
    for x in a {
        let b = x.bytes();
        core::ptr::copy_nonoverlapping(b.as_ptr(), p.add(off), b.len());
        off += b.len();
    }
    stringStruct { str: p, len: l as isize }
}

#[unsafe(export_name = "runtime.concatstring2")]
pub unsafe extern "C" fn concatstring2(a0: *const u8, n0: isize, a1: *const u8, n1: isize) -> stringStruct {
    let a = [stringStruct { str: a0, len: n0 }, stringStruct { str: a1, len: n1 }];
    concatstrings(a.as_ptr(), 2)
}

#[unsafe(export_name = "runtime.concatstring3")]
pub unsafe extern "C" fn concatstring3(
    a0: *const u8,
    n0: isize,
    a1: *const u8,
    n1: isize,
    a2: *const u8,
    n2: isize,
) -> stringStruct {
    let a = [stringStruct { str: a0, len: n0 }, stringStruct { str: a1, len: n1 }, stringStruct { str: a2, len: n2 }];
    concatstrings(a.as_ptr(), 3)
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
/// or not even an int32).
#[unsafe(export_name = "runtime.intstring")]
pub unsafe extern "C" fn intstring(v: i64) -> stringStruct {
    let r = if v as i32 as i64 != v { runeError } else { v as i32 };
    let mut buf = [0u8; 4];
    let n = encoderune(&mut buf, r);
    let p = rawstring(n);
    core::ptr::copy_nonoverlapping(buf.as_ptr(), p, n);
    stringStruct { str: p, len: n as isize }
}

/// Implements `string(b)` for a byte slice b = (ptr, n): a copy of the bytes.
/// Go: `slicebytetostring` (gc's first argument, a stack buffer for results
/// that do not escape, is not part of gocc's call).
#[unsafe(export_name = "runtime.slicebytetostring")]
pub unsafe extern "C" fn slicebytetostring(ptr: *const u8, n: isize) -> stringStruct {
    if n <= 0 {
        // Turns out to be a relatively common case.
        return stringStruct::empty();
    }
    if n == 1 {
        return stringStruct { str: &raw const staticbytes[*ptr as usize], len: 1 };
    }
    let p = mallocgc(n as usize, core::ptr::null(), 0);
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

/// Implements `[]byte(s)`: a new slice holding a copy of s's bytes.
/// Go: `stringtoslicebyte`.
#[unsafe(export_name = "runtime.stringtoslicebyte")]
pub unsafe extern "C" fn stringtoslicebyte(ptr: *const u8, len: isize) -> Slice {
    let s = stringStruct { str: ptr, len }.bytes();
    let b = rawbyteslice(s.len());
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
/// U+FFFD per invalid byte. Go: `stringtoslicerune`.
#[unsafe(export_name = "runtime.stringtoslicerune")]
pub unsafe extern "C" fn stringtoslicerune(ptr: *const u8, len: isize) -> Slice {
    let s = stringStruct { str: ptr, len }.bytes();
    let n = crate::utf8::countrunes(s);
    let a = rawruneslice(n);
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
/// as UTF-8, invalid ones as U+FFFD. Go: `slicerunetostring`.
#[unsafe(export_name = "runtime.slicerunetostring")]
pub unsafe extern "C" fn slicerunetostring(ptr: *const i32, n: isize) -> stringStruct {
    let a = if n <= 0 { &[][..] } else { core::slice::from_raw_parts(ptr, n as usize) };
    let mut dum = [0u8; 4];
    let mut size1 = 0;
    for &r in a {
        size1 += encoderune(&mut dum, r);
    }
    if size1 == 0 {
        return stringStruct::empty();
    }
    let p = rawstring(size1);
    let mut size2 = 0;
    for &r in a {
        let w = encoderune(&mut dum, r);
        core::ptr::copy_nonoverlapping(dum.as_ptr(), p.add(size2), w);
        size2 += w;
    }
    stringStruct { str: p, len: size2 as isize }
}

/// The 256 one-byte strings: `string(b[i:i+1])` points into this table
/// instead of allocating. gc since Go 1.15 points into `staticuint64s`
/// (iface.go: 256 8-byte words, shared with the boxing of small integers
/// into interfaces); gocc boxes nothing there yet, so it keeps the older
/// gc's 256-byte `staticbytes` and saves 1.75 KB.
static staticbytes: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = i as u8;
        i += 1;
    }
    t
};
