//! Runtime errors, and printing a panic's value.
//!
//! Runtime errors are ordinary Go values, as in gc, so that `recover` can
//! return them later: an `errorString` (a string whose Error method adds
//! "runtime error: "), a `plainError` (a string printed as it is) or a
//! `boundsError` (the operands of a failed bounds check, formatted only when
//! printed). Each has a type descriptor here: `type:runtime.errorString`,
//! `type:runtime.plainError`, `type:runtime.boundsError`. Until gocc has
//! methods, the runtime recognizes its own error types by descriptor address
//! and prints their Error() text directly (gc's `preprintpanics` calls the
//! Error method instead).
//!
//! `printpanicval` prints any other value as gc does: predeclared types by
//! value (`panic: 7`), named basic types as `main.MyInt(7)` or
//! `main.MyString("x")`, anything else as `(main.T) 0xADDR`, where ADDR is
//! the interface's data word. Newlines in strings are followed by a tab, so
//! a value cannot fake the start of a traceback.
//!
//! Rejected: runtime errors as plain message strings. They would print the
//! same today, but `recover()` must return a `runtime.Error`, as in gc.
//!
//! Go: src/runtime/error.go.

use crate::abi::{self, BoundsErrorCode, Type};
use crate::print::{
    gwrite, printbool, printcomplex64, printcomplex128, printfloat32, printfloat64, printint, printuint,
};
use crate::runtime2::eface;
use crate::string::stringStruct;
use crate::r#type::{isPredeclared, kind, typestring};

/// A type descriptor for one of the runtime's own types. `gcdata` has one
/// bit per word of the `ptr_bytes` prefix, set for the words holding pointers.
const fn rtype(size: usize, ptr_bytes: usize, gcdata: &'static [u8], kind: u8, name: &'static str) -> Type {
    Type {
        size,
        ptr_bytes,
        hash: 0,
        tflag: 0,
        align: 8,
        field_align: 8,
        kind,
        equal: 0,
        gcdata: gcdata.as_ptr(),
        str: name.as_ptr(),
        str_len: name.len(),
        elem: core::ptr::null(),
    }
}

/// `type errorString string`: its Error() is "runtime error: " + s. A
/// string's first word (its data) is a pointer.
pub static errorStringType: Type = rtype(16, 8, &[0b1], abi::String, "runtime.errorString");

/// `type plainError string`: a runtime error whose Error() is the string
/// itself, without the "runtime error: " prefix (`assignment to entry in nil
/// map`). It still implements runtime.Error in gc.
pub static plainErrorType: Type = rtype(16, 8, &[0b1], abi::String, "runtime.plainError");

/// `type boundsError struct{...}`: a failed bounds check, formatted lazily.
/// No pointers.
pub static boundsErrorType: Type = rtype(size_of::<boundsError>(), 0, &[], abi::Struct, "runtime.boundsError");

/// The operands of a failed index or slice expression.
#[repr(C)]
pub struct boundsError {
    pub x: i64,
    pub y: i64,
    /// Whether x is signed: a negative x prints as such, with a shorter message.
    pub signed: bool,
    pub code: BoundsErrorCode,
}

/// Messages per BoundsErrorCode: %x is x, %y is y.
const boundsErrorFmts: [&str; abi::numBoundsCodes] = [
    "index out of range [%x] with length %y",
    "slice bounds out of range [:%x] with length %y",
    "slice bounds out of range [:%x] with capacity %y",
    "slice bounds out of range [%x:%y]",
    "slice bounds out of range [::%x] with length %y",
    "slice bounds out of range [::%x] with capacity %y",
    "slice bounds out of range [:%x:%y]",
    "slice bounds out of range [%x:%y:]",
    "cannot convert slice with length %y to array or pointer to array with length %x",
];

/// The messages when x is negative: there is no need to report y.
const boundsNegErrorFmts: [&str; abi::numBoundsCodes] = [
    "index out of range [%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [%x:]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [:%x:]",
    "slice bounds out of range [%x::]",
    "cannot convert slice with length %y to array or pointer to array with length %x",
];

/// Prints an integer operand: signed values as signed, others as unsigned.
fn printIntStr(v: i64, signed: bool) {
    if signed { printint(v) } else { printuint(v as u64) }
}

