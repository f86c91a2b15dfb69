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
//! - `Func` is 96 bytes, `Type` 64 bytes, `PcLine` 12 bytes, `InlinedCall`
//!   40 bytes, `ArrayType` and
//!   `MapType` 72, `StructType` 80, `StructField` 32, `Slice` 24, with the
//!   field offsets written beside each field. (map.rs checks `hmap` and
//!   `hiter` against `HMAP_SIZE` and `HITER_WORDS`.)
//!
//! Go: src/internal/abi/type.go, src/internal/abi/map.go, src/internal/abi/bounds.go,
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
    /// The inline tree: one node per call inlined into this function
    /// (gc's FUNCDATA_InlTree). Null when nothing was inlined.
    pub inltree: *const InlinedCall, // 80
    pub ninltree: u32, // 88
    pub _pad: u32, // 92
}

/// Source position of the code bytes `[pc_off, next entry's pc_off)`,
/// relative to the function's entry: a line, and the inlined call the code
/// belongs to (an index into the inline tree; -1 for the function's own
/// code, whose file is the function's). gc keeps the two in separate
/// tables (pcln and PCDATA_InlTreeIndex).
#[repr(C)]
pub struct PcLine {
    pub pc_off: u32,
    pub line: u32,
    pub inl: i32,
}

