//! The compiler ↔ runtime contract, runtime side: every offset, constant and
//! struct layout that compiled Go code and the runtime both rely on.
//!
//! ARCHITECTURE.md ("The compiler ↔ runtime contract") is the specification;
//! `compiler/src/abi.rs` is the compiler's copy. Change all three together.
//! Nothing else in the runtime may hard-code one of these facts: asm and Rust
//! alike name the constants below.
//!
//! Names follow gc's `internal/abi` (`abi.Bool`, `abi.BoundsIndex`,
//! `abi.Type`) so that a reader can compare the two side by side. gc's
//! `_func` and `moduledata` are varint-compressed tables built by its linker;
//! gocc's are plain arrays that the compiler emits, because one compiler sees
//! the whole program and a reader can decode them by eye.
//!
//! Invariants (checked at compile time at the bottom of this file):
//! - `Func` is 80 bytes, `Type` 64 bytes, `PcLine` 8 bytes, with the field
//!   offsets written beside each field.
//!
//! Go: src/internal/abi/type.go, src/internal/abi/bounds.go,
//! src/internal/abi/stack.go, src/runtime/symtab.go (moduledata, _func).

use core::mem::{offset_of, size_of};

// ---------------------------------------------------------------------------
// The g prefix. Compiled code reads g.stackguard0 in every prologue; the rest
// of g (runtime2.rs) is private to the runtime.

/// Offset of `g.stack.lo`.
pub const g_stack_lo: usize = 0;
/// Offset of `g.stack.hi`.
pub const g_stack_hi: usize = 8;
/// Offset of `g.stackguard0`: the prologue does `CMPQ SP, 16(R15)`.
pub const g_stackguard0: usize = 16;
/// Offset of `g.stackguard1` (gc uses it for C code; gocc keeps the slot).
pub const g_stackguard1: usize = 24;

// ---------------------------------------------------------------------------
// Stack limits.

/// Bytes above `stack.lo` that the prologue keeps free:
/// `stackguard0 = stack.lo + stackGuard`. gc's value on linux/amd64
/// (`abi.StackNosplitBase` 800 + `abi.StackSmall` 128). Runtime functions
/// called from Go run in this headroom, so they must use little stack.
pub const stackGuard: usize = 928;

/// A value of `g.stackguard0` that is above every SP, so the next prologue
/// check calls morestack: gc's cooperative preemption request.
/// gc: `uintptrMask & -1314`.
pub const stackPreempt: usize = 0xffff_ffff_ffff_fade;

/// Bytes of PROT_NONE memory mapped below every goroutine stack (below
/// `stack.lo`). A frame that overruns the stack faults here, and the signal
/// handler reports a stack overflow instead of corrupting a neighbour.
/// The compiler must keep every frame smaller than this.
pub const stackGuardRegion: usize = 256 << 10;

// ---------------------------------------------------------------------------
// The function table: `runtime.firstmoduledata`, emitted by the compiler.

/// The program's function table. gc's linker builds `runtime.firstmoduledata`
/// with many more tables (pclntab, typelinks, itablinks...); gocc's compiler
/// emits this two-word version.
#[repr(C)]
pub struct Moduledata {
    /// Compiled Go functions, sorted by `entry`.
    pub ftab: *const Func,
    /// Number of entries in `ftab`.
    pub nftab: usize,
}

/// One compiled Go function. gc: `runtime._func`.
#[repr(C)]
pub struct Func {
    /// Address of the first instruction.
    pub entry: usize, // 0
    /// Code bytes: the function is `[entry, entry+size)`.
    pub size: u32, // 8
    /// Bytes allocated below the saved BP.
    pub frame: u32, // 12
    /// The name as tracebacks print it: `main.f`.
    pub name: *const u8, // 16
    pub name_len: usize, // 24
    /// Absolute path of the source file.
    pub file: *const u8, // 32
    pub file_len: usize, // 40
    /// PC → line table, sorted by `pc_off`.
    pub pcln: *const PcLine, // 48
    pub npcln: u32,      // 56
    /// Number of Go parameters: a traceback prints `f()` when 0, else `f(...)`.
    pub nargs: u32, // 60
    /// Call-site pointer maps: `nstackmaps` records of
    /// `ret_off: u32, nslots: u32, nslots × slot offset: u32`, offsets
    /// relative to SP at the return address. Read by the future collector.
    pub stackmaps: *const u32, // 64
    pub nstackmaps: u32, // 72
    /// Reserved, 0.
    pub flags: u32, // 76
}

/// Source line of the code bytes `[pc_off, next entry's pc_off)`, relative to
/// the function's entry.
#[repr(C)]
pub struct PcLine {
    pub pc_off: u32,
    pub line: u32,
}

// ---------------------------------------------------------------------------
// Type descriptors: `type:NAME` symbols emitted by the compiler.

/// A Go type descriptor. The leading fields are gc's `abi.Type`; `str` and
/// `elem` are plain pointers where gc uses offsets into its module data.
#[repr(C)]
pub struct Type {
    pub size: usize, // 0
    /// Bytes of prefix that can hold pointers.
    pub ptr_bytes: usize, // 8
    pub hash: u32,   // 16
    pub tflag: u8,   // 20
    pub align: u8,   // 21
    pub field_align: u8, // 22
    /// One of the kinds below (`Bool`, `Int`, ...).
    pub kind: u8, // 23
    /// Reserved, 0.
    pub equal: usize, // 24
    /// One bit per word of `ptr_bytes`; may be null when `ptr_bytes` is 0.
    pub gcdata: *const u8, // 32
    /// The type as Go prints it: `int`, `main.MyInt`, `*main.T`.
    pub str: *const u8, // 40
    pub str_len: usize, // 48
    /// Element type (pointers, slices, arrays...), or null.
    pub elem: *const Type, // 56
}

