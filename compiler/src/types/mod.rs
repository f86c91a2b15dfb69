//! Types: the type table, constants, and the checker that turns the syntax
//! tree into typed IR.
//!
//! Go: src/cmd/compile/internal/types2.

pub mod check;
pub mod constant;
pub mod types;