/// A call the compiler inlined: a traceback prints a frame for it, named
/// `func`, at the line the code maps to, in `file`; the frame below it (the
/// parent inlined call, or the function itself) is at `call_line`.
#[repr(C)]
pub struct InlinedCall {
    pub name: *const u8,   // 0
    pub name_len: usize,   // 8
    pub file: *const u8,   // 16
    pub file_len: usize,   // 24
    /// The enclosing inlined call, or -1 for the function itself.
    pub parent: i32, // 32
    pub call_line: u32, // 36
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
// Composite type descriptors. Each extends `Type` (its first 64 bytes) by
// kind; type.rs views a `*Type` as one of them after checking the kind.
// `Type.elem` is the element type of an array and the value type of a map.

/// An array type `[len]elem`. gc: `abi.ArrayType` (which also has a slice type).
#[repr(C)]
pub struct ArrayType {
    pub typ: Type,  // 0
    pub len: usize, // 64
}

/// A map type `map[key]elem`. gc: `abi.MapType` (the classic one), whose
/// bucket type, hasher and sizes the compiler precomputes; gocc's runtime
/// derives them from `key` and `typ.elem` (map.rs).
#[repr(C)]
pub struct MapType {
    pub typ: Type,        // 0
    pub key: *const Type, // 64
}

/// A struct type: its fields in declaration order. gc: `abi.StructType`.
#[repr(C)]
pub struct StructType {
    pub typ: Type,                  // 0
    pub fields: *const StructField, // 64
    pub nfields: usize,             // 72
}

/// One field of a struct type. A blank field has the name `_`: hashing and
/// equality skip it, as the spec (and gc) do. gc: `abi.StructField`.
#[repr(C)]
pub struct StructField {
    pub name: *const u8,  // 0
    pub name_len: usize,  // 8
    pub typ: *const Type, // 16
    pub offset: usize,    // 24
}

unsafe impl Sync for ArrayType {}
unsafe impl Sync for MapType {}
unsafe impl Sync for StructType {}
unsafe impl Sync for StructField {}

/// `tflag` bit: values of the type are stored directly in an interface's
/// data word (a struct or array holding just one pointer-shaped value).
/// Go: `abi.TFlagDirectIface`.
pub const TFlagDirectIface: u8 = 1 << 5;

/// Whether a value of type t is stored directly in an interface's data word
/// (pointer-shaped) rather than boxed: the kinds Pointer, Chan, Map, Func
/// and UnsafePointer, and the single-pointer structs and arrays the
/// compiler flags. Go: `abi.Type.IsDirectIface`.
pub unsafe fn isDirectIface(t: *const Type) -> bool {
    matches!((*t).kind, Pointer | Chan | Map | Func_ | UnsafePointer) || (*t).tflag & TFlagDirectIface != 0
}

// ---------------------------------------------------------------------------
// Slices and maps.

/// A slice value, `{ptr, len, cap}`: what runtime functions with a slice
/// result return through the System V hidden result pointer (sret). The name
/// shares `Slice` with the kind constant above (a braced struct lives only in
/// Rust's type namespace, a constant only in its value namespace).
/// gc: `runtime.slice`.
#[repr(C)]
pub struct Slice {
    pub ptr: *mut u8, // 0
    pub len: isize,   // 8
    pub cap: isize,   // 16
}

/// Size of the map header (map.rs: hmap). `makemap`'s third argument may
/// point to a zeroed object of this size (say in the caller's frame, when
/// the map does not escape); `len(m)` reads its first word, `hmap.count`.
pub const HMAP_SIZE: usize = 48;
/// Which words of the hmap can hold heap pointers (bit i = word i): buckets,
/// oldbuckets and nextOverflow.
pub const HMAP_PTRMASK: u64 = 0b10_1100;

/// Size in words of the map iteration state (map.rs: hiter), which compiled
/// code keeps in its frame for `for k, v := range m`. Word 0 is the current
/// key's address (null when the iteration is over), word 1 the current
/// value's; the rest is private to the runtime. gc's hiter has 12 words.
pub const HITER_WORDS: usize = 10;
/// Which words of the hiter can hold pointers (bit i = word i): key, elem,
/// t, h, buckets, bptr. The compiler lists them in its stack maps.
pub const HITER_PTRMASK: u64 = 0b11_1111;

// ---------------------------------------------------------------------------
// String buffers.

/// Size of the buffer in the caller's frame that compiled code passes as
/// the first argument of the string functions (`concatstring2`,
/// `concatstring3`, `concatstrings`, `slicebytetostring`,
/// `slicerunetostring`, `stringtoslicebyte`: a `*[32]byte`;
/// `stringtoslicerune`: a `*[32]rune`) when escape analysis proved that
/// the result does not escape; null otherwise. The runtime builds the
/// result in the buffer when it fits, else on the heap. gc:
/// `tmpStringBufSize` ("known to the compiler"), `type tmpBuf`.
pub const tmpStringBufSize: usize = 32;
/// Size of `intstring`'s buffer: the longest UTF-8 encoding of a rune.
pub const intstringBufSize: usize = 4;

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
    assert!(size_of::<Func>() == 96);
    assert!(offset_of!(Func, inltree) == 80);
    assert!(offset_of!(Func, ninltree) == 88);
    assert!(size_of::<InlinedCall>() == 40);
    assert!(offset_of!(InlinedCall, parent) == 32);
    assert!(offset_of!(InlinedCall, call_line) == 36);
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
    assert!(size_of::<PcLine>() == 12);
    assert!(size_of::<Moduledata>() == 16);
    assert!(size_of::<Type>() == 64);
    assert!(offset_of!(Type, hash) == 16);
    assert!(offset_of!(Type, tflag) == 20);
    assert!(offset_of!(Type, kind) == 23);
    assert!(offset_of!(Type, gcdata) == 32);
    assert!(offset_of!(Type, str) == 40);
    assert!(offset_of!(Type, elem) == 56);
    assert!(size_of::<ArrayType>() == 72);
    assert!(offset_of!(ArrayType, len) == 64);
    assert!(size_of::<MapType>() == 72);
    assert!(offset_of!(MapType, key) == 64);
    assert!(size_of::<StructType>() == 80);
    assert!(offset_of!(StructType, fields) == 64);
    assert!(offset_of!(StructType, nfields) == 72);
    assert!(size_of::<StructField>() == 32);
    assert!(offset_of!(StructField, typ) == 16);
    assert!(offset_of!(StructField, offset) == 24);
    assert!(size_of::<Slice>() == 24);
    assert!(offset_of!(Slice, cap) == 16);
};

// ---------------------------------------------------------------------------
// runtime.MemStats: what `runtime.ReadMemStats(m *MemStats)` fills in
// (mstats.rs). The compiler declares the user-visible Go type
// `runtime.MemStats` with these fields, in this order; the layout is gc's
// on amd64 (src/runtime/mstats.go), 5776 bytes.

