//! The compiler ↔ runtime contract, compiler side.
//!
//! Every offset, layout and symbol name that compiled code and the runtime
//! both rely on is written here once (the runtime's copy is
//! `runtime/src/abi.rs`; the specification is ARCHITECTURE.md, "The compiler
//! ↔ runtime contract"). Change all three together.
//!
//! Go: src/internal/abi (gc keeps the same facts in one package shared by
//! the compiler and the runtime).

/// Offset of `g.stackguard0`: every prologue does `CMPQ SP, 16(R15)`.
pub const G_STACKGUARD0: i32 = 16;

/// Size of `runtime.Func`, one function-table entry.
pub const FUNC_SIZE: usize = 96;
/// Field offsets of `runtime.Func`.
pub const FUNC_ENTRY: usize = 0;
pub const FUNC_SIZE_FIELD: usize = 8;
pub const FUNC_FRAME: usize = 12;
pub const FUNC_NAME: usize = 16;
pub const FUNC_NAME_LEN: usize = 24;
pub const FUNC_FILE: usize = 32;
pub const FUNC_FILE_LEN: usize = 40;
pub const FUNC_PCLN: usize = 48;
pub const FUNC_NPCLN: usize = 56;
pub const FUNC_NARGS: usize = 60;
pub const FUNC_STACKMAPS: usize = 64;
pub const FUNC_NSTACKMAPS: usize = 72;
pub const FUNC_INLTREE: usize = 80;
pub const FUNC_NINLTREE: usize = 88;
/// A line-table entry (`runtime.PcLine`): `pc_off u32, line u32, inl i32`
/// (`inl` indexes the inline tree, -1 outside inlined code).
pub const PCLINE_SIZE: usize = 12;
/// An inline-tree node (`runtime.InlinedCall`): the callee's name and file
/// (pointer, length), then `parent i32` (-1: the function itself) and
/// `call_line u32` (the call's line, in the parent's file).
pub const INLINEDCALL_SIZE: usize = 40;
pub const INLINEDCALL_NAME: usize = 0;
pub const INLINEDCALL_NAME_LEN: usize = 8;
pub const INLINEDCALL_FILE: usize = 16;
pub const INLINEDCALL_FILE_LEN: usize = 24;
pub const INLINEDCALL_PARENT: usize = 32;
pub const INLINEDCALL_CALL_LINE: usize = 36;

/// Size of a type descriptor (`runtime.Type`) and its field offsets.
pub const TYPE_SIZE: usize = 64;
pub const TYPE_SIZE_FIELD: usize = 0;
pub const TYPE_PTR_BYTES: usize = 8;
pub const TYPE_HASH: usize = 16;
pub const TYPE_ALIGN: usize = 21;
pub const TYPE_FIELD_ALIGN: usize = 22;
pub const TYPE_KIND: usize = 23;
/// `Type.tflag` (a byte) and its bit for single-pointer structs and arrays
/// stored directly in an interface (runtime: `abi::TFlagDirectIface`).
pub const TYPE_TFLAG: usize = 20;
pub const TFLAG_DIRECT_IFACE: u8 = 1 << 5;
pub const TYPE_GCDATA: usize = 32;
pub const TYPE_STR: usize = 40;
pub const TYPE_STR_LEN: usize = 48;
pub const TYPE_ELEM: usize = 56;
/// `runtime.StructField`: name, name length, type, offset.
pub const STRUCT_FIELD_SIZE: usize = 32;

/// gc's `abi.Kind` values.
pub mod kind {
    pub const BOOL: u8 = 1;
    pub const INT: u8 = 2;
    pub const INT8: u8 = 3;
    pub const INT16: u8 = 4;
    pub const INT32: u8 = 5;
    pub const INT64: u8 = 6;
    pub const UINT: u8 = 7;
    pub const UINT8: u8 = 8;
    pub const UINT16: u8 = 9;
    pub const UINT32: u8 = 10;
    pub const UINT64: u8 = 11;
    pub const UINTPTR: u8 = 12;
    pub const FLOAT32: u8 = 13;
    pub const FLOAT64: u8 = 14;
    pub const COMPLEX64: u8 = 15;
    pub const COMPLEX128: u8 = 16;
    pub const ARRAY: u8 = 17;
    pub const CHAN: u8 = 18;
    pub const FUNC: u8 = 19;
    pub const INTERFACE: u8 = 20;
    pub const MAP: u8 = 21;
    pub const POINTER: u8 = 22;
    pub const SLICE: u8 = 23;
    pub const STRING: u8 = 24;
    pub const STRUCT: u8 = 25;
    pub const UNSAFE_POINTER: u8 = 26;
}

/// gc's `abi.BoundsErrorCode`: the first argument of `runtime.panicBounds`,
/// with `BOUNDS_SIGNED` set when the offending index is of a signed type.
pub mod bounds {
    pub const INDEX: i64 = 0;
    pub const SLICE_ALEN: i64 = 1;
    pub const SLICE_ACAP: i64 = 2;
    pub const SLICE_B: i64 = 3;
    pub const SLICE3_ALEN: i64 = 4;
    pub const SLICE3_ACAP: i64 = 5;
    pub const SLICE3_B: i64 = 6;
    pub const SLICE3_C: i64 = 7;
    /// `(*[x]T)(s)`: `x <= len(s)` failed.
    pub const CONVERT: i64 = 8;
    pub const SIGNED: i64 = 1 << 8;
}

/// The exported symbols the runtime calls.
pub const MAIN_MAIN: &str = "main.main";
pub const MAIN_INIT: &str = "main.init";
pub const FIRSTMODULEDATA: &str = "runtime.firstmoduledata";
pub const INITTASK: &str = "main..inittask";

/// The map header (`runtime.hmap`): its size, and the offset of `buckets`.
/// `makemap`'s third argument may point to a zeroed header in the
/// caller's frame (a map that does not escape), whose `buckets` may point
/// to a zeroed bucket in the frame too.
pub const HMAP_SIZE: u64 = 48;
pub const HMAP_BUCKETS_OFFSET: i32 = 16;
/// Slots in a map bucket (gc's `abi.OldMapBucketCount`).
pub const MAP_BUCKET_COUNT: i64 = 8;

/// The map iterator (`runtime.hiter`) the compiler keeps in its frame for
/// `range` over a map: its size in words, where the current key and value
/// pointers are, and which words can hold pointers (for the stack maps).
pub const HITER_WORDS: usize = 10;
pub const HITER_KEY: usize = 0;
pub const HITER_ELEM: usize = 8;
pub const HITER_PTRMASK: u64 = 0b11_1111;

/// The buffer in the caller's frame for a string operation whose result
/// does not escape (`runtime.tmpBuf`, gc's `tmpStringBufSize`): the first
/// argument of `concatstring2/3/s`, `slicebytetostring`,
/// `slicerunetostring`, `stringtoslicebyte` (32 bytes) and
/// `stringtoslicerune` (32 runes, 128 bytes); null when the result escapes.
/// `intstring`'s buffer is 4 bytes. No buffer holds pointers.
pub const TMP_STRING_BUF_SIZE: u32 = 32;
pub const INTSTRING_BUF_SIZE: u32 = 4;
