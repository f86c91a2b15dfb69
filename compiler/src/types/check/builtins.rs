//! The predeclared functions: `print`, `println`, `panic`, `len`.
//!
//! `print`/`println` accept any number of values of basic, pointer or
//! interface types (untyped constants take their default type); `panic`
//! takes one value of any type, boxed into an `interface{}`; `len` of a
//! string is constant when the string is.
//!
//! The other predeclared functions (`make`, `append`, `new`...) are known
//! by name so that using one gets a clear "not supported yet" message.
//!
//! Go: src/cmd/compile/internal/types2/builtins.go.

use super::expr::{Mode, Operand};
use super::{BuiltinName, Checker};
use crate::ir::{self, Builtin, ExprKind as IK};
use crate::syntax::ast;
use crate::syntax::printer::expr_string;
use crate::types::constant::Value;
use crate::types::types::{Basic, TypeKind, TypeTable};

impl<'a> Checker<'a> {
    pub fn builtin_call<'e>(
        &mut self,
        e: &'e ast::Expr,
        b: BuiltinName,
        args: &'e [ast::Expr],
        ellipsis: bool,
    ) -> Operand<'e> {
        let call_text = expr_string(e);
        let count_error = |c: &mut Self, expected: usize, found: usize| {
            let which = if found < expected { "not enough" } else { "too many" };
            c.error(
                e.span,
                format!("invalid operation: {which} arguments for {call_text} (expected {expected}, found {found})"),
            );
        };
        if ellipsis {
            self.error(e.span, format!("invalid operation: invalid use of ... with built-in {}", b.name()));
            return Operand::invalid(e);
        }
        let invalid_t = TypeTable::basic(Basic::Invalid);
        match b {
            BuiltinName::Print | BuiltinName::Println => {
                let which = if b == BuiltinName::Print { Builtin::Print } else { Builtin::Println };
                let context = format!("argument to built-in {}", b.name());
                // print(f()) where f returns several values.
                if args.len() == 1 {
                    let op = self.expr(&args[0]);
                    if let TypeKind::Tuple(elems) = self.types.kind(op.ty).clone() {
                        if !op.is_invalid() {
                            for t in elems {
                                if !self.printable(t) {
                                    let msg =
                                        format!("invalid argument: {} for built-in {}", self.describe(&op), b.name());
                                    self.error(args[0].span, msg);
                                }
                            }
                            let ir =
                                ir::Expr::new(IK::BuiltinSpread { which, arg: Box::new(op.ir) }, invalid_t, e.span);
                            return Operand { mode: Mode::NoValue, ty: invalid_t, ir, src: e };
                        }
                    }
                    let mut irs = Vec::new();
                    if let Some(ir) = self.print_arg(op, &context, b) {
                        irs.push(ir);
                    }
                    let ir = ir::Expr::new(IK::Builtin { which, args: irs }, invalid_t, e.span);
                    return Operand { mode: Mode::NoValue, ty: invalid_t, ir, src: e };
                }
                let mut irs = Vec::new();
                let mut bad = false;
                for a in args {
                    let op = self.expr(a);
                    match self.print_arg(op, &context, b) {
                        Some(ir) => irs.push(ir),
                        None => bad = true,
                    }
                }
                if bad {
                    return Operand { mode: Mode::NoValue, ty: invalid_t, ir: Operand::invalid(e).ir, src: e };
                }
                let ir = ir::Expr::new(IK::Builtin { which, args: irs }, invalid_t, e.span);
                Operand { mode: Mode::NoValue, ty: invalid_t, ir, src: e }
            }
            BuiltinName::Panic => {
                if args.len() == 1 {
                    let op = self.expr(&args[0]);
                    if let TypeKind::Tuple(elems) = self.types.kind(op.ty) {
                        let n = elems.len();
                        count_error(self, 1, n);
                        return Operand::invalid(e);
                    }
                    let op = self.single_value(op);
                    let any = self.types.empty_interface();
                    let Some(v) = self.assign_to(op, any, "argument to built-in panic") else {
                        return Operand::invalid(e);
                    };
                    let ir = ir::Expr::new(IK::Builtin { which: Builtin::Panic, args: vec![v] }, invalid_t, e.span);
                    return Operand { mode: Mode::NoValue, ty: invalid_t, ir, src: e };
                }
                for a in args {
                    self.expr(a);
                }
                count_error(self, 1, args.len());
                Operand::invalid(e)
            }
            BuiltinName::Len => {
                if args.len() != 1 {
                    for a in args {
                        self.expr(a);
                    }
                    count_error(self, 1, args.len());
                    return Operand::invalid(e);
                }
                let op = self.value(&args[0]);
                if op.is_invalid() {
                    return Operand::invalid(e);
                }
                let int = TypeTable::basic(Basic::Int);
                if let Some(Value::String(s)) = op.constant() {
                    let n = s.len() as i64;
                    return Operand {
                        mode: Mode::Constant(Value::int(n)),
                        ty: int,
                        ir: ir::Expr::new(IK::Const(Value::int(n)), int, e.span),
                        src: e,
                    };
                }
                if !self.types.is_string(op.ty) {
                    match self.types.under(op.ty) {
                        TypeKind::Array(..) | TypeKind::Slice(_) | TypeKind::Map(..) | TypeKind::Chan(..) => {
                            self.unsupported(e.span, "arrays, slices, maps and channels");
                        }
                        _ => {
                            let msg = format!("invalid argument: {} for built-in len", self.describe(&op));
                            self.error(args[0].span, msg);
                        }
                    }
                    return Operand::invalid(e);
                }
                let ir = ir::Expr::new(IK::Builtin { which: Builtin::Len, args: vec![op.ir] }, int, e.span);
                Operand { mode: Mode::Value, ty: int, ir, src: e }
            }
            BuiltinName::Other(name) => {
                for a in args {
                    self.expr(a);
                }
                self.unsupported(e.span, &format!("the built-in function {name}"));
                Operand::invalid(e)
            }
        }
    }

    fn printable(&self, t: crate::types::types::Type) -> bool {
        matches!(self.types.under(t), TypeKind::Basic(b) if !b.is_complex())
            || matches!(
                self.types.under(t),
                TypeKind::Pointer(_)
                    | TypeKind::Interface(_)
                    | TypeKind::Map(..)
                    | TypeKind::Chan(..)
                    | TypeKind::Func(_)
                    | TypeKind::Slice(_)
            )
    }

    fn print_arg(&mut self, op: Operand, context: &str, b: BuiltinName) -> Option<ir::Expr> {
        let op = self.single_value(op);
        if op.is_invalid() {
            return None;
        }
        let text = self.describe(&op);
        let span = op.src.span;
        let ir = self.default_value(op, context)?;
        if !self.printable(ir.ty) {
            self.error(span, format!("invalid argument: {text} for built-in {}", b.name()));
            return None;
        }
        Some(ir)
    }
}
