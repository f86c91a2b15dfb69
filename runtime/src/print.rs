//! Go's `print` and `println` builtins: everything goes to standard error in
//! gc's exact formats.
//!
//! The compiler turns `println(a, b)` into
//!
//! ```text
//! CALL runtime.printlock(SB)
//! CALL runtime.printint(SB)      // a
//! CALL runtime.printsp(SB)
//! CALL runtime.printstring(SB)   // b
//! CALL runtime.printnl(SB)
//! CALL runtime.printunlock(SB)
//! ```
//!
//! Design: printlock/printunlock nest (a crash report may print while a
//! print statement is under way), counted per M. gc writes every piece with
//! its own write system call; gocc collects the pieces in the M's 512-byte
//! buffer and writes them once, at the outermost printunlock (or when the
//! buffer fills), so a println costs one system call and concurrent output
//! (when there are threads) cannot interleave inside a line.
//!
//! Floats print as gc's `strconv.AppendFloat(v, 'g', -1, 64)` (32 for
//! float32): the shortest decimal that reads back as the same value, in %e
//! form (`1.234567e+06`) when the decimal exponent is below -4 or at least
//! 6 (strconv's 'g' rule with `eprec = 6` for shortest formatting), else in
//! %f form (`100000`, `0.0001`). The shortest digits come from core's `{:e}`
//! formatting (Grisu with a Dragon4 fallback: exact), which we then lay out
//! the way strconv does. The one difference, a value exactly halfway between
//! two shortest candidates, is fixed up by `roundHalfEven`. Formatting uses
//! up to a few kilobytes of stack, so it runs on the system stack.
//!
//! Rejected: porting strconv's Ryū (large tables, more code to read) and
//! printing floats the way older Go releases did
//! (`+1.500000e+000`): gocc matches the toolchain it is tested against.
//!
//! The runtime's own messages use the `print!` macro, which mirrors gc's
//! `print(...)`: `print!("runtime: sp=", hex(sp), "\n")` locks, prints each
//! argument by its type, and unlocks.
//!
//! Go: src/runtime/print.go, src/strconv/ftoa.go ('g' format).

use crate::runtime2::m;
use crate::stubs::{getg, systemstack};
use crate::sys_linux_amd64::write1;
use core::fmt::Write;

/// A value that prints in hexadecimal: gc's `hex` type.
#[derive(Clone, Copy)]
pub struct hex(pub u64);

/// The current M, or null before rt0_go has set up g0 and m0.
fn getm() -> *mut m {
    let gp = getg();
    if gp.is_null() { core::ptr::null_mut() } else { unsafe { (*gp).m } }
}

/// Writes all of b to standard error, retrying after partial writes.
fn writeErr(b: &[u8]) {
    let mut p = b;
    while !p.is_empty() {
        let n = unsafe { write1(2, p.as_ptr(), p.len()) };
        if n == -4 {
            continue; // EINTR
        }
        if n <= 0 {
            return; // nothing more we can do
        }
        p = &p[n as usize..];
    }
}

/// Sends a piece of output to the M's print buffer, or straight to standard
/// error outside a print statement.
#[inline(never)]
pub fn gwrite(b: &[u8]) {
    if b.is_empty() {
        return;
    }
    let mp = getm();
    unsafe {
        if mp.is_null() || (*mp).printlock == 0 {
            writeErr(b);
            return;
        }
        let buf = &mut (*mp).printbuf;
        if (*mp).printlen + b.len() > buf.len() {
            printflush();
            if b.len() >= buf.len() {
                writeErr(b);
                return;
            }
        }
        let n = (*mp).printlen;
        buf[n..n + b.len()].copy_from_slice(b);
        (*mp).printlen = n + b.len();
    }
}

/// Writes out the M's print buffer.
#[inline(never)]
pub fn printflush() {
    let mp = getm();
    if mp.is_null() {
        return;
    }
    unsafe {
        let n = (*mp).printlen;
        (*mp).printlen = 0;
        writeErr(&(&(*mp).printbuf)[..n]);
    }
}

/// Starts a print statement. Nests.
#[unsafe(export_name = "runtime.printlock")]
#[inline(never)]
pub extern "C" fn printlock() {
    let mp = getm();
    if !mp.is_null() {
        unsafe { (*mp).printlock += 1 };
    }
}

