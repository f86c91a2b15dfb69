//! Expressions: checking, constant folding, and lowering to IR in one walk.
//!
//! An expression is first checked into an `Operand`: its mode (constant,
//! variable, value, type, built-in, no value), its type, and the IR built so
//! far. Untyped operands stay untyped until the context gives them a type
//! (an assignment, the other operand of a binary operator, a parameter), as
//! the spec's "Constants" and "Assignability" rules say; then `convert_to`
//! checks representability (`overflows`, `truncated`) and fixes the IR's
//! types. A constant expression is folded as it is checked, with arbitrary
//! precision, so `1 << 100 >> 98` is 4.
//!
//! Go: src/cmd/compile/internal/types2 (expr.go, operand.go, const.go,
//! conversions.go, assignments.go, call.go, index.go).

use super::{BuiltinName, Checker, DepKey, Obj};
use crate::ir::{self, ExprKind as IK};
use crate::source::Span;
use crate::syntax::ast::{self, BinaryOp, ExprKind, LitKind, UnaryOp};
use crate::syntax::literal;
use crate::syntax::printer::expr_string;
use crate::types::constant::{self, Unrepresentable, Value};
use crate::types::types::{Basic, Type, TypeKind, TypeTable};
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

#[derive(Clone, Debug, PartialEq)]
pub enum Mode {
    Invalid,
    /// A call of a function without results.
    NoValue,
    Builtin(BuiltinName),
    TypeExpr,
    Constant(Value),
    /// Addressable (a variable).
    Variable,
    /// `m[k]`: assignable, not addressable.
    MapIndex,
    Value,
    Nil,
}

/// A checked expression.
#[derive(Clone, Debug)]
pub struct Operand<'e> {
    pub mode: Mode,
    pub ty: Type,
    pub ir: ir::Expr,
    pub src: &'e ast::Expr,
}

fn invalid_ty() -> Type {
    TypeTable::basic(Basic::Invalid)
}

impl<'e> Operand<'e> {
    pub fn invalid(src: &'e ast::Expr) -> Operand<'e> {
        Operand {
            mode: Mode::Invalid,
            ty: invalid_ty(),
            ir: ir::Expr::new(IK::Const(Value::int(0)), invalid_ty(), src.span),
            src,
        }
    }
    pub fn constant(&self) -> Option<&Value> {
        match &self.mode {
            Mode::Constant(v) => Some(v),
            _ => None,
        }
    }
    pub fn is_invalid(&self) -> bool {
        self.mode == Mode::Invalid
    }
}

/// The order of the untyped numeric kinds: a mixed untyped operation takes
/// the later kind (int < rune < float).
fn untyped_rank(b: Basic) -> u8 {
    match b {
        Basic::UntypedInt => 1,
        Basic::UntypedRune => 2,
        Basic::UntypedFloat => 3,
        _ => 0,
    }
}

impl<'a> Checker<'a> {
    /// How gc describes an operand in a message: `x (variable of type int)`.
    pub fn describe(&self, op: &Operand) -> String {
        let expr = expr_string(op.src);
        self.describe_with(op, &expr)
    }

    pub fn describe_with(&self, op: &Operand, expr: &str) -> String {
        if op.mode == Mode::Nil {
            return "nil".into();
        }
        let mut s = format!("{expr} (");
        let untyped = self.types.is_untyped(op.ty);
        if untyped && !matches!(op.mode, Mode::Invalid | Mode::NoValue | Mode::Builtin(_) | Mode::TypeExpr) {
            s.push_str(self.types.basic_of(op.ty).unwrap().name());
            s.push(' ');
        }
        s.push_str(match &op.mode {
            Mode::Invalid => "invalid operand",
            Mode::NoValue => "no value",
            Mode::Builtin(_) => "built-in",
            Mode::TypeExpr => "type",
            Mode::Constant(_) => "constant",
            Mode::Variable => "variable",
            Mode::MapIndex => "map index expression",
            Mode::Value | Mode::Nil => "value",
        });
        if let Mode::Constant(v) = &op.mode {
            let text = v.describe();
            if text != expr {
                s.push(' ');
                s.push_str(&text);
            }
        }
        if !untyped && !matches!(op.mode, Mode::Invalid | Mode::NoValue | Mode::Builtin(_) | Mode::TypeExpr) {
            s.push_str(" of ");
            // The empty interface is most likely spelled `any`, an alias,
            // which types2 describes by kind and name.
            if matches!(self.types.kind(op.ty), TypeKind::Interface(m) if m.is_empty()) {
                s.push_str("interface type any)");
                return s;
            }
            if matches!(self.types.kind(op.ty), TypeKind::Named { .. }) {
                let kind = match self.types.under(op.ty) {
                    TypeKind::Basic(b) => b.name(),
                    TypeKind::Array(..) => "array",
                    TypeKind::Slice(_) => "slice",
                    TypeKind::Struct(_) => "struct",
                    TypeKind::Pointer(_) => "pointer",
                    TypeKind::Func(_) => "func",
                    TypeKind::Interface(_) => "interface",
                    TypeKind::Map(..) => "map",
                    TypeKind::Chan(..) => "chan",
                    _ => "",
                };
                s.push_str(kind);
                s.push(' ');
            }
            s.push_str("type ");
            s.push_str(&self.type_name(op.ty));
        }
        s.push(')');
        s
    }

    fn mk(&self, kind: IK, ty: Type, span: Span) -> ir::Expr {
        ir::Expr::new(kind, ty, span)
    }

