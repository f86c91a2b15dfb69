//! Reading type descriptors (abi.rs: Type) at run time.
//!
//! gc stores a type's name as an offset into its module's name data and
//! marks named types with `TFlagNamed`; gocc's descriptors hold a plain
//! pointer to the name, and a type is predeclared exactly when its name is
//! its kind's name (`int` for Int, `uint8` for Uint8; the aliases `byte` and
//! `rune` print as `uint8` and `int32`). `type MyInt int` has kind Int and
//! name `main.MyInt`, so it is named.
//!
//! Rejected for now: gc's TFlagNamed bit. It would need a tflag value in the
//! contract; comparing names needs nothing new.
//!
//! Composite descriptors (abi.rs: ArrayType, MapType, StructType) begin with
//! a Type; `arraytype`, `maptype` and `structtype` view a `*Type` as one of
//! them, after checking its kind (gc: `t.ArrayType()`, `t.MapType()`...).
//!
//! Go: src/runtime/type.go (rtype.string), src/internal/abi/type.go.

use crate::abi::{self, ArrayType, MapType, StructField, StructType, Type, kindNames};

/// The type as Go prints it: `int`, `main.MyInt`, `*main.T`.
pub unsafe fn typestring(t: *const Type) -> &'static [u8] {
    if (*t).str.is_null() || (*t).str_len == 0 {
        return b"";
    }
    core::slice::from_raw_parts((*t).str, (*t).str_len)
}

/// The type's kind (abi.Bool, abi.Int, ...).
pub unsafe fn kind(t: *const Type) -> u8 {
    (*t).kind
}

/// Whether t is a predeclared type (`int`, `string`...) rather than a named
/// or composite one.
pub unsafe fn isPredeclared(t: *const Type) -> bool {
    let k = kind(t) as usize;
    k < kindNames.len() && typestring(t) == kindNames[k].as_bytes()
}

/// t as an array type; throws if t is not one.
pub unsafe fn arraytype(t: *const Type) -> *const ArrayType {
    if kind(t) != abi::Array {
        crate::panic::throw("arraytype: not an array type");
    }
    t as *const ArrayType
}

/// t as a map type; throws if t is not one.
pub unsafe fn maptype(t: *const Type) -> *const MapType {
    if kind(t) != abi::Map {
        crate::panic::throw("maptype: not a map type");
    }
    t as *const MapType
}

/// t as a struct type; throws if t is not one.
pub unsafe fn structtype(t: *const Type) -> *const StructType {
    if kind(t) != abi::Struct {
        crate::panic::throw("structtype: not a struct type");
    }
    t as *const StructType
}

/// The fields of struct type st, in declaration order.
pub unsafe fn structfields<'a>(st: *const StructType) -> &'a [StructField] {
    if (*st).nfields == 0 || (*st).fields.is_null() {
        return &[];
    }
    core::slice::from_raw_parts((*st).fields, (*st).nfields)
}

impl StructField {
    /// Whether the field is `_`, which hashing and equality skip.
    /// gc: `abi.Name.IsBlank`.
    pub fn isBlank(&self) -> bool {
        self.name_len == 1 && unsafe { *self.name } == b'_'
    }
}
