//! Copying typed values: `typedmemmove`, the one place where a copy of a
//! value that may hold pointers goes through the runtime.
//!
//! THERE IS NO COLLECTOR YET, so there are no write barriers and this is a
//! plain memmove. It exists so that compiled code routes such copies
//! (assigning a struct with pointers through a pointer, say) through the
//! function that will gain gc's write barrier (`bulkBarrierPreWrite`) when
//! a concurrent collector arrives, without changing the compiler again.
//!
//! Go: src/runtime/mbarrier.go.

use crate::abi::Type;

/// Copies a value of type typ from src to dst (which may overlap).
#[unsafe(export_name = "runtime.typedmemmove")]
pub unsafe extern "C" fn typedmemmove(typ: *const Type, dst: *mut u8, src: *const u8) {
    if dst as *const u8 == src || (*typ).size == 0 {
        return;
    }
    core::ptr::copy(src, dst, (*typ).size);
}