    fn const_op<'e>(&self, val: Value, ty: Type, src: &'e ast::Expr) -> Operand<'e> {
        Operand { mode: Mode::Constant(val.clone()), ty, ir: self.mk(IK::Const(val), ty, src.span), src }
    }

    /// Checks an expression that must be a single value (not a type, a
    /// built-in, a no-value call or a multi-value call).
    pub fn value<'e>(&mut self, e: &'e ast::Expr) -> Operand<'e> {
        let op = self.expr(e);
        self.single_value(op)
    }

    pub fn single_value<'e>(&mut self, op: Operand<'e>) -> Operand<'e> {
        match &op.mode {
            Mode::NoValue => {
                let msg = format!("{} used as value", self.describe(&op));
                self.error(op.src.span, msg);
                Operand::invalid(op.src)
            }
            Mode::Builtin(_) => {
                let msg = format!("{} must be called", self.describe(&op));
                self.error(op.src.span, msg);
                Operand::invalid(op.src)
            }
            Mode::TypeExpr => {
                let msg = format!("{} (type) is not an expression", expr_string(op.src));
                self.error(op.src.span, msg);
                Operand::invalid(op.src)
            }
            _ if matches!(self.types.kind(op.ty), TypeKind::Tuple(_)) => {
                let msg = format!("multiple-value {} in single-value context", self.describe(&op));
                self.error(op.src.span, msg);
                Operand::invalid(op.src)
            }
            _ => op,
        }
    }

    /// Checks any expression.
    pub fn expr<'e>(&mut self, e: &'e ast::Expr) -> Operand<'e> {
        match &e.kind {
            ExprKind::Bad => Operand::invalid(e),
            ExprKind::Paren(x) => {
                let mut op = self.expr(x);
                op.src = e;
                op
            }
            ExprKind::Name(name) => self.name(e, name),
            ExprKind::BasicLit { kind, text } => self.basic_lit(e, *kind, text),
            ExprKind::Unary { op, x } => self.unary(e, *op, x),
            ExprKind::Binary { op, x, y } => self.binary(e, *op, x, y),
            ExprKind::Call { func, args, ellipsis, .. } => self.call(e, func, args, *ellipsis),
            ExprKind::Index { x, index } => self.index(e, x, index),
            ExprKind::Slice { x, lo, hi, max } => self.slice_expr(e, x, lo.as_deref(), hi.as_deref(), max.as_deref()),
            ExprKind::ArrayType { .. }
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::StructType(_)
            | ExprKind::InterfaceType(_) => {
                let t = self.type_expr(e);
                Operand { mode: Mode::TypeExpr, ty: t, ir: self.mk(IK::Const(Value::int(0)), t, e.span), src: e }
            }
            ExprKind::Star(x) => {
                // A pointer type (`*T` in a conversion) or a dereference.
                let inner = self.expr(x);
                if inner.mode == Mode::TypeExpr {
                    let t = self.types.pointer(inner.ty);
                    return Operand {
                        mode: Mode::TypeExpr,
                        ty: t,
                        ir: self.mk(IK::Const(Value::int(0)), t, e.span),
                        src: e,
                    };
                }
                self.deref(e, inner)
            }
            ExprKind::CompositeLit { .. } => self.composite_lit(e, None),
            ExprKind::FuncLit { .. } => {
                self.unsupported(e.span, "function literals");
                Operand::invalid(e)
            }
            ExprKind::Selector { x, sel } => self.selector(e, x, sel),
            ExprKind::TypeAssert { .. } => {
                self.unsupported(e.span, "type assertions");
                Operand::invalid(e)
            }
            ExprKind::Ellipsis => {
                self.error(e.span, "invalid use of ...");
                Operand::invalid(e)
            }
        }
    }

    pub fn unsupported(&mut self, span: Span, what: &str) {
        self.error(span, format!("gocc does not support {what} yet"));
    }

    fn name<'e>(&mut self, e: &'e ast::Expr, name: &str) -> Operand<'e> {
        if name == "_" {
            self.error(e.span, "cannot use _ as value or type");
            return Operand::invalid(e);
        }
        let Some(ent) = self.lookup(name) else {
            self.error(e.span, format!("undefined: {name}"));
            return Operand::invalid(e);
        };
        if name == "iota" && self.universe_iota(ent) {
            return match self.iota {
                Some(v) => self.const_op(Value::int(v), TypeTable::basic(Basic::UntypedInt), e),
                None => {
                    self.error(e.span, "cannot use iota outside constant declaration");
                    Operand::invalid(e)
                }
            };
        }
        self.resolve(ent, Some(e.span));
        self.operand_of_entity(e, ent)
    }

    /// The operand a resolved name denotes (and the name counts as used).
    pub(super) fn operand_of_entity<'e>(&mut self, e: &'e ast::Expr, ent: super::EntId) -> Operand<'e> {
        self.ents[ent.0 as usize].used = true;
        match self.ents[ent.0 as usize].obj.clone() {
            Obj::Package(_) => {
                self.error(e.span, format!("use of package {} without selector", self.ents[ent.0 as usize].name));
                Operand::invalid(e)
            }
            Obj::Invalid => Operand::invalid(e),
            Obj::Const { ty, val } => self.const_op(val, ty, e),
            Obj::TypeName(t) => {
                Operand { mode: Mode::TypeExpr, ty: t, ir: self.mk(IK::Const(Value::int(0)), t, e.span), src: e }
            }
            Obj::Global(g) => {
                let spec = self.global_spec[&g];
                self.record_dep(DepKey::Var(spec), e.span);
                let ty = self.globals[g.0 as usize].ty;
                if self.invalid(ty) {
                    return Operand::invalid(e);
                }
                Operand { mode: Mode::Variable, ty, ir: self.mk(IK::Global(g), ty, e.span), src: e }
            }
            Obj::Local(l) => {
                let ty = self.fs.as_ref().unwrap().func.local(l).ty;
                // A variable declared with an error: its uses stay silent
                // (types2 makes the operand invalid).
                if self.invalid(ty) {
                    return Operand::invalid(e);
                }
                Operand { mode: Mode::Variable, ty, ir: self.mk(IK::Local(l), ty, e.span), src: e }
            }
            Obj::Func(f) => {
                self.record_dep(DepKey::Func(f), e.span);
                let ty = self.func_type(f);

                Operand { mode: Mode::Value, ty, ir: self.mk(IK::Func(f), ty, e.span), src: e }
            }
            Obj::Builtin(b) => Operand {
                mode: Mode::Builtin(b),
                ty: invalid_ty(),
                ir: self.mk(IK::Const(Value::int(0)), invalid_ty(), e.span),
                src: e,
            },
            Obj::Nil => Operand {
                mode: Mode::Nil,
                ty: TypeTable::basic(Basic::UntypedNil),
                ir: self.mk(IK::Const(Value::int(0)), TypeTable::basic(Basic::UntypedNil), e.span),
                src: e,
            },
        }
    }

    fn universe_iota(&self, ent: super::EntId) -> bool {
        self.ents[ent.0 as usize].span == Span::default()
    }

    fn basic_lit<'e>(&mut self, e: &'e ast::Expr, kind: LitKind, text: &str) -> Operand<'e> {
        match kind {
            LitKind::Int => {
                let v = Value::Int(literal::int_value(text));
                if self.untyped_overflow(e, &v) {
                    return Operand::invalid(e);
                }
                self.const_op(v, TypeTable::basic(Basic::UntypedInt), e)
            }
            LitKind::Float => {
                self.const_op(Value::Float(literal::float_value(text)), TypeTable::basic(Basic::UntypedFloat), e)
            }
            LitKind::Char => {
                self.const_op(Value::int(literal::rune_value(text) as i64), TypeTable::basic(Basic::UntypedRune), e)
            }
            LitKind::String => {
                self.const_op(Value::String(literal::string_value(text)), TypeTable::basic(Basic::UntypedString), e)
            }
            LitKind::Imag => {
                self.unsupported(e.span, "complex numbers");
                Operand::invalid(e)
            }
        }
    }

    // ---- Untyped conversion -------------------------------------------------

    /// Gives an untyped operand the type `target` (the context's type), as
    /// the spec's implicit conversion does. Returns false (after reporting
    /// nothing) if that is impossible; the caller phrases the error.
    pub(super) fn implicit_convert(&mut self, op: &mut Operand, target: Type) -> Result<(), Unrepresentable> {
        if !self.types.is_untyped(op.ty) || self.invalid(target) {
            return Ok(());
        }
        if self.types.is_untyped(target) {
            // Both untyped: the later numeric kind wins (handled by the caller).
            let (Some(a), Some(b)) = (self.types.basic_of(op.ty), self.types.basic_of(target)) else {
                return Ok(());
            };
            if untyped_rank(a) > 0 && untyped_rank(b) > 0 {
                if untyped_rank(b) > untyped_rank(a) {
                    if let Mode::Constant(v) = &op.mode {
                        let v = constant::represent(v, b)?;
                        op.mode = Mode::Constant(v);
                    }
                    op.ty = target;
                    self.retype(&mut op.ir, target, &op.mode);
                }
                return Ok(());
            }
            if a == b {
                return Ok(());
            }
            return Err(Unrepresentable::Mismatch);
        }
        let from = self.types.basic_of(op.ty).unwrap();
        match self.types.under(target).clone() {
            TypeKind::Basic(tb) => {
                if from == Basic::UntypedNil {
                    return Err(Unrepresentable::Mismatch);
                }
                match &op.mode {
                    Mode::Constant(v) => {
                        let kind_ok = match from {
                            Basic::UntypedBool => tb.is_boolean(),
                            Basic::UntypedString => tb.is_string(),
                            _ => tb.is_numeric(),
                        };
                        if !kind_ok {
                            return Err(Unrepresentable::Mismatch);
                        }
                        // types2 calls any failure of an untyped float into an
                        // integer type "truncated", even 1e3 into int8.
                        let v = constant::represent(v, tb).map_err(|why| match why {
                            Unrepresentable::Overflows if from == Basic::UntypedFloat && tb.is_integer() => {
                                Unrepresentable::Truncated
                            }
                            why => why,
                        })?;
                        op.mode = Mode::Constant(v);
                    }
                    _ => {
                        // A non-constant untyped value: a comparison result
                        // (bool) or a shift of an untyped constant (integer).
                        // The shift's operand takes the type: types2 names it.
                        if let Some(x) = untyped_shift_operand(&op.ir) {
                            if tb.is_numeric() && !tb.is_integer() {
                                let msg = format!(
                                    "invalid operation: shifted operand {} (type {}) must be integer",
                                    self.sources.snippet(x.span),
                                    self.type_name(target)
                                );
                                self.error(x.span, msg);
                                // Typed as asked, so that no error follows.
                                op.ty = target;
                                let mode = op.mode.clone();
                                self.retype(&mut op.ir, target, &mode);
                                return Ok(());
                            }
                        }
                        let ok = match from {
                            Basic::UntypedBool => tb.is_boolean(),
                            _ => tb.is_integer(),
                        };
                        if !ok {
                            return Err(Unrepresentable::Mismatch);
                        }
                    }
                }
            }
            TypeKind::Interface(methods) => {
                if !methods.is_empty() && from != Basic::UntypedNil {
                    return Err(Unrepresentable::Mismatch);
                }
                // A value in an interface gets its default type first.
                if from != Basic::UntypedNil {
                    let d = self.default_type(op.ty);
                    self.implicit_convert(op, d)?;
                    return Ok(());
                }
            }
            TypeKind::Pointer(_) | TypeKind::Slice(_) | TypeKind::Map(..) | TypeKind::Chan(..) | TypeKind::Func(_) => {
                if from != Basic::UntypedNil {
                    return Err(Unrepresentable::Mismatch);
                }
            }
            _ => return Err(Unrepresentable::Mismatch),
        }
        op.ty = target;
        let mode = op.mode.clone();
        self.retype(&mut op.ir, target, &mode);
        Ok(())
    }

    /// types2's convertUntyped: `implicit_convert`, reporting a failure at
    /// the operand as gc words it (`1.5 (untyped float constant) truncated
    /// to int`, `-1 (untyped int constant) overflows uint`, `cannot convert
    /// "a" (untyped string constant) to type int`), naming the target's
    /// underlying type. Returns false after an error.
    pub(super) fn convert_untyped(&mut self, op: &mut Operand, target: Type) -> bool {
        let before = self.describe(op);
        let Err(why) = self.implicit_convert(op, target) else {
            return true;
        };
        let target = self.type_name(self.types.underlying(target));
        let msg = match why {
            Unrepresentable::Truncated => format!("{before} truncated to {target}"),
            Unrepresentable::Overflows => format!("{before} overflows {target}"),
            Unrepresentable::Mismatch => format!("cannot convert {before} to type {target}"),
        };
        self.error(op.src.span, msg);
        false
    }

    /// Sets the type of an untyped IR expression (and of its untyped
    /// operands, which take the same type), refreshing a constant's value.
    fn retype(&self, ir: &mut ir::Expr, target: Type, mode: &Mode) {
        if !self.types.is_untyped(ir.ty) {
            return;
        }
        ir.ty = target;
        if let Mode::Constant(v) = mode {
            ir.kind = IK::Const(v.clone());
            return;
        }
        match &mut ir.kind {
            IK::Binary(op, x, y) => {
                if op.is_shift() {
                    self.retype(x, target, &Mode::Value);
                } else if !matches!(op, BinaryOp::LAnd | BinaryOp::LOr) || self.types.is_boolean(target) {
                    self.retype(x, target, &Mode::Value);
                    self.retype(y, target, &Mode::Value);
                }
            }
            IK::Unary(_, x) => self.retype(x, target, &Mode::Value),
            IK::Const(v) => {
                if let Some(b) = self.types.basic_of(target) {
                    if let Ok(nv) = constant::represent(v, b) {
                        *v = nv;
                    }
                }
            }
            _ => {}
        }
    }

    /// The default type of an untyped type (`untyped int` → `int`).
    pub fn default_type(&self, t: Type) -> Type {
        match self.types.kind(t) {
            TypeKind::Basic(b) => TypeTable::basic(match b {
                Basic::UntypedBool => Basic::Bool,
                Basic::UntypedInt => Basic::Int,
                Basic::UntypedRune => return crate::types::types::RUNE,
                Basic::UntypedFloat => Basic::Float64,
                Basic::UntypedString => Basic::String,
                other => *other,
            }),
            _ => t,
        }
    }

    /// Whether a value of type `v` can be assigned to type `t` (the spec's
    /// "Assignability"), for typed values.
    pub fn assignable_type(&self, v: Type, t: Type) -> bool {
        if self.types.identical(v, t) {
            return true;
        }
        let (vu, tu) = (self.types.underlying(v), self.types.underlying(t));
        let v_named = matches!(self.types.kind(v), TypeKind::Named { .. } | TypeKind::Basic(_));
        let t_named = matches!(self.types.kind(t), TypeKind::Named { .. } | TypeKind::Basic(_));
        if self.types.identical(vu, tu) && (!v_named || !t_named) {
            return true;
        }
        // Any type implements the empty interface.
        if let TypeKind::Interface(m) = self.types.kind(tu) {
            if m.is_empty() {
                return true;
            }
        }
        false
    }

    /// Converts an operand for use as a value of type `target`, reporting
    /// gc's "cannot use X as T value in CONTEXT" if it cannot be.
    pub fn assign_to(&mut self, mut op: Operand, target: Type, context: &str) -> Option<ir::Expr> {
        if op.is_invalid() || self.invalid(target) {
            return None;
        }
        // An untyped constant meets an interface with methods as a value of
        // its default type (which has none): types2 reports it so.
        if self.types.is_untyped(op.ty)
            && op.mode != Mode::Nil
            && matches!(self.types.under(target), TypeKind::Interface(m) if !m.is_empty())
        {
            let d = self.default_type(op.ty);
            let _ = self.implicit_convert(&mut op, d);
        }
        let op_desc = self.describe(&op);
        if self.types.is_untyped(op.ty) {
            if op.mode == Mode::Nil && !self.nil_assignable(target) {
                let msg = format!("cannot use nil as {} value in {context}", self.type_name(target));
                self.error(op.src.span, msg);
                return None;
            }
            match self.implicit_convert(&mut op, target) {
                Ok(()) => {}
                Err(why) => {
                    let suffix = match why {
                        Unrepresentable::Overflows => " (overflows)",
                        Unrepresentable::Truncated => " (truncated)",
                        Unrepresentable::Mismatch => "",
                    };
                    let msg = format!("cannot use {op_desc} as {} value in {context}{suffix}", self.type_name(target));
                    self.error(op.src.span, msg);
                    return None;
                }
            }
        }
        if !self.assignable_type(op.ty, target) {
            let why = match self.missing_method(op.ty, target) {
                Some(why) => why,
                // An interface where a concrete type is wanted, when the
                // type could be asserted: it implements the interface (gocc's
                // concrete types have no methods, so only an empty one).
                None if matches!(self.types.under(op.ty), TypeKind::Interface(m) if m.is_empty())
                    && !self.types.is_interface(target) =>
                {
                    ": need type assertion".to_string()
                }
                None => String::new(),
            };
            let msg = format!("cannot use {op_desc} as {} value in {context}{why}", self.type_name(target));
            // gc places a slice expression at its `[`.
            let at = match op.src.kind {
                ExprKind::Slice { .. } => self.gc_position(op.src),
                _ => op.src.span,
            };
            self.error(at, msg);
            return None;
        }
        Some(self.finish_value(op, target))
    }

    /// Why a type is not an interface with methods: the interface's first
    /// method it lacks (gocc's concrete types have no methods yet): `: T
    /// does not implement error (missing method Error)`.
    fn missing_method(&self, from: Type, iface: Type) -> Option<String> {
        let TypeKind::Interface(methods) = self.types.under(iface) else { return None };
        let has = match self.types.under(from) {
            TypeKind::Interface(have) => have.clone(),
            _ => Vec::new(),
        };
        let first = methods.iter().find(|m| !has.iter().any(|h| h.name == m.name))?;
        // types2 prints the type itself here: `interface{}`, not `any`.
        Some(format!(
            ": {} does not implement {} (missing method {})",
            self.types.name(from, false).replace("interface {}", "interface{}"),
            self.type_name(iface),
            first.name
        ))
    }

    pub(super) fn nil_assignable(&self, t: Type) -> bool {
        matches!(
            self.types.under(t),
            TypeKind::Pointer(_)
                | TypeKind::Slice(_)
                | TypeKind::Map(..)
                | TypeKind::Chan(..)
                | TypeKind::Func(_)
                | TypeKind::Interface(_)
        )
    }

    /// Where gc positions an expression (its node's Pos): a binary
    /// expression at its operator, a call at its `(`, an index or slice at
    /// its `[`, a selector at its `.`, anything else at its start.
    pub(super) fn gc_position(&self, e: &ast::Expr) -> Span {
        let after = |end: u32| {
            // The first non-blank byte at or after `end`.
            let text = self.sources.snippet(Span::new(end, e.span.hi));
            let skip = text.len() - text.trim_start().len();
            Span::new(end + skip as u32, end + skip as u32 + 1)
        };
        match &e.kind {
            ExprKind::Binary { x, .. } => after(x.span.hi),
            ExprKind::Call { lparen, .. } => lparen.start_span(),
            // A selector at its `.`, a parenthesised expression at its `(`.
            ExprKind::Index { x, .. } | ExprKind::Slice { x, .. } | ExprKind::Selector { x, .. } => after(x.span.hi),
            ExprKind::Paren(_) => e.span.start_span(),
            // A composite literal at its `{`.
            ExprKind::CompositeLit { typ: Some(t), .. } => after(t.span.hi),
            _ => e.span.start_span(),
        }
    }

    /// The IR of an operand assigned to `target`: interface boxing where the
    /// target is an interface and the value is not.
    fn finish_value(&mut self, op: Operand, target: Type) -> ir::Expr {
        if self.types.is_interface(target) && !self.types.is_interface(op.ty) {
            let span = op.ir.span;
            // Boxing is an allocation site, reported by the value's text.
            let site = if self.fs.is_some() {
                let at = self.gc_position(op.src);
                self.new_site(at, op.src, Some(op.ty), ir::SiteKind::Box)
            } else {
                ir::SiteId(u32::MAX)
            };
            return self.mk(IK::MakeInterface(site, Box::new(op.ir)), target, span);
        }
        let mut ir = op.ir;
        if ir.ty != target && self.types.identical(self.types.underlying(ir.ty), self.types.underlying(target)) {
            ir.ty = target;
        }
        ir
    }

    /// An operand used where any value is fine (`x := v`, `println(v)`):
    /// untyped values get their default type.
    pub fn default_value(&mut self, op: Operand, context: &str) -> Option<ir::Expr> {
        if op.is_invalid() {
            return None;
        }
        if op.mode == Mode::Nil {
            self.error(op.src.span, format!("use of untyped nil in {context}"));
            return None;
        }
        let t = self.default_type(op.ty);
        self.assign_to(op, t, context)
    }

    // ---- Operators ----------------------------------------------------------

    fn unary<'e>(&mut self, e: &'e ast::Expr, op: UnaryOp, x: &'e ast::Expr) -> Operand<'e> {
        if op == UnaryOp::Addr {
            return self.address_of(e, x);
        }
        if op == UnaryOp::Recv {
            let xo = self.value(x);
            if !xo.is_invalid() {
                self.unsupported(e.span, "channels");
            }
            return Operand::invalid(e);
        }
        let xo = self.value(x);
        if xo.is_invalid() {
            return Operand::invalid(e);
        }
        let ok = match op {
            UnaryOp::Pos | UnaryOp::Neg => self.types.is_numeric(xo.ty),
            UnaryOp::Not => self.types.is_boolean(xo.ty),
            UnaryOp::Xor => self.types.is_integer(xo.ty),
            _ => false,
        };
        if !ok {
            let msg = format!("invalid operation: operator {} not defined on {}", op.text(), self.describe(&xo));
            self.error(x.span, msg);
            return Operand::invalid(e);
        }
        if let Some(v) = xo.constant() {
            let b = self.types.basic_of(xo.ty).unwrap();
            let folded = match (op, v) {
                (UnaryOp::Pos, v) => v.clone(),
                (UnaryOp::Neg, Value::Int(i)) => Value::Int(-i),
                (UnaryOp::Neg, Value::Float(f)) => Value::Float(-f),
                (UnaryOp::Not, Value::Bool(b)) => Value::Bool(!b),
                (UnaryOp::Xor, Value::Int(i)) => {
                    // ^x is x ^ -1 for signed and untyped values, x ^ max for unsigned.
                    if b.is_unsigned() {
                        let mask = (BigInt::from(1) << b.bits()) - 1;
                        Value::Int(i ^ mask)
                    } else {
                        Value::Int(-i - 1)
                    }
                }
                _ => v.clone(),
            };
            return self.typed_constant_result(e, folded, xo.ty);
        }
        let ty = xo.ty;
        Operand { mode: Mode::Value, ty, ir: self.mk(IK::Unary(op, Box::new(xo.ir)), ty, e.span), src: e }
    }

    /// A folded constant of type `ty`: typed constants must stay
    /// representable (`x (constant 300 of type byte) overflows byte`).
    fn typed_constant_result<'e>(&mut self, e: &'e ast::Expr, v: Value, ty: Type) -> Operand<'e> {
        if !self.types.is_untyped(ty) {
            if let Some(b) = self.types.basic_of(ty) {
                match constant::represent(&v, b) {
                    Ok(v) => return self.const_op(v, ty, e),
                    Err(_) => {
                        let op = self.const_op(v.clone(), ty, e);
                        // types2 names the underlying type (`overflows uint8`).
                        let under = self.types.underlying(ty);
                        let msg = format!("{} overflows {}", self.describe(&op), self.type_name(under));
                        self.error(e.span, msg);
                        return Operand::invalid(e);
                    }
                }
            }
        }
        if self.untyped_overflow(e, &v) {
            return Operand::invalid(e);
        }
        self.const_op(v, ty, e)
    }

    /// gc's bound on untyped integer constants (types2's `overflow`): more
    /// than 512 bits is `constant multiplication overflow`, named after the
    /// operation and reported at its operator (`constant overflow` for a
    /// literal). Returns whether it reported.
    fn untyped_overflow(&mut self, e: &ast::Expr, v: &Value) -> bool {
        const PREC: u64 = 512;
        let Value::Int(i) = v else { return false };
        if i.bits() <= PREC {
            return false;
        }
        let (name, at) = match &e.kind {
            ExprKind::Binary { op, x, .. } => {
                let name = match op {
                    BinaryOp::Add => "addition ",
                    BinaryOp::Sub => "subtraction ",
                    BinaryOp::Xor => "bitwise XOR ",
                    BinaryOp::Mul => "multiplication ",
                    BinaryOp::Shl => "shift ",
                    _ => "",
                };
                (name, crate::syntax::token_after(self.sources, x.span.hi))
            }
            ExprKind::Unary { op: UnaryOp::Xor, .. } => ("bitwise complement ", e.span.lo),
            _ => ("", e.span.lo),
        };
        self.error(Span::new(at, at + 1), format!("constant {name}overflow"));
        true
    }

    /// Brings two operands to a common type for a binary operator, as
    /// types2's `matchTypes`: when an untyped operand may take the other's
    /// type (`may_convert`), it does, and a constant that cannot is an error
    /// about that operand (`x + 1.5` with x int: `1.5 (untyped float
    /// constant) truncated to int`). Otherwise the types stay as they are and
    /// the caller reports any mismatch. Returns false after an error.
    fn match_types(&mut self, x: &mut Operand, y: &mut Operand) -> bool {
        if !self.may_convert(x, y) {
            return true;
        }
        if self.types.is_untyped(x.ty) && self.types.is_untyped(y.ty) {
            // Both untyped: the later numeric kind wins (int < rune < float).
            let (a, b) = (self.types.basic_of(x.ty).unwrap(), self.types.basic_of(y.ty).unwrap());
            if untyped_rank(a) < untyped_rank(b) {
                return self.convert_untyped(x, y.ty);
            }
            return self.convert_untyped(y, x.ty);
        }
        self.convert_untyped(x, y.ty) && self.convert_untyped(y, x.ty)
    }

    /// Whether two operands may have matching types after converting an
    /// untyped one to the other's type (types2's mayConvert in matchTypes).
    fn may_convert(&self, x: &Operand, y: &Operand) -> bool {
        let t = &self.types;
        if !t.is_untyped(x.ty) && !t.is_untyped(y.ty) {
            return false;
        }
        // A numeric type can only convert to another numeric type.
        if t.is_numeric(x.ty) != t.is_numeric(y.ty) {
            return false;
        }
        // An untyped operand takes its default type against an interface.
        if t.is_interface(x.ty) || t.is_interface(y.ty) {
            return true;
        }
        if t.is_boolean(x.ty) != t.is_boolean(y.ty) || t.is_string(x.ty) != t.is_string(y.ty) {
            return false;
        }
        // Untyped nil only converts to a type that has a nil.
        if x.mode == Mode::Nil {
            return y.mode != Mode::Nil && self.nil_assignable(y.ty);
        }
        if y.mode == Mode::Nil {
            return self.nil_assignable(x.ty);
        }
        !matches!(t.under(x.ty), TypeKind::Pointer(_)) && !matches!(t.under(y.ty), TypeKind::Pointer(_))
    }

    fn mismatch(&mut self, e: &ast::Expr, op_text: &str, x: &Operand, y: &Operand) {
        let msg = format!(
            "invalid operation: {} {op_text} {} (mismatched types {} and {})",
            expr_string(x.src),
            expr_string(y.src),
            self.type_name(x.ty),
            self.type_name(y.ty)
        );
        self.error(e.span, msg);
    }

    pub fn binary<'e>(&mut self, e: &'e ast::Expr, op: BinaryOp, xe: &'e ast::Expr, ye: &'e ast::Expr) -> Operand<'e> {
        let x = self.value(xe);
        let y = self.value(ye);
        self.binary_operands(e, op, x, y, op.text())
    }

    /// `op_text` is how the operator appears in messages (`+=` for `x += y`).
    pub fn binary_operands<'e>(
        &mut self,
        e: &'e ast::Expr,
        op: BinaryOp,
        mut x: Operand<'e>,
        mut y: Operand<'e>,
        op_text: &str,
    ) -> Operand<'e> {
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(e);
        }
        if op.is_shift() {
            return self.shift(e, op, x, y);
        }
        if !self.match_types(&mut x, &mut y) {
            return Operand::invalid(e);
        }
        if op.is_comparison() {
            return self.comparison(e, op, x, y, op_text);
        }
        if !self.types.identical(x.ty, y.ty) {
            self.mismatch(e, op_text, &x, &y);
            return Operand::invalid(e);
        }
        let t = x.ty;
        let ok = match op {
            BinaryOp::Add => self.types.is_numeric(t) || self.types.is_string(t),
            BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Quo => self.types.is_numeric(t),
            BinaryOp::Rem | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::AndNot => self.types.is_integer(t),
            BinaryOp::LAnd | BinaryOp::LOr => self.types.is_boolean(t),
            _ => false,
        };
        if !ok {
            let msg = format!("invalid operation: operator {} not defined on {}", op.text(), self.describe(&x));
            self.error(e.span, msg);
            return Operand::invalid(e);
        }
        if matches!(op, BinaryOp::Quo | BinaryOp::Rem) {
            if let Some(v) = y.constant() {
                let zero = match v {
                    Value::Int(i) => i.is_zero(),
                    Value::Float(f) => f.is_zero(),
                    _ => false,
                };
                if zero && (x.constant().is_some() || self.types.is_integer(t)) {
                    self.error(ye_span(&y), "invalid operation: division by zero");
                    return Operand::invalid(e);
                }
            }
        }
        if let (Some(a), Some(b)) = (x.constant(), y.constant()) {
            let v = self.fold_binary(op, a, b, t);
            return self.typed_constant_result(e, v, t);
        }
        // A string concatenation chain becomes one Concat.
        if op == BinaryOp::Add && self.types.is_string(t) {
            let mut parts = Vec::new();
            for part in [x.ir, y.ir] {
                match part.kind {
                    IK::Concat(_, ps) => parts.extend(ps),
                    _ => parts.push(part),
                }
            }
            // gc reports a concatenation at its (outermost) operator.
            let gap = self.sources.snippet(Span::new(xe_span(&e.kind), e.span.hi));
            let at = xe_span(&e.kind) + gap.find('+').unwrap_or(0) as u32;
            let site = self.new_site(Span::new(at, at), e, None, ir::SiteKind::String);
            return Operand { mode: Mode::Value, ty: t, ir: self.mk(IK::Concat(site, parts), t, e.span), src: e };
        }
        Operand {
            mode: Mode::Value,
            ty: t,
            ir: self.mk(IK::Binary(op, Box::new(x.ir), Box::new(y.ir)), t, e.span),
            src: e,
        }
    }

    fn fold_binary(&self, op: BinaryOp, a: &Value, b: &Value, t: Type) -> Value {
        let int_division = self.types.is_integer(t);
        match (a, b) {
            (Value::Bool(a), Value::Bool(b)) => Value::Bool(match op {
                BinaryOp::LAnd => *a && *b,
                _ => *a || *b,
            }),
            (Value::String(a), Value::String(b)) => {
                let mut s = a.clone();
                s.extend_from_slice(b);
                Value::String(s)
            }
            (Value::Int(a), Value::Int(b)) => Value::Int(match op {
                BinaryOp::Add => a + b,
                BinaryOp::Sub => a - b,
                BinaryOp::Mul => a * b,
                BinaryOp::Quo if int_division => constant::quo_trunc(a, b),
                BinaryOp::Quo => {
                    return Value::Float(num_rational::BigRational::new(a.clone(), b.clone()));
                }
                BinaryOp::Rem => constant::rem_trunc(a, b),
                BinaryOp::And => a & b,
                BinaryOp::Or => a | b,
                BinaryOp::Xor => a ^ b,
                BinaryOp::AndNot => a & !b,
                _ => a.clone(),
            }),
            _ => {
                let (a, b) = (a.to_rational().unwrap_or_default(), b.to_rational().unwrap_or_default());
                Value::Float(match op {
                    BinaryOp::Add => a + b,
                    BinaryOp::Sub => a - b,
                    BinaryOp::Mul => a * b,
                    BinaryOp::Quo => a / b,
                    _ => a,
                })
            }
        }
    }

    fn comparison<'e>(
        &mut self,
        e: &'e ast::Expr,
        op: BinaryOp,
        x: Operand<'e>,
        y: Operand<'e>,
        op_text: &str,
    ) -> Operand<'e> {
        // types2's comparison: the error is about one operand (`err_x`),
        // reported at it, with a cause when there is a specific one.
        let (xt, yt) = (x.ty, y.ty);
        let (xnil, ynil) = (x.mode == Mode::Nil, y.mode == Mode::Nil);
        let mut err: Option<(bool, String)> = None;
        // "The first operand must be assignable to the type of the second
        // operand, or vice versa"; only the second operand shows that it
        // is not, so the mismatch is reported there.
        let assignable = self.types.identical(xt, yt)
            || (xnil && self.nil_assignable(yt))
            || (ynil && self.nil_assignable(xt))
            || self.assignable_type(xt, yt)
            || self.assignable_type(yt, xt);
        if !assignable {
            let cause = format!("mismatched types {} and {}", self.type_name(xt), self.type_name(yt));
            err = Some((false, cause));
        } else if matches!(op, BinaryOp::Eql | BinaryOp::Neq) {
            if xnil && ynil {
                err = Some((false, String::new()));
            } else if !xnil && !ynil {
                if !self.types.comparable(xt) {
                    err = Some((true, self.incomparable_cause(xt)));
                } else if !self.types.comparable(yt) {
                    err = Some((false, self.incomparable_cause(yt)));
                }
            }
        } else if !self.types.basic_of(xt).is_some_and(|b| b.is_ordered()) {
            err = Some((true, String::new()));
        } else if !self.types.basic_of(yt).is_some_and(|b| b.is_ordered()) {
            err = Some((false, String::new()));
        }
        if let Some((at_x, cause)) = err {
            let at = if at_x { &x } else { &y };
            let cause = if cause.is_empty() {
                // Against a typed operand, nil took its type (types2).
                let other = if at_x { &y } else { &x };
                let what = match (at.mode == Mode::Nil, other.mode == Mode::Nil) {
                    (true, true) => "untyped nil".to_string(),
                    (true, false) => self.kind_word(other.ty),
                    _ => self.kind_word(at.ty),
                };
                format!("operator {} not defined on {what}", op.text())
            } else {
                cause
            };
            let msg = format!("invalid operation: {} {op_text} {} ({cause})", expr_string(x.src), expr_string(y.src));
            self.error(at.src.span, msg);
            return Operand::invalid(e);
        }
        let bool_t = TypeTable::basic(Basic::UntypedBool);
        if let (Some(a), Some(b)) = (x.constant(), y.constant()) {
            let ord = compare_values(a, b);
            let r = match op {
                BinaryOp::Eql => ord == Some(std::cmp::Ordering::Equal),
                BinaryOp::Neq => ord != Some(std::cmp::Ordering::Equal),
                BinaryOp::Lss => ord == Some(std::cmp::Ordering::Less),
                BinaryOp::Leq => matches!(ord, Some(std::cmp::Ordering::Less | std::cmp::Ordering::Equal)),
                BinaryOp::Gtr => ord == Some(std::cmp::Ordering::Greater),
                _ => matches!(ord, Some(std::cmp::Ordering::Greater | std::cmp::Ordering::Equal)),
            };
            return self.const_op(Value::Bool(r), bool_t, e);
        }
        // Untyped operands of a non-constant comparison take their default types.
        let mut x = x;
        let mut y = y;
        for o in [&mut x, &mut y] {
            if self.types.is_untyped(o.ty) && o.mode != Mode::Nil {
                let d = self.default_type(o.ty);
                let _ = self.implicit_convert(o, d);
            }
        }
        // An interface compared with a concrete value: the value is boxed
        // (gc converts it to the interface type) and the two interfaces
        // compare by dynamic type and value.
        let iface = [x.ty, y.ty].into_iter().find(|t| self.types.is_interface(*t));
        if let Some(it) = iface {
            for o in [&mut x, &mut y] {
                self.box_for_comparison(o, it);
            }
        }
        // nil takes the other operand's type (its zero value of that type).
        if x.mode == Mode::Nil {
            x.ir.ty = y.ty;
        }
        if y.mode == Mode::Nil {
            y.ir.ty = x.ty;
        }
        let ir = self.mk(IK::Compare(op, Box::new(x.ir), Box::new(y.ir)), bool_t, e.span);
        Operand { mode: Mode::Value, ty: bool_t, ir, src: e }
    }

    /// An operand compared with an interface of type `it`: a concrete value
    /// is boxed into `it` (nil and interface values stay as they are).
    pub(super) fn box_for_comparison(&mut self, o: &mut Operand, it: Type) {
        if o.mode == Mode::Nil || self.types.is_interface(o.ty) {
            return;
        }
        let op = Operand { mode: o.mode.clone(), ty: o.ty, ir: o.ir.clone(), src: o.src };
        o.ir = self.finish_value(op, it);
        o.ty = it;
    }

    /// How types2 names a type in "operator X not defined on ...": its kind
    /// for a composite type (`struct`), else the type itself (compositeKind).
    pub(super) fn kind_word(&self, t: Type) -> String {
        match self.types.under(t) {
            TypeKind::Array(..) => "array".into(),
            TypeKind::Slice(_) => "slice".into(),
            TypeKind::Struct(_) => "struct".into(),
            TypeKind::Pointer(_) => "pointer".into(),
            TypeKind::Func(_) => "func".into(),
            TypeKind::Interface(_) => "interface".into(),
            TypeKind::Map(..) => "map".into(),
            TypeKind::Chan(..) => "chan".into(),
            _ => self.type_name(t),
        }
    }

    /// Why values of type `t` cannot be compared, or "" when there is no
    /// more specific cause (types2's incomparableCause and comparableType).
    fn incomparable_cause(&self, t: Type) -> String {
        match self.types.under(t) {
            TypeKind::Slice(_) | TypeKind::Map(..) | TypeKind::Func(_) => {
                format!("{} can only be compared to nil", self.kind_word(t))
            }
            TypeKind::Struct(fields) => match fields.iter().find(|f| !self.types.comparable(f.typ)) {
                Some(f) => format!("struct containing {} cannot be compared", self.type_name(f.typ)),
                None => String::new(),
            },
            TypeKind::Array(..) => format!("{} cannot be compared", self.type_name(t)),
            _ => String::new(),
        }
    }

    fn shift<'e>(&mut self, e: &'e ast::Expr, op: BinaryOp, mut x: Operand<'e>, mut y: Operand<'e>) -> Operand<'e> {
        // The shifted operand must be an integer (or an untyped constant with
        // an integer value). In a non-constant shift an untyped constant
        // keeps its kind: the type it takes from the context must be an
        // integer type (`var f = 1.0 << s` is an error, `var i int = 1.0 <<
        // s` is not; types2 delays the check, implicit_convert makes it).
        let delayed = x.constant().is_some() && self.types.is_untyped(x.ty) && y.constant().is_none();
        if let Some(v) = x.constant() {
            if self.types.is_untyped(x.ty) {
                match v.to_int() {
                    Some(i) if v.to_rational().is_some() => {
                        if !self.types.is_integer(x.ty) {
                            x.mode = Mode::Constant(Value::Int(i.clone()));
                            if !delayed {
                                x.ty = TypeTable::basic(Basic::UntypedInt);
                            }
                            x.ir = self.mk(IK::Const(Value::Int(i)), x.ty, x.ir.span);
                        }
                    }
                    _ => {
                        let msg = format!("invalid operation: shifted operand {} must be integer", self.describe(&x));
                        self.error(e.span, msg);
                        return Operand::invalid(e);
                    }
                }
            }
        }
        if !self.types.is_integer(x.ty) && !delayed {
            let msg = format!("invalid operation: shifted operand {} must be integer", self.describe(&x));
            self.error(e.span, msg);
            return Operand::invalid(e);
        }
        // The count: an integer, or an untyped constant representable as
        // uint (which stays untyped in messages, as in types2).
        let ydesc = self.describe(&y);
        if let Some(v) = y.constant().cloned() {
            match v.to_int() {
                Some(i) if v.to_rational().is_some() => {
                    if i < BigInt::zero() {
                        let msg = format!("invalid operation: negative shift count {}", self.describe(&y));
                        self.error(y.src.span, msg);
                        return Operand::invalid(e);
                    }
                    if self.types.is_untyped(y.ty) {
                        y.mode = Mode::Constant(Value::Int(i.clone()));
                        y.ty = TypeTable::basic(Basic::Uint);
                        y.ir = self.mk(IK::Const(Value::Int(i)), y.ty, y.ir.span);
                    }
                }
                // An untyped count must be representable as a uint
                // (`1.5 (untyped float constant) truncated to uint`).
                _ if self.types.is_untyped(y.ty) => {
                    self.convert_untyped(&mut y, TypeTable::basic(Basic::Uint));
                    return Operand::invalid(e);
                }
                _ => {
                    let msg = format!("invalid operation: shift count {} must be integer", self.describe(&y));
                    self.error(y.src.span, msg);
                    return Operand::invalid(e);
                }
            }
        } else if !self.types.is_integer(y.ty) {
            let msg = format!("invalid operation: shift count {} must be integer", self.describe(&y));
            self.error(y.src.span, msg);
            return Operand::invalid(e);
        }
        if let (Some(a), Some(b)) = (x.constant(), y.constant()) {
            let (a, b) = (a.to_int().unwrap(), b.to_int().unwrap());
            // types2's bound on constant shifts: enough to express the
            // smallest float64 (1023 - 1 + 52).
            const SHIFT_BOUND: u32 = 1023 - 1 + 52;
            let Some(count) = b.to_u32().filter(|c| *c <= SHIFT_BOUND) else {
                self.error(y.src.span, format!("invalid operation: invalid shift count {ydesc}"));
                return Operand::invalid(e);
            };
            let v = match op {
                BinaryOp::Shl => a << count,
                _ => a >> count, // arithmetic shift: floor division, as Go's >>
            };
            return self.typed_constant_result(e, Value::Int(v), x.ty);
        }
        // A non-constant shift of an untyped constant: the result is an
        // untyped value whose type comes from the context.
        let t = x.ty;
        let ir = self.mk(IK::Binary(op, Box::new(x.ir), Box::new(y.ir)), t, e.span);
        Operand { mode: Mode::Value, ty: t, ir, src: e }
    }

    // ---- Calls and conversions ------------------------------------------------

    fn call<'e>(
        &mut self,
        e: &'e ast::Expr,
        func: &'e ast::Expr,
        args: &'e [ast::Expr],
        ellipsis: bool,
    ) -> Operand<'e> {
        let f = self.expr(func);
        match f.mode.clone() {
            Mode::Invalid => {
                for a in args {
                    self.expr(a);
                }
                Operand::invalid(e)
            }
            Mode::TypeExpr => self.conversion(e, f.ty, args),
            Mode::Builtin(b) => self.builtin_call(e, b, args, ellipsis),
            // Already reported (e.g. a variable whose declaration failed).
            _ if self.invalid(f.ty) => {
                for a in args {
                    self.expr(a);
                }
                Operand::invalid(e)
            }
            _ => {
                let sig = match self.types.under(f.ty) {
                    TypeKind::Func(sig) => sig.clone(),
                    _ => {
                        let msg = format!(
                            "invalid operation: cannot call {}: {} is not a function",
                            self.describe(&f),
                            self.type_name(f.ty)
                        );
                        self.error(e.span, msg);
                        for a in args {
                            self.expr(a);
                        }
                        return Operand::invalid(e);
                    }
                };
                if ellipsis && !sig.variadic {
                    for a in args {
                        self.expr(a);
                    }
                    self.error(e.span, format!("cannot use ... in call to non-variadic {}", expr_string(func)));
                    return Operand::invalid(e);
                }
                if ellipsis || sig.variadic {
                    for a in args {
                        self.expr(a);
                    }
                    self.unsupported(e.span, "variadic functions");
                    return Operand::invalid(e);
                }

                let fname = expr_string(func);
                let context = format!("argument to {fname}");
                let result_ty = match sig.results.len() {
                    0 => TypeTable::basic(Basic::Invalid),
                    1 => sig.results[0],
                    _ => self.types.tuple(sig.results.clone()),
                };
                let mode = if sig.results.is_empty() { Mode::NoValue } else { Mode::Value };
                // f(g()) with g returning several values.
                if args.len() == 1 {
                    let a = self.expr(&args[0]);
                    if let TypeKind::Tuple(elems) = self.types.kind(a.ty).clone() {
                        if a.mode != Mode::Invalid {
                            if elems.len() != sig.params.len() {
                                let spans = vec![args[0].span; elems.len()];
                                let what = format!("arguments in call to {fname}");
                                self.count_error(&what, e.span, &spans, &elems, &sig.params);
                                return Operand::invalid(e);
                            }
                            for (i, (have, want)) in elems.iter().zip(&sig.params).enumerate() {
                                if !self.assignable_type(*have, *want) {
                                    let msg = format!(
                                        "cannot use {} (value of type {}) as {} value in {context}",
                                        expr_string(&args[0]),
                                        self.type_name(*have),
                                        self.type_name(*want)
                                    );
                                    let _ = i;
                                    self.error(args[0].span, msg);
                                    return Operand::invalid(e);
                                }
                            }
                            if elems.iter().zip(&sig.params).any(|(have, want)| !self.types.identical(*have, *want)) {
                                // f(g()) where a result must be converted
                                // (boxed into an interface parameter).
                                self.unsupported(args[0].span, "f(g()) with conversions of g's results");
                                return Operand::invalid(e);
                            }
                            let ir = self.mk(
                                IK::CallSpread { func: Box::new(f.ir), arg: Box::new(a.ir) },
                                result_ty,
                                e.span,
                            );
                            return Operand { mode, ty: result_ty, ir, src: e };
                        }
                    }
                    return self.finish_call(e, f, &sig.params, vec![a], args, &fname, result_ty, mode);
                }
                let ops: Vec<Operand<'e>> = args.iter().map(|a| self.expr(a)).collect();
                self.finish_call(e, f, &sig.params, ops, args, &fname, result_ty, mode)
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn finish_call<'e>(
        &mut self,
        e: &'e ast::Expr,
        f: Operand<'e>,
        params: &[Type],
        ops: Vec<Operand<'e>>,
        args: &'e [ast::Expr],
        fname: &str,
        result_ty: Type,
        mode: Mode,
    ) -> Operand<'e> {
        // The count first: gc reports only it when it is wrong. The call
        // still has its result type (as in types2), so its use is checked;
        // nothing is compiled after an error.
        if ops.len() != params.len() {
            if ops.iter().all(|o| !o.is_invalid()) {
                let have: Vec<Type> = ops.iter().map(|o| o.ty).collect();
                let spans: Vec<Span> = args.iter().map(|a| a.span).collect();
                self.count_error(&format!("arguments in call to {fname}"), e.span, &spans, &have, params);
            }
            let ir = self.mk(IK::Call { func: Box::new(f.ir), args: Vec::new() }, result_ty, e.span);
            return Operand { mode, ty: result_ty, ir, src: e };
        }
        let mut bad = false;
        let mut irs = Vec::new();
        let context = format!("argument to {fname}");
        for (i, op) in ops.into_iter().enumerate() {
            let op = self.single_value(op);
            match self.assign_to(op, params[i], &context) {
                Some(ir) => irs.push(ir),
                None => bad = true,
            }
        }
        if bad {
            return Operand::invalid(e);
        }
        let ir = self.mk(IK::Call { func: Box::new(f.ir), args: irs }, result_ty, e.span);
        Operand { mode, ty: result_ty, ir, src: e }
    }

    /// `T(x)`: a conversion (the spec's "Conversions").
    fn conversion<'e>(&mut self, e: &'e ast::Expr, t: Type, args: &'e [ast::Expr]) -> Operand<'e> {
        // The type as written (`[]byte`, which the type table calls []uint8).
        let written = match &e.kind {
            ExprKind::Call { func, .. } => crate::gcfmt::spell(func),
            _ => None,
        };
        let tname = written.unwrap_or_else(|| self.type_name(t));
        if args.len() != 1 {
            for a in args {
                self.expr(a);
            }
            if args.is_empty() {
                self.error(e.span, format!("missing argument in conversion to {tname}"));
            } else {
                self.error(args[args.len() - 1].span, format!("too many arguments in conversion to {tname}"));
            }
            return Operand::invalid(e);
        }
        let x = self.value(&args[0]);
        if x.is_invalid() || self.invalid(t) {
            return Operand::invalid(e);
        }
        // The argument as written: an untyped constant stays untyped here.
        let xdesc = self.describe(&x);
        let cannot = |c: &mut Self, _: &Operand| {
            // gc points at the argument.
            c.error(args[0].span, format!("cannot convert {xdesc} to type {tname}"));
        };
        // []int(nil), (*T)(nil): the nil of that type.
        if x.mode == Mode::Nil && self.nil_assignable(t) {
            let ir = self.mk(IK::Const(Value::int(0)), t, e.span);
            return Operand { mode: Mode::Value, ty: t, ir, src: e };
        }
        let tb = self.types.basic_of(t);
        // Constant conversions yield constants (of numeric, string or bool type).
        if let (Some(v), Some(tb)) = (x.constant().cloned(), tb) {
            let xb = self.types.basic_of(x.ty).unwrap();
            let result = if tb.is_string() && xb.is_integer() {
                // string(65) == "A"; out-of-range values become "\uFFFD".
                let r = v.to_int().and_then(|i| i.to_u32()).and_then(char::from_u32).unwrap_or('\u{FFFD}');
                Some(Value::String(r.to_string().into_bytes()))
            } else if (tb.is_numeric() && (xb.is_numeric()))
                || (tb.is_string() && xb.is_string())
                || (tb.is_boolean() && xb.is_boolean())
            {
                match constant::represent(&v, tb) {
                    Ok(v) => Some(v),
                    Err(Unrepresentable::Overflows) if xb.is_integer() && tb.is_integer() => {
                        self.error(args[0].span, format!("constant {} overflows {tname}", v.describe()));
                        return Operand::invalid(e);
                    }
                    Err(_) => None,
                }
            } else {
                None
            };
            return match result {
                Some(v) => self.const_op(v, t, e),
                None => {
                    cannot(self, &x);
                    Operand::invalid(e)
                }
            };
        }
        let mut x = x;
        if self.types.is_untyped(x.ty) {
            // An untyped value converts like its default type (a constant
            // string to []rune, a comparison result to a named bool).
            let d = self.default_type(x.ty);
            let target = if self.types.basic_of(t).is_some() && self.convertible(d, t) { t } else { d };
            if self.implicit_convert(&mut x, target).is_err() {
                cannot(self, &x);
                return Operand::invalid(e);
            }
        }
        if !self.convertible(x.ty, t) {
            cannot(self, &x);
            return Operand::invalid(e);
        }
        let ir = if self.types.identical(x.ty, t) {
            let mut ir = x.ir;
            ir.span = e.span;
            ir
        } else if self.types.is_interface(t) {
            // Spanning the whole conversion marks it explicit (-m prints any(x)).
            let mut ir = self.finish_value(x, t);
            ir.span = e.span;
            if let (IK::MakeInterface(site, _), Some(fs)) = (&ir.kind, self.fs.as_mut()) {
                // The site remembers the conversion, to print `any` as written.
                if let Some(s) = fs.func.sites.get_mut(site.0 as usize) {
                    s.expr = e.clone();
                }
            }
            ir
        } else if self.string_slice_conversion(x.ty, t) {
            // string → []byte/[]rune allocates: an allocation site (gc
            // reports it at the operand).
            let at = self.gc_position(&args[0]);
            let site = self.new_site(at, e, None, ir::SiteKind::Alloc);
            let runes =
                matches!(self.types.under(t), TypeKind::Slice(el) if self.types.basic_of(*el) == Some(Basic::Int32));
            match (&x.ir.kind, runes) {
                // []rune("héllo") is the slice literal []rune{'h', 'é', ...}
                // (gc rewrites it so): its capacity is its length.
                (IK::Const(Value::String(bytes)), true) => {
                    let text = String::from_utf8_lossy(bytes);
                    let el = match self.types.under(t) {
                        TypeKind::Slice(el) => *el,
                        _ => unreachable!(),
                    };
                    let elems: Vec<(ir::ElemKey, ir::Expr)> = text
                        .chars()
                        .enumerate()
                        .map(|(i, c)| {
                            (ir::ElemKey::Index(i as u64), self.mk(IK::Const(Value::int(c as i64)), el, e.span))
                        })
                        .collect();
                    let len = elems.len() as u64;
                    self.mk(IK::SliceLit { site, len, elems }, t, e.span)
                }
                _ => self.mk(IK::ConvertSlice { site, x: Box::new(x.ir) }, t, e.span),
            }
        } else if self.string_slice_conversion(t, x.ty) {
            // []byte/[]rune → string allocates the string.
            let at = self.gc_position(&args[0]);
            let site = self.new_site(at, e, None, ir::SiteKind::String);
            self.mk(IK::ConvertSlice { site, x: Box::new(x.ir) }, t, e.span)
        } else if self.types.is_string(t) && self.types.basic_of(x.ty).is_some_and(|b| b.is_integer()) {
            // string(r) allocates the rune's UTF-8 bytes (gc's intstring),
            // reported at the operand.
            let at = self.gc_position(&args[0]);
            let site = self.new_site(at, e, None, ir::SiteKind::String);
            self.mk(IK::ConvertSlice { site, x: Box::new(x.ir) }, t, e.span)
        } else if let Some(true) = self.slice_to_array(x.ty, t) {
            // [N]T(s) is *(*[N]T)(s), as gc lowers it.
            let ptr = self.types.pointer(t);
            let p = self.mk(IK::Convert(Box::new(x.ir)), ptr, e.span);
            self.mk(IK::Deref(Box::new(p)), t, e.span)
        } else {
            self.mk(IK::Convert(Box::new(x.ir)), t, e.span)
        };
        Operand { mode: Mode::Value, ty: t, ir, src: e }
    }

    /// The spec's convertibility for non-constant values.
    fn convertible(&self, from: Type, to: Type) -> bool {
        if self.assignable_type(from, to) {
            return true;
        }
        let (fu, tu) = (self.types.underlying(from), self.types.underlying(to));
        if self.types.identical(fu, tu) {
            return true;
        }
        // Pointers to types with identical underlying types.
        if let (TypeKind::Pointer(a), TypeKind::Pointer(b)) = (self.types.kind(fu), self.types.kind(tu)) {
            if self.types.identical(self.types.underlying(*a), self.types.underlying(*b)) {
                return true;
            }
        }
        if self.string_slice_conversion(from, to) || self.string_slice_conversion(to, from) {
            return true;
        }
        if self.slice_to_array(from, to).is_some() {
            return true;
        }
        let (fb, tb) = (self.types.basic_of(from), self.types.basic_of(to));
        match (fb, tb) {
            (Some(f), Some(t)) => {
                (f.is_numeric() && t.is_numeric())
                    || (f.is_integer() && t.is_string())
                    || (f.is_string() && t.is_string())
            }
            _ => false,
        }
    }

    /// A slice converts to an array of its element type, or to a pointer
    /// to one (Go 1.20, 1.17): `[4]int(s)`, `(*[4]int)(s)`. Returns whether
    /// the target is the array itself (else a pointer to it).
    fn slice_to_array(&self, from: Type, to: Type) -> Option<bool> {
        let TypeKind::Slice(elem) = self.types.under(from) else { return None };
        let (array, by_value) = match self.types.under(to) {
            TypeKind::Pointer(a) => (*a, false),
            _ => (to, true),
        };
        match self.types.under(array) {
            TypeKind::Array(e, _) if self.types.identical(*e, *elem) => Some(by_value),
            _ => None,
        }
    }

    /// `s` is a string type and `b` a slice of bytes or runes.
    pub(super) fn string_slice_conversion(&self, s: Type, b: Type) -> bool {
        self.types.is_string(s)
            && match self.types.under(b) {
                TypeKind::Slice(e) => {
                    let e = self.types.underlying(*e);
                    self.types.identical(e, TypeTable::basic(Basic::Uint8))
                        || self.types.identical(e, TypeTable::basic(Basic::Int32))
                }
                _ => false,
            }
    }

    // ---- Indexing -------------------------------------------------------------

    /// An index or slice bound: an integer (an untyped constant becomes
    /// int), not negative, and below `limit` when both are constant.
    pub(super) fn index_value<'e>(&mut self, e: &'e ast::Expr, limit: Option<i64>, what: &str) -> Option<ir::Expr> {
        let mut op = self.value(e);
        if op.is_invalid() {
            return None;
        }
        // "A constant index that is untyped is given type int" (types2's
        // isValidIndex): 1.5 is then `truncated to int`.
        if !self.convert_untyped(&mut op, TypeTable::basic(Basic::Int)) {
            return None;
        }
        if !self.types.is_integer(op.ty) {
            let msg = format!("invalid argument: {what} {} must be integer", self.describe(&op));
            self.error(e.span, msg);
            return None;
        }
        if let Some(v) = op.constant() {
            let i = v.to_int().unwrap();
            if i < BigInt::zero() {
                let msg = format!(
                    "invalid argument: {what} {} must not be negative",
                    self.describe_with(&op, &expr_string(e))
                );
                self.error(e.span, msg);
                return None;
            }
            if let Some(limit) = limit {
                if i >= BigInt::from(limit) {
                    self.error(e.span, format!("invalid argument: {what} {} out of bounds [0:{limit}]", i));
                    return None;
                }
            }
        }
        Some(op.ir)
    }

    fn index<'e>(&mut self, e: &'e ast::Expr, x: &'e ast::Expr, index: &'e [ast::Expr]) -> Operand<'e> {
        let xo = self.value(x);
        if xo.is_invalid() {
            for i in index {
                self.expr(i);
            }
            return Operand::invalid(e);
        }
        if index.len() != 1 {
            self.error(e.span, "invalid operation: more than one index");
            return Operand::invalid(e);
        }
        if !self.types.is_string(xo.ty) {
            return self.index_composite(e, xo, &index[0]);
        }
        let limit = match xo.constant() {
            Some(Value::String(s)) => Some(s.len() as i64),
            _ => None,
        };
        let Some(i) = self.index_value(&index[0], limit, "index") else {
            return Operand::invalid(e);
        };
        // A string's elements are bytes, spelled so in messages.
        let byte = crate::types::types::BYTE;
        // Indexing a constant string with a constant index is a constant byte.
        if let (Some(Value::String(s)), IK::Const(v)) = (xo.constant(), &i.kind) {
            let k = v.to_i64().unwrap_or(0) as usize;
            let b = s[k];
            let mut op = self.const_op(Value::int(b as i64), byte, e);
            op.mode = Mode::Value; // s[i] is never a constant in Go, even for constant s and i
            return op;
        }
        let s = self.string_operand(xo);
        let ir = self.mk(IK::StringIndex(Box::new(s), Box::new(i)), byte, e.span);
        Operand { mode: Mode::Value, ty: byte, ir, src: e }
    }

    /// A string operand as IR of a typed string type.
    fn string_operand(&mut self, mut op: Operand) -> ir::Expr {
        if self.types.is_untyped(op.ty) {
            let _ = self.implicit_convert(&mut op, TypeTable::basic(Basic::String));
        }
        op.ir
    }

    fn slice_expr<'e>(
        &mut self,
        e: &'e ast::Expr,
        x: &'e ast::Expr,
        lo: Option<&'e ast::Expr>,
        hi: Option<&'e ast::Expr>,
        max: Option<&'e ast::Expr>,
    ) -> Operand<'e> {
        let xo = self.value(x);
        if xo.is_invalid() {
            return Operand::invalid(e);
        }
        if !self.types.is_string(xo.ty) {
            return self.slice_composite(e, xo, lo, hi, max);
        }
        if let Some(max) = max {
            self.error(max.span, "invalid operation: 3-index slice of string");
            return Operand::invalid(e);
        }
        let limit = match xo.constant() {
            Some(Value::String(s)) => Some(s.len() as i64 + 1),
            _ => None,
        };
        let lo_ir = match lo {
            Some(l) => match self.index_value(l, limit, "index") {
                Some(i) => Some(i),
                None => return Operand::invalid(e),
            },
            None => None,
        };
        let hi_ir = match hi {
            Some(h) => match self.index_value(h, limit, "index") {
                Some(i) => Some(i),
                None => return Operand::invalid(e),
            },
            None => None,
        };
        if let (Some(IK::Const(a)), Some(IK::Const(b))) =
            (lo_ir.as_ref().map(|x| &x.kind), hi_ir.as_ref().map(|x| &x.kind))
        {
            if a.to_int() > b.to_int() {
                // At the later, smaller index, as types2.
                let at = hi.map_or(e.span, |h| h.span);
                self.error(at, format!("invalid slice indices: {} < {}", b.describe(), a.describe()));
                return Operand::invalid(e);
            }
        }
        // The result of slicing an untyped string is a string.
        let t = if self.types.is_untyped(xo.ty) { TypeTable::basic(Basic::String) } else { xo.ty };
        let s = self.string_operand(xo);
        let ir =
            self.mk(IK::StringSlice { s: Box::new(s), lo: lo_ir.map(Box::new), hi: hi_ir.map(Box::new) }, t, e.span);
        Operand { mode: Mode::Value, ty: t, ir, src: e }
    }
}

