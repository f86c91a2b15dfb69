//! The function table: from a PC to its Go function, file and line.
//!
//! The compiler emits `runtime.firstmoduledata` (abi.rs: Moduledata), an
//! array of `Func` records sorted by entry address, each with a PC → line
//! table. Only compiled Go functions are in it: the runtime's own code (Rust
//! and assembly) is not, and that is how tracebacks tell Go frames, which
//! they print, from runtime frames, which they skip (gc marks its runtime
//! functions with funcIDs and hides them instead).
//!
//! Lookups are binary searches. gc's tables are varint-compressed and
//! indexed by a "findfunctab" bucket array for speed; gocc's are plain
//! arrays, readable in a debugger, and only tracebacks search them.
//!
//! Invariant (checked at start-up by `moduledataverify1`): entries are sorted
//! by entry and do not overlap; each line table is sorted by pc_off and lies
//! within its function.
//!
//! Go: src/runtime/symtab.go.

use crate::abi::{Func, InlinedCall, Moduledata, PcLine};
use crate::print::hex;

unsafe extern "C" {
    /// The function table, emitted by the compiler (in gc, by the linker).
    #[link_name = "runtime.firstmoduledata"]
    static firstmoduledata: Moduledata;
}

/// All compiled Go functions.
pub fn ftab() -> &'static [Func] {
    unsafe {
        let md = &raw const firstmoduledata;
        if (*md).nftab == 0 || (*md).ftab.is_null() {
            return &[];
        }
        core::slice::from_raw_parts((*md).ftab, (*md).nftab)
    }
}

/// The Go function containing pc, or None for any other code (the runtime,
/// or not code at all).
pub fn findfunc(pc: usize) -> Option<&'static Func> {
    let tab = ftab();
    // The last function whose entry is <= pc.
    let i = tab.partition_point(|f| f.entry <= pc);
    if i == 0 {
        return None;
    }
    let f = &tab[i - 1];
    if pc < f.entry + f.size as usize { Some(f) } else { None }
}

/// The function's name, as tracebacks print it: `main.f`.
pub fn funcname(f: &Func) -> &'static [u8] {
    unsafe { bytes(f.name, f.name_len) }
}

/// The absolute path of the function's source file.
pub fn funcfile(f: &Func) -> &'static [u8] {
    unsafe { bytes(f.file, f.file_len) }
}

/// The line-table entries of f.
fn pcln(f: &Func) -> &'static [PcLine] {
    if f.npcln == 0 || f.pcln.is_null() {
        return &[];
    }
    unsafe { core::slice::from_raw_parts(f.pcln, f.npcln as usize) }
}

/// The source position of the instruction at pc, which must be in f: the
/// line and inline-tree index of the last entry whose pc_off is
/// <= pc - entry ((0, -1) if there is none).
pub fn funcpos(f: &Func, pc: usize) -> (u32, i32) {
    let off = pc.wrapping_sub(f.entry);
    let tab = pcln(f);
    let i = tab.partition_point(|e| e.pc_off as usize <= off);
    if i == 0 { (0, -1) } else { (tab[i - 1].line, tab[i - 1].inl) }
}

/// The source line of the instruction at pc, as the outermost frame sees
/// it: inside inlined code, the line of the outermost inlined call.
pub fn funcline(f: &Func, pc: usize) -> u32 {
    let (mut line, mut inl) = funcpos(f, pc);
    while let Some(call) = inlinedcall(f, inl) {
        line = call.call_line;
        inl = call.parent;
    }
    line
}

/// Node `inl` of f's inline tree (None for -1, or an index out of range).
pub fn inlinedcall(f: &Func, inl: i32) -> Option<&'static InlinedCall> {
    if inl < 0 || inl as u32 >= f.ninltree || f.inltree.is_null() {
        return None;
    }
    unsafe { Some(&*f.inltree.add(inl as usize)) }
}

/// An inlined call's callee name and source file.
pub fn inlinedname(call: &InlinedCall) -> (&'static [u8], &'static [u8]) {
    unsafe { (bytes(call.name, call.name_len), bytes(call.file, call.file_len)) }
}

unsafe fn bytes(p: *const u8, n: usize) -> &'static [u8] {
    if p.is_null() || n == 0 { &[] } else { core::slice::from_raw_parts(p, n) }
}

/// Checks the compiler's function table, so that a broken table fails at
/// start-up with a clear message instead of producing wrong tracebacks.
/// Runs on g0 from `check`, before any Go code.
pub unsafe fn moduledataverify1() {
    let tab = ftab();
    let mut prevEnd = 0;
    for (i, f) in tab.iter().enumerate() {
        if f.entry < prevEnd {
            let prev = &tab[i - 1];
            crate::print!(
                "runtime: function table not sorted: ",
                funcname(prev),
                " [",
                hex(prev.entry as u64),
                ", ",
                hex((prev.entry + prev.size as usize) as u64),
                ") before ",
                funcname(f),
                " at ",
                hex(f.entry as u64),
                "\n"
            );
            crate::panic::throw("invalid function symbol table");
        }
        prevEnd = f.entry + f.size as usize;
        let mut prevOff = 0;
        for e in pcln(f) {
            if e.pc_off < prevOff || e.pc_off >= f.size.max(1) {
                crate::print!(
                    "runtime: bad line table for ",
                    funcname(f),
                    ": pc_off ",
                    e.pc_off,
                    " (size ",
                    f.size,
                    ")\n"
                );
                crate::panic::throw("invalid function symbol table");
            }
            prevOff = e.pc_off;
        }
    }
}