// Type descriptors are immutable, so sharing them between threads is safe;
// the runtime's own descriptors (error.rs) are statics.
unsafe impl Sync for Type {}

/// A type's kind, gc's `abi.Kind`.
pub type Kind = u8;
pub const Invalid: Kind = 0;
pub const Bool: Kind = 1;
pub const Int: Kind = 2;
pub const Int8: Kind = 3;
pub const Int16: Kind = 4;
pub const Int32: Kind = 5;
pub const Int64: Kind = 6;
pub const Uint: Kind = 7;
pub const Uint8: Kind = 8;
pub const Uint16: Kind = 9;
pub const Uint32: Kind = 10;
pub const Uint64: Kind = 11;
pub const Uintptr: Kind = 12;
pub const Float32: Kind = 13;
pub const Float64: Kind = 14;
pub const Complex64: Kind = 15;
pub const Complex128: Kind = 16;
pub const Array: Kind = 17;
pub const Chan: Kind = 18;
pub const Func_: Kind = 19; // gc: abi.Func (the name `Func` is the table entry above)
pub const Interface: Kind = 20;
pub const Map: Kind = 21;
pub const Pointer: Kind = 22;
pub const Slice: Kind = 23;
pub const String: Kind = 24;
pub const Struct: Kind = 25;
pub const UnsafePointer: Kind = 26;

/// The name of each kind, as gc's `abi.kindNames`. For the predeclared kinds
/// (bool ... string) this is also the predeclared type's name, which is how
/// the runtime tells `int` from `type MyInt int` (type.rs).
pub const kindNames: [&str; 27] = [
    "invalid",
    "bool",
    "int",
    "int8",
    "int16",
    "int32",
    "int64",
    "uint",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "uintptr",
    "float32",
    "float64",
    "complex64",
    "complex128",
    "array",
    "chan",
    "func",
    "interface",
    "map",
    "ptr",
    "slice",
    "string",
    "struct",
    "unsafe.Pointer",
];

// ---------------------------------------------------------------------------
// Bounds-check failures: the `code` argument of `runtime.panicBounds`.

/// What an index or slice expression checked, gc's `abi.BoundsErrorCode`.
/// It is the low 8 bits of panicBounds' `code`.
pub type BoundsErrorCode = u8;
/// `s[x]`: `0 <= x < len(s)` failed.
pub const BoundsIndex: BoundsErrorCode = 0;
/// `s[?:x]`: `0 <= x <= len(s)` failed.
pub const BoundsSliceAlen: BoundsErrorCode = 1;
/// `s[?:x]`: `0 <= x <= cap(s)` failed.
pub const BoundsSliceAcap: BoundsErrorCode = 2;
/// `s[x:y]`: `0 <= x <= y` failed.
pub const BoundsSliceB: BoundsErrorCode = 3;
/// `s[?:?:x]`: `0 <= x <= len(s)` failed.
pub const BoundsSlice3Alen: BoundsErrorCode = 4;
/// `s[?:?:x]`: `0 <= x <= cap(s)` failed.
pub const BoundsSlice3Acap: BoundsErrorCode = 5;
/// `s[?:x:y]`: `0 <= x <= y` failed.
pub const BoundsSlice3B: BoundsErrorCode = 6;
/// `s[x:y:?]`: `0 <= x <= y` failed.
pub const BoundsSlice3C: BoundsErrorCode = 7;
/// `(*[x]T)(s)`: `0 <= x <= len(s)` failed.
pub const BoundsConvert: BoundsErrorCode = 8;
/// Number of codes.
pub const numBoundsCodes: usize = 9;
/// Bit of panicBounds' `code` that says x is a signed value.
pub const BoundsSigned: u64 = 1 << 8;

// ---------------------------------------------------------------------------
// Layout checks: a mismatch is a build error, not a crash at run time.

const _: () = {
    assert!(size_of::<Func>() == 80);
    assert!(offset_of!(Func, size) == 8);
    assert!(offset_of!(Func, frame) == 12);
    assert!(offset_of!(Func, name) == 16);
    assert!(offset_of!(Func, file) == 32);
    assert!(offset_of!(Func, pcln) == 48);
    assert!(offset_of!(Func, npcln) == 56);
    assert!(offset_of!(Func, nargs) == 60);
    assert!(offset_of!(Func, stackmaps) == 64);
    assert!(offset_of!(Func, nstackmaps) == 72);
    assert!(offset_of!(Func, flags) == 76);
    assert!(size_of::<PcLine>() == 8);
    assert!(size_of::<Moduledata>() == 16);
    assert!(size_of::<Type>() == 64);
    assert!(offset_of!(Type, hash) == 16);
    assert!(offset_of!(Type, tflag) == 20);
    assert!(offset_of!(Type, kind) == 23);
    assert!(offset_of!(Type, gcdata) == 32);
    assert!(offset_of!(Type, str) == 40);
    assert!(offset_of!(Type, elem) == 56);
};