/// gc: `runtime.MemStats`.
#[repr(C)]
pub struct MemStats {
    pub Alloc: u64,
    pub TotalAlloc: u64,
    pub Sys: u64,
    pub Lookups: u64,
    pub Mallocs: u64,
    pub Frees: u64,
    pub HeapAlloc: u64,
    pub HeapSys: u64,
    pub HeapIdle: u64,
    pub HeapInuse: u64,
    pub HeapReleased: u64,
    pub HeapObjects: u64,
    pub StackInuse: u64,
    pub StackSys: u64,
    pub MSpanInuse: u64,
    pub MSpanSys: u64,
    pub MCacheInuse: u64,
    pub MCacheSys: u64,
    pub BuckHashSys: u64,
    pub GCSys: u64,
    pub OtherSys: u64,
    pub NextGC: u64,
    pub LastGC: u64,
    pub PauseTotalNs: u64,
    pub PauseNs: [u64; 256],
    pub PauseEnd: [u64; 256],
    pub NumGC: u32,
    pub NumForcedGC: u32,
    pub GCCPUFraction: f64,
    pub EnableGC: bool,
    pub DebugGC: bool,
    /// Per size class 0..60 (gc reports only the first 61 of its 68 classes).
    pub BySize: [MemStatsBySize; 61],
}

/// One entry of `MemStats.BySize`: `struct { Size uint32; Mallocs, Frees uint64 }`.
#[repr(C)]
pub struct MemStatsBySize {
    pub Size: u32,
    pub Mallocs: u64,
    pub Frees: u64,
}

/// Field offsets of `MemStats` (every u64 field i before NextGC is at 8*i).
pub const MemStats_Alloc: usize = 0;
pub const MemStats_TotalAlloc: usize = 8;
pub const MemStats_Sys: usize = 16;
pub const MemStats_Mallocs: usize = 32;
pub const MemStats_Frees: usize = 40;
pub const MemStats_HeapAlloc: usize = 48;
pub const MemStats_HeapSys: usize = 56;
pub const MemStats_HeapObjects: usize = 88;
pub const MemStats_OtherSys: usize = 160;
pub const MemStats_NextGC: usize = 168;
pub const MemStats_PauseNs: usize = 192;
pub const MemStats_PauseEnd: usize = 2240;
pub const MemStats_NumGC: usize = 4288;
pub const MemStats_NumForcedGC: usize = 4292;
pub const MemStats_GCCPUFraction: usize = 4296;
pub const MemStats_EnableGC: usize = 4304;
pub const MemStats_DebugGC: usize = 4305;
pub const MemStats_BySize: usize = 4312;
/// Size of one BySize entry, and of the whole struct.
pub const MemStats_BySize_entry: usize = 24;
pub const MemStats_size: usize = 5776;

const _: () = {
    assert!(offset_of!(MemStats, Alloc) == MemStats_Alloc);
    assert!(offset_of!(MemStats, TotalAlloc) == MemStats_TotalAlloc);
    assert!(offset_of!(MemStats, Sys) == MemStats_Sys);
    assert!(offset_of!(MemStats, Mallocs) == MemStats_Mallocs);
    assert!(offset_of!(MemStats, Frees) == MemStats_Frees);
    assert!(offset_of!(MemStats, HeapAlloc) == MemStats_HeapAlloc);
    assert!(offset_of!(MemStats, HeapSys) == MemStats_HeapSys);
    assert!(offset_of!(MemStats, HeapObjects) == MemStats_HeapObjects);
    assert!(offset_of!(MemStats, OtherSys) == MemStats_OtherSys);
    assert!(offset_of!(MemStats, NextGC) == MemStats_NextGC);
    assert!(offset_of!(MemStats, PauseNs) == MemStats_PauseNs);
    assert!(offset_of!(MemStats, PauseEnd) == MemStats_PauseEnd);
    assert!(offset_of!(MemStats, NumGC) == MemStats_NumGC);
    assert!(offset_of!(MemStats, NumForcedGC) == MemStats_NumForcedGC);
    assert!(offset_of!(MemStats, GCCPUFraction) == MemStats_GCCPUFraction);
    assert!(offset_of!(MemStats, EnableGC) == MemStats_EnableGC);
    assert!(offset_of!(MemStats, DebugGC) == MemStats_DebugGC);
    assert!(offset_of!(MemStats, BySize) == MemStats_BySize);
    assert!(size_of::<MemStatsBySize>() == MemStats_BySize_entry);
    assert!(offset_of!(MemStatsBySize, Mallocs) == 8);
    assert!(size_of::<MemStats>() == MemStats_size);
};
