//! Strings: concatenation, comparison, and `string(rune)`.
//!
//! A Go string is two words, a data pointer and a length; compiled code
//! passes it as two arguments and gets one back in AX:DX (the System V
//! return of a 16-byte `#[repr(C)]` struct of two integers, `stringStruct`).
//! String data is immutable, so results may share memory with arguments: a
//! concatenation with only one non-empty operand returns that operand.
//! An empty result may have any data pointer; only its length is 0.
//!
//! Go: src/runtime/string.go, src/runtime/utf8.go, internal/bytealg.

use crate::malloc::mallocgc;
use crate::stubs::getg;

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

/// The replacement character U+FFFD.
const runeError: i32 = 0xFFFD;
const maxRune: u32 = 0x10FFFF;
const surrogateMin: u32 = 0xD800;
const surrogateMax: u32 = 0xDFFF;

/// Writes the UTF-8 encoding of r into p (which must be large enough) and
/// returns the number of bytes written. Invalid runes encode as U+FFFD.
/// Go: `encoderune` (utf8.go).
fn encoderune(p: &mut [u8; 4], r: i32) -> usize {
    let mut i = r as u32;
    if i > maxRune || (surrogateMin..=surrogateMax).contains(&i) {
        i = runeError as u32;
    }
    match i {
        0..=0x7F => {
            p[0] = i as u8;
            1
        }
        0x80..=0x7FF => {
            p[0] = 0xC0 | (i >> 6) as u8;
            p[1] = 0x80 | (i & 0x3F) as u8;
            2
        }
        0x800..=0xFFFF => {
            p[0] = 0xE0 | (i >> 12) as u8;
            p[1] = 0x80 | ((i >> 6) & 0x3F) as u8;
            p[2] = 0x80 | (i & 0x3F) as u8;
            3
        }
        _ => {
            p[0] = 0xF0 | (i >> 18) as u8;
            p[1] = 0x80 | ((i >> 12) & 0x3F) as u8;
            p[2] = 0x80 | ((i >> 6) & 0x3F) as u8;
            p[3] = 0x80 | (i & 0x3F) as u8;
            4
        }
    }
}
