//! UTF-8 for the runtime: decoding one rune (`for i, r := range s`,
//! `[]rune(s)`), counting runes, and encoding one (`string(r)`,
//! `string(runes)`).
//!
//! Design: gc's utf8.go, a copy of the parts of unicode/utf8 the runtime
//! needs (the runtime cannot import packages). Decoding is strict: a byte
//! that does not start a valid sequence, a truncated sequence, an overlong
//! encoding (`C0 AF` for `/`), a surrogate half (U+D800–U+DFFF, `ED A0 80`)
//! or a value above U+10FFFF decodes as U+FFFD and consumes exactly one
//! byte, so the next decode resynchronizes at the following byte. Encoding
//! writes U+FFFD for a value that is not a valid code point.
//!
//! Rejected: decoding with a 256-entry first-byte table (unicode/utf8's
//! `first`): faster, but the range checks below read like the definition.
//!
//! Invariant: `decoderune` always advances (`pos > k`), so a range loop
//! terminates.
//!
//! Go: src/runtime/utf8.go.

use crate::string::stringStruct;

// Numbers fundamental to the encoding.

/// The "error" rune or "Unicode replacement character", U+FFFD.
pub const runeError: i32 = 0xFFFD;
/// Characters below runeSelf are represented as themselves in a single byte.
pub const runeSelf: u8 = 0x80;
/// Maximum valid Unicode code point.
pub const maxRune: i32 = 0x10FFFF;

// Code points in the surrogate range are not valid for UTF-8.
const surrogateMin: i32 = 0xD800;
const surrogateMax: i32 = 0xDFFF;

const tx: u8 = 0x80; // 1000 0000
const t2: u8 = 0xC0; // 1100 0000
const t3: u8 = 0xE0; // 1110 0000
const t4: u8 = 0xF0; // 1111 0000
const t5: u8 = 0xF8; // 1111 1000

const maskx: u8 = 0x3F; // 0011 1111
const mask2: u8 = 0x1F; // 0001 1111
const mask3: u8 = 0x0F; // 0000 1111
const mask4: u8 = 0x07; // 0000 0111

const rune1Max: i32 = (1 << 7) - 1;
const rune2Max: i32 = (1 << 11) - 1;
const rune3Max: i32 = (1 << 16) - 1;

// The default lowest and highest continuation byte.
const locb: u8 = 0x80; // 1000 0000
const hicb: u8 = 0xBF; // 1011 1111

#[inline(always)]
fn iscont(b: u8) -> bool {
    (locb..=hicb).contains(&b)
}

/// Returns the number of runes in s. Go: `countrunes`.
pub fn countrunes(s: &[u8]) -> usize {
    let mut n = 0;
    let mut k = 0;
    while k < s.len() {
        k = if s[k] < runeSelf { k + 1 } else { decoderune(s, k).1 };
        n += 1;
    }
    n
}

/// Decodes the rune that starts at s[k]: returns it and the index just past
/// it. Invalid UTF-8 gives (U+FFFD, k+1). gc's version is only called for a
/// non-ASCII s[k] (compiled code handles ASCII inline) and answers U+FFFD
/// for an ASCII byte; this one returns the byte, so it is right for any k.
/// Go: `decoderune`.
pub fn decoderune(s: &[u8], k: usize) -> (i32, usize) {
    if k >= s.len() {
        return (runeError, k + 1);
    }
    let s = &s[k..];
    let c = s[0];
    if c < runeSelf {
        return (c as i32, k + 1);
    }
    if (t2..t3).contains(&c) {
        // 0080-07FF two byte sequence
        if s.len() > 1 && iscont(s[1]) {
            let r = ((c & mask2) as i32) << 6 | (s[1] & maskx) as i32;
            if rune1Max < r {
                return (r, k + 2);
            }
        }
    } else if (t3..t4).contains(&c) {
        // 0800-FFFF three byte sequence
        if s.len() > 2 && iscont(s[1]) && iscont(s[2]) {
            let r = ((c & mask3) as i32) << 12 | ((s[1] & maskx) as i32) << 6 | (s[2] & maskx) as i32;
            if rune2Max < r && !(surrogateMin..=surrogateMax).contains(&r) {
                return (r, k + 3);
            }
        }
    } else if (t4..t5).contains(&c) {
        // 10000-1FFFFF four byte sequence
        if s.len() > 3 && iscont(s[1]) && iscont(s[2]) && iscont(s[3]) {
            let r = ((c & mask4) as i32) << 18
                | ((s[1] & maskx) as i32) << 12
                | ((s[2] & maskx) as i32) << 6
                | (s[3] & maskx) as i32;
            if rune3Max < r && r <= maxRune {
                return (r, k + 4);
            }
        }
    }
    (runeError, k + 1)
}

/// The two results of `runtime.decoderune`, returned in AX and DX.
#[repr(C)]
pub struct decoderuneResult {
    pub r: i64,
    pub pos: isize,
}

/// `for i, r := range s` when s[k] is not ASCII: the rune at s[k] and the
/// index of the next one. Called by compiled code with the string's two
/// words and k.
#[unsafe(export_name = "runtime.decoderune")]
pub unsafe extern "C" fn decoderune_go(ptr: *const u8, len: isize, k: isize) -> decoderuneResult {
    let s = stringStruct { str: ptr, len }.bytes();
    if k < 0 {
        return decoderuneResult { r: runeError as i64, pos: k + 1 };
    }
    let (r, pos) = decoderune(s, k as usize);
    decoderuneResult { r: r as i64, pos: pos as isize }
}

/// Writes the UTF-8 encoding of r into p (which must be large enough:
/// 4 bytes) and returns the number of bytes written. A value that is not a
/// valid code point (negative, a surrogate, above U+10FFFF) is written as
/// U+FFFD. Go: `encoderune`.
#[inline(never)]
pub fn encoderune(p: &mut [u8], r: i32) -> usize {
    // Negative values are erroneous. Making it unsigned addresses the problem.
    let mut i = r as u32;
    if i <= rune1Max as u32 {
        p[0] = i as u8;
        return 1;
    }
    if i <= rune2Max as u32 {
        p[0] = t2 | (i >> 6) as u8;
        p[1] = tx | (i as u8 & maskx);
        return 2;
    }
    if i > maxRune as u32 || (surrogateMin as u32..=surrogateMax as u32).contains(&i) {
        i = runeError as u32;
    }
    if i <= rune3Max as u32 {
        p[0] = t3 | (i >> 12) as u8;
        p[1] = tx | ((i >> 6) as u8 & maskx);
        p[2] = tx | (i as u8 & maskx);
        return 3;
    }
    p[0] = t4 | (i >> 18) as u8;
    p[1] = tx | ((i >> 12) as u8 & maskx);
    p[2] = tx | ((i >> 6) as u8 & maskx);
    p[3] = tx | (i as u8 & maskx);
    4
}