impl boundsError {
    /// Prints e.Error().
    fn printError(&self) {
        let code = (self.code as usize).min(abi::numBoundsCodes - 1);
        let fmt = if self.signed && self.x < 0 { boundsNegErrorFmts[code] } else { boundsErrorFmts[code] };
        gwrite(b"runtime error: ");
        let b = fmt.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'%' && i + 1 < b.len() {
                match b[i + 1] {
                    b'x' => printIntStr(self.x, self.signed),
                    _ => printIntStr(self.y, true),
                }
                i += 2;
                continue;
            }
            let start = i;
            while i < b.len() && b[i] != b'%' {
                i += 1;
            }
            gwrite(&b[start..i]);
        }
    }
}

/// Prints an argument passed to panic.
pub unsafe fn printpanicval(v: eface) {
    let t = v._type;
    if t.is_null() {
        // panic(nil). gc programs built with GO111MODULE=off (as gocc's test
        // suite builds them) keep the pre-Go 1.21 behaviour and print "nil";
        // module builds for go >= 1.21 panic with a *runtime.PanicNilError.
        gwrite(b"nil");
        return;
    }
    if t == &raw const errorStringType {
        gwrite(b"runtime error: ");
        printindented((*(v.data as *const stringStruct)).bytes());
        return;
    }
    if t == &raw const plainErrorType {
        printindented((*(v.data as *const stringStruct)).bytes());
        return;
    }
    if t == &raw const boundsErrorType {
        (*(v.data as *const boundsError)).printError();
        return;
    }
    if !isPredeclared(t) {
        return printanycustomtype(v);
    }
    if kind(t) == abi::String {
        printindented((*(v.data as *const stringStruct)).bytes());
    } else {
        printbasic(kind(t), v.data);
    }
}

/// Prints the value at data, of the basic kind k, as print(v) would.
/// Returns false for kinds that are not basic.
unsafe fn printbasic(k: u8, data: *const u8) -> bool {
    match k {
        abi::Bool => printbool(*data),
        abi::Int | abi::Int64 => printint(*(data as *const i64)),
        abi::Int8 => printint(*(data as *const i8) as i64),
        abi::Int16 => printint(*(data as *const i16) as i64),
        abi::Int32 => printint(*(data as *const i32) as i64),
        abi::Uint | abi::Uint64 | abi::Uintptr => printuint(*(data as *const u64)),
        abi::Uint8 => printuint(*data as u64),
        abi::Uint16 => printuint(*(data as *const u16) as u64),
        abi::Uint32 => printuint(*(data as *const u32) as u64),
        abi::Float32 => printfloat32(*(data as *const f32)),
        abi::Float64 => printfloat64(*(data as *const f64)),
        abi::Complex64 => printcomplex64(*(data as *const f32), *(data as *const f32).add(1)),
        abi::Complex128 => printcomplex128(*(data as *const f64), *(data as *const f64).add(1)),
        _ => return false,
    }
    true
}

/// Prints a value of a named or composite type: `main.MyInt(7)`,
/// `main.MyString("x")`, `main.C(1+2i)`, or `(main.T) 0xADDR`.
/// Invariant: each newline in the output is followed by a tab.
unsafe fn printanycustomtype(v: eface) {
    let t = v._type;
    let name = typestring(t);
    match kind(t) {
        abi::String => {
            gwrite(name);
            gwrite(b"(\"");
            printindented((*(v.data as *const stringStruct)).bytes());
            gwrite(b"\")");
        }
        abi::Complex64 | abi::Complex128 => {
            // The complex value brings its own parentheses.
            gwrite(name);
            printbasic(kind(t), v.data);
        }
        k => {
            if k >= abi::Bool && k <= abi::Float64 {
                gwrite(name);
                gwrite(b"(");
                printbasic(k, v.data);
                gwrite(b")");
            } else {
                gwrite(b"(");
                gwrite(name);
                gwrite(b") ");
                crate::print::printpointer(v.data as usize);
            }
        }
    }
}

/// Prints s, replacing "\n" with "\n\t".
pub fn printindented(s: &[u8]) {
    let mut s = s;
    while let Some(i) = s.iter().position(|&c| c == b'\n') {
        gwrite(&s[..=i]);
        gwrite(b"\t");
        s = &s[i + 1..];
    }
    gwrite(s);
}
