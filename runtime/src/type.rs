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
//! Go: src/runtime/type.go (rtype.string), src/internal/abi/type.go.

use crate::abi::{Type, kindNames};

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