/// The end of a binary expression's left operand.
fn xe_span(k: &ast::ExprKind) -> u32 {
    match k {
        ast::ExprKind::Binary { x, .. } => x.span.hi,
        _ => 0,
    }
}

fn ye_span(y: &Operand) -> Span {
    y.src.span
}

/// Orders two constants of the same kind.
pub fn compare_values(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    match (a, b) {
        (Value::Bool(a), Value::Bool(b)) => Some(a.cmp(b)),
        (Value::String(a), Value::String(b)) => Some(a.cmp(b)),
        (Value::Int(a), Value::Int(b)) => Some(a.cmp(b)),
        _ => Some(a.to_rational()?.cmp(&b.to_rational()?)),
    }
}

/// The left operand of the first shift in an untyped non-constant
/// expression (`1 << s`, `(1 << s) + 1`): the operand that takes the type
/// the context gives (types2's updateExprType).
fn untyped_shift_operand(e: &ir::Expr) -> Option<&ir::Expr> {
    match &e.kind {
        IK::Binary(BinaryOp::Shl | BinaryOp::Shr, x, _) => Some(x),
        IK::Binary(_, x, y) => untyped_shift_operand(x).or_else(|| untyped_shift_operand(y)),
        IK::Unary(_, x) => untyped_shift_operand(x),
        _ => None,
    }
}
