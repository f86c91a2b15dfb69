//! Bounds checks the compiler can drop without proving anything about
//! control flow: an array (or constant string) indexed by an expression
//! whose value is in range by construction, such as `a[i&7]` for a
//! `[8]int` or `cs[u%8]` for an eight-byte constant. gc decides this when it
//! lowers an index (walk's `bounded`) and `-m` says `index bounds check
//! elided`; the code generator then emits no check.
//!
//! gc's SSA "prove" pass removes many more checks (loop indexes, indexes
//! already checked); it reports them only under `-d=ssa/check_bce`, not
//! `-m`, and gocc does not have it: Cranelift keeps every other check.
//!
//! Go: src/cmd/compile/internal/walk/walk.go (bounded), walk/expr.go (walkIndex).
//! Book: chapter 4.

use crate::ir::{self, ExprKind as IK};
use crate::source::Span;
use crate::syntax::ast::BinaryOp;
use crate::types::constant::Value;
use crate::types::types::{TypeKind, TypeTable};
use std::collections::HashMap;

/// Whether `x[i]` needs no bounds check: `x` is an array, or a constant
/// string, and `i` (not itself a constant) is always within it.
pub fn elided(types: &TypeTable, x: &ir::Expr, i: &ir::Expr) -> bool {
    if matches!(i.kind, IK::Const(_)) {
        return false;
    }
    let len = match (&x.kind, types.under(x.ty)) {
        (_, TypeKind::Array(_, n)) => *n as i64,
        (IK::Const(Value::String(s)), _) => s.len() as i64,
        _ => return false,
    };
    bounded(types, i, len)
}

/// gc's `bounded`: whether integer `n` is certainly in `[0, max)`.
fn bounded(types: &TypeTable, n: &ir::Expr, max: i64) -> bool {
    let Some(b) = types.basic_of(n.ty).filter(|b| b.is_integer()) else { return false };
    let signed = !b.is_unsigned();
    let mut bits = 8 * types.size(n.ty) as i64;
    let small = |e: &ir::Expr| match &e.kind {
        IK::Const(v) => v.to_i64(),
        _ => None,
    };
    if let Some(v) = small(n) {
        return 0 <= v && v < max;
    }
    match &n.kind {
        IK::Binary(op @ (BinaryOp::And | BinaryOp::AndNot), x, y) => {
            let v = match (small(x), small(y)) {
                (Some(v), _) if *op == BinaryOp::And => v,
                (_, Some(v)) if *op == BinaryOp::And => v,
                (_, Some(v)) => {
                    let v = !v;
                    if signed { v } else { v & ((1i64 << bits.min(63)) - 1) }
                }
                _ => -1,
            };
            if 0 <= v && v < max {
                return true;
            }
        }
        IK::Binary(BinaryOp::Rem, _, y) if !signed => {
            if let Some(v) = small(y) {
                if 0 <= v && v <= max {
                    return true;
                }
            }
        }
        IK::Binary(BinaryOp::Quo, _, y) if !signed => {
            if let Some(mut v) = small(y) {
                while bits > 0 && v >= 2 {
                    bits -= 1;
                    v >>= 1;
                }
            }
        }
        IK::Binary(BinaryOp::Shr, _, y) if !signed => {
            if let Some(v) = small(y) {
                if v > bits {
                    return true;
                }
                bits -= v;
            }
        }
        _ => {}
    }
    !signed && bits <= 62 && (1i64 << bits) <= max
}

/// The `-m` lines: `index bounds check elided` at each such index (at the
/// outermost call for code the inliner copied, as gc reports).
pub fn messages(pkg: &ir::Package) -> Vec<(Span, String)> {
    let mut out = Vec::new();
    for f in &pkg.funcs {
        if f.external {
            continue;
        }
        // For the expressions of inlined bodies: the outermost call.
        let mut context: HashMap<*const ir::Expr, Span> = HashMap::new();
        crate::escape::walk_func(f, &mut |e| {
            if let IK::Inlined { inl, body, .. } = &e.kind {
                let call = f.inlines.get(*inl as usize).map_or(e.span, |n| n.call);
                let at = context.get(&(e as *const ir::Expr)).copied().unwrap_or(call);
                for s in body {
                    crate::escape::walk_stmt(s, &mut |x| {
                        context.entry(x as *const ir::Expr).or_insert(at);
                    });
                }
            }
        });
        crate::escape::walk_func(f, &mut |e| {
            if let IK::Index(x, i) | IK::StringIndex(x, i) = &e.kind {
                if elided(&pkg.types, x, i) {
                    // gc positions an index expression at its `[`.
                    let at =
                        context.get(&(e as *const ir::Expr)).copied().unwrap_or(Span::new(x.span.hi, x.span.hi + 1));
                    out.push((at, "index bounds check elided".to_string()));
                }
            }
        });
    }
    out
}