/// Ends a print statement; the outermost one writes the buffered output.
#[unsafe(export_name = "runtime.printunlock")]
#[inline(never)]
pub extern "C" fn printunlock() {
    let mp = getm();
    if mp.is_null() {
        return;
    }
    unsafe {
        (*mp).printlock -= 1;
        if (*mp).printlock <= 0 {
            (*mp).printlock = 0;
            printflush();
        }
    }
}

#[unsafe(export_name = "runtime.printsp")]
pub extern "C" fn printsp() {
    gwrite(b" ");
}

#[unsafe(export_name = "runtime.printnl")]
pub extern "C" fn printnl() {
    gwrite(b"\n");
}

#[unsafe(export_name = "runtime.printbool")]
pub extern "C" fn printbool(v: u8) {
    gwrite(if v != 0 { b"true" } else { b"false" });
}

/// Formats v in decimal at the end of buf; returns the index of the first digit.
fn formatBase10(buf: &mut [u8; 20], mut v: u64) -> usize {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            return i;
        }
    }
}

#[unsafe(export_name = "runtime.printuint")]
#[inline(never)]
pub extern "C" fn printuint(v: u64) {
    let mut buf = [0u8; 20];
    let i = formatBase10(&mut buf, v);
    gwrite(&buf[i..]);
}

#[unsafe(export_name = "runtime.printint")]
#[inline(never)]
pub extern "C" fn printint(v: i64) {
    if v < 0 {
        gwrite(b"-");
    }
    printuint(v.unsigned_abs());
}

/// `0x` and lowercase hex digits, no padding.
#[unsafe(export_name = "runtime.printhex")]
#[inline(never)]
pub extern "C" fn printhex(v: u64) {
    const dig: &[u8; 16] = b"0123456789abcdef";
    let mut buf = [0u8; 18];
    let mut i = buf.len();
    let mut v = v;
    loop {
        i -= 1;
        buf[i] = dig[(v % 16) as usize];
        v /= 16;
        if v == 0 {
            break;
        }
    }
    i -= 2;
    buf[i] = b'0';
    buf[i + 1] = b'x';
    gwrite(&buf[i..]);
}

#[unsafe(export_name = "runtime.printpointer")]
pub extern "C" fn printpointer(p: usize) {
    printhex(p as u64);
}

#[unsafe(export_name = "runtime.printstring")]
pub unsafe extern "C" fn printstring(p: *const u8, n: isize) {
    if n > 0 {
        gwrite(core::slice::from_raw_parts(p, n as usize));
    }
}

/// A slice prints as `[len/cap]0xADDR`.
#[unsafe(export_name = "runtime.printslice")]
pub extern "C" fn printslice(p: usize, len: isize, cap: isize) {
    crate::print!("[", len, "/", cap, "]", hex(p as u64));
}

/// An `any` prints as `(0xTYPE,0xDATA)`.
#[unsafe(export_name = "runtime.printeface")]
pub extern "C" fn printeface(typ: usize, data: usize) {
    crate::print!("(", hex(typ as u64), ",", hex(data as u64), ")");
}

/// A non-empty interface prints as `(0xITAB,0xDATA)`.
#[unsafe(export_name = "runtime.printiface")]
pub extern "C" fn printiface(tab: usize, data: usize) {
    crate::print!("(", hex(tab as u64), ",", hex(data as u64), ")");
}

#[unsafe(export_name = "runtime.printfloat64")]
pub extern "C" fn printfloat64(v: f64) {
    systemstack(|| {
        let mut b = FloatBuf::new();
        b.appendFloat(v, 64);
        gwrite(b.bytes());
    });
}

#[unsafe(export_name = "runtime.printfloat32")]
pub extern "C" fn printfloat32(v: f32) {
    systemstack(|| {
        let mut b = FloatBuf::new();
        b.appendFloat(v as f64, 32);
        gwrite(b.bytes());
    });
}

/// Complex numbers print as `(1+2i)`: strconv.FormatComplex's 'g' format.
#[unsafe(export_name = "runtime.printcomplex128")]
pub extern "C" fn printcomplex128(re: f64, im: f64) {
    systemstack(|| {
        let mut b = FloatBuf::new();
        b.appendComplex(re, im, 64);
        gwrite(b.bytes());
    });
}

#[unsafe(export_name = "runtime.printcomplex64")]
pub extern "C" fn printcomplex64(re: f32, im: f32) {
    systemstack(|| {
        let mut b = FloatBuf::new();
        b.appendComplex(re as f64, im as f64, 32);
        gwrite(b.bytes());
    });
}

/// A small byte buffer on the stack that floats are formatted into.
struct FloatBuf {
    b: [u8; 64],
    n: usize,
}

impl Write for FloatBuf {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        let s = s.as_bytes();
        if self.n + s.len() > self.b.len() {
            return Err(core::fmt::Error);
        }
        self.b[self.n..self.n + s.len()].copy_from_slice(s);
        self.n += s.len();
        Ok(())
    }
}

impl FloatBuf {
    fn new() -> FloatBuf {
        FloatBuf { b: [0; 64], n: 0 }
    }
    fn bytes(&self) -> &[u8] {
        &self.b[..self.n]
    }
    fn push(&mut self, c: u8) {
        if self.n < self.b.len() {
            self.b[self.n] = c;
            self.n += 1;
        }
    }

    /// Appends v as strconv.AppendFloat(v, 'g', -1, bitSize) does.
    fn appendFloat(&mut self, v: f64, bitSize: u32) {
        if v.is_nan() {
            return self.push_str("NaN");
        }
        if v.is_infinite() {
            return self.push_str(if v > 0.0 { "+Inf" } else { "-Inf" });
        }
        // Shortest round-trip digits and the decimal exponent, from core:
        // "-1.234567e6" → neg, digits "1234567", exp 6. For a float32 the
        // digits must be shortest for 32 bits, so format the f32 itself.
        let mut e = FloatBuf::new();
        let _ = if bitSize == 32 { write!(e, "{:e}", v as f32) } else { write!(e, "{:e}", v) };
        let s = e.bytes();
        let (neg, s) = if s[0] == b'-' { (true, &s[1..]) } else { (false, s) };
        let epos = s.iter().position(|&c| c == b'e').unwrap_or(s.len());
        let mut digs = [0u8; 24];
        let mut nd = 0;
        for &c in &s[..epos] {
            if c != b'.' && nd < digs.len() {
                digs[nd] = c;
                nd += 1;
            }
        }
        let mut exp: i32 = 0;
        let mut eneg = false;
        for &c in &s[(epos + 1).min(s.len())..] {
            if c == b'-' {
                eneg = true;
            } else {
                exp = exp * 10 + (c - b'0') as i32;
            }
        }
        if eneg {
            exp = -exp;
        }
        roundHalfEven(&mut digs[..nd], exp, v);
        // strconv's decimal point position: value = 0.DIGITS × 10^dp.
        let dp = exp + 1;
        let digs = &digs[..nd];

        if neg {
            self.push(b'-');
        }
        // %e is used if the exponent from the conversion is less than -4 or
        // greater than or equal to the precision; shortest uses precision 6.
        let eprec = 6;
        if exp < -4 || exp >= eprec {
            // d.ddddde±dd
            self.push(digs[0]);
            if nd > 1 {
                self.push(b'.');
                for &d in &digs[1..] {
                    self.push(d);
                }
            }
            self.push(b'e');
            let (sign, x) = if exp < 0 { (b'-', -exp) } else { (b'+', exp) };
            self.push(sign);
            if x < 10 {
                self.push(b'0');
            }
            let mut buf = [0u8; 20];
            let i = formatBase10(&mut buf, x as u64);
            for &c in &buf[i..] {
                self.push(c);
            }
        } else {
            // %f with as many decimals as there are digits after the point.
            if dp > 0 {
                for i in 0..dp as usize {
                    self.push(if i < nd { digs[i] } else { b'0' });
                }
            } else {
                self.push(b'0');
            }
            let prec = nd as i32 - dp;
            if prec > 0 {
                self.push(b'.');
                for i in 0..prec {
                    let j = dp + i;
                    self.push(if j < 0 { b'0' } else { digs[j as usize] });
                }
            }
        }
    }

    /// strconv.FormatComplex(c, 'g', -1, 2*bitSize): "(re+imi)".
    fn appendComplex(&mut self, re: f64, im: f64, bitSize: u32) {
        self.push(b'(');
        self.appendFloat(re, bitSize);
        let start = self.n;
        self.appendFloat(im, bitSize);
        if self.b[start] != b'+' && self.b[start] != b'-' {
            // Insert a '+' before the imaginary part.
            let end = self.n;
            self.push(b' ');
            self.b.copy_within(start..end, start + 1);
            self.b[start] = b'+';
        }
        self.push_str("i)");
    }

    fn push_str(&mut self, s: &str) {
        for &c in s.as_bytes() {
            self.push(c);
        }
    }
}

/// Fixes the shortest digits of v (`digs` × 10^(exp-len+1)) when v lies
/// exactly halfway between two shortest candidates: strconv picks the one
/// with an even last digit, core the larger magnitude. For example the
/// float32 -3626911.25 prints as -3.6269112e+06 in Go.
fn roundHalfEven(digs: &mut [u8], exp: i32, v: f64) {
    let nd = digs.len();
    let last = digs[nd - 1] - b'0';
    if nd > 19 || last % 2 == 0 {
        return;
    }
    let mut d: u64 = 0;
    for &c in digs.iter() {
        d = d * 10 + (c - b'0') as u64;
    }
    let s = exp - (nd as i32 - 1); // the digits' value is d × 10^s
    // |v| = mo × 2^e with mo odd.
    let bits = v.to_bits() & !(1 << 63);
    let (mut m, mut e) = ((bits & ((1 << 52) - 1)) as u128, ((bits >> 52) as i32) - 1075);
    if bits >> 52 == 0 {
        e = -1074; // subnormal: no implicit bit
    } else {
        m |= 1 << 52;
    }
    let z = m.trailing_zeros() as i32;
    let (mo, e) = (m >> z, e + z);
    if mo == 1 {
        // A power of two: its rounding interval is lopsided, and the even
        // neighbour may not read back as v. Keep core's choice.
        return;
    }
    // Is v exactly n/2 × 10^s, for the odd n = 2d∓1 (halfway below or above
    // d)? That is n × 10^s = mo × 2^(e+1), so the odd parts and the powers of
    // two must match. Past 5^27 the odd part exceeds any double's.
    let halfway = |n: u128| -> bool {
        let t = s.unsigned_abs();
        if t > 27 {
            return false;
        }
        let p5 = 5u128.pow(t);
        if s >= 0 { n * p5 == mo && s == e + 1 } else { n == mo * p5 && e + 1 + t as i32 == 0 }
    };
    let n = 2 * d as u128;
    if halfway(n - 1) && last > 1 {
        digs[nd - 1] -= 1; // core rounded up: take the even one below
    } else if halfway(n + 1) && last < 9 {
        digs[nd - 1] += 1; // core rounded down: take the even one above
    }
}

// ---------------------------------------------------------------------------
// The runtime's own `print(...)`.

/// Values that the runtime's `print!` accepts, each printed the way gc's
/// print builtin prints its type.
pub trait Print {
    fn print(&self);
}

impl Print for &str {
    fn print(&self) {
        gwrite(self.as_bytes());
    }
}
impl Print for &[u8] {
    fn print(&self) {
        gwrite(self);
    }
}
impl Print for bool {
    fn print(&self) {
        printbool(*self as u8);
    }
}
impl Print for i64 {
    fn print(&self) {
        printint(*self);
    }
}
impl Print for i32 {
    fn print(&self) {
        printint(*self as i64);
    }
}
impl Print for isize {
    fn print(&self) {
        printint(*self as i64);
    }
}
impl Print for u64 {
    fn print(&self) {
        printuint(*self);
    }
}
impl Print for u32 {
    fn print(&self) {
        printuint(*self as u64);
    }
}
impl Print for u8 {
    fn print(&self) {
        printuint(*self as u64);
    }
}
impl Print for usize {
    fn print(&self) {
        printuint(*self as u64);
    }
}
impl Print for f64 {
    fn print(&self) {
        printfloat64(*self);
    }
}
impl Print for hex {
    fn print(&self) {
        printhex(self.0);
    }
}
impl<T> Print for *mut T {
    fn print(&self) {
        printpointer(*self as usize);
    }
}
impl<T> Print for *const T {
    fn print(&self) {
        printpointer(*self as usize);
    }
}

/// gc's `print(a, b, ...)` for the runtime's own messages: one print
/// statement, written out with a single system call.
#[macro_export]
macro_rules! print {
    ($($arg:expr),* $(,)?) => {{
        $crate::print::printlock();
        $( $crate::print::Print::print(&$arg); )*
        $crate::print::printunlock();
    }};
}
