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
use crate::types::types::{Basic, Type, TypeKind, TypeTable};

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
        if ellipsis && b != BuiltinName::Append {
            // The arguments are still used (no "declared and not used").
            for a in args {
                self.expr(a);
            }
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
                                self.check_printable(e, t, b);
                            }
                            let ir =
                                ir::Expr::new(IK::BuiltinSpread { which, arg: Box::new(op.ir) }, invalid_t, e.span);
                            return Operand { mode: Mode::NoValue, ty: invalid_t, ir, src: e };
                        }
                    }
                    let mut irs = Vec::new();
                    if let Some(ir) = self.print_arg(e, op, &context, b) {
                        irs.push(ir);
                    }
                    let ir = ir::Expr::new(IK::Builtin { which, args: irs }, invalid_t, e.span);
                    return Operand { mode: Mode::NoValue, ty: invalid_t, ir, src: e };
                }
                let mut irs = Vec::new();
                let mut bad = false;
                for a in args {
                    let op = self.expr(a);
                    match self.print_arg(e, op, &context, b) {
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
            BuiltinName::Len | BuiltinName::Cap => {
                if args.len() != 1 {
                    for a in args {
                        self.expr(a);
                    }
                    count_error(self, 1, args.len());
                    return Operand::invalid(e);
                }
                self.len_cap(e, b, &args[0])
            }
            BuiltinName::New => {
                if args.len() != 1 {
                    count_error(self, 1, args.len());
                    return Operand::invalid(e);
                }
                let x = self.expr(&args[0]);
                if x.mode == Mode::TypeExpr {
                    let t = x.ty;
                    if self.invalid(t) {
                        return Operand::invalid(e);
                    }
                    let p = self.types.pointer(t);
                    let site = self.new_site(lparen_of(e), e, Some(t), ir::SiteKind::Alloc);
                    let ir = ir::Expr::new(IK::New { site, init: None }, p, e.span);
                    return Operand { mode: Mode::Value, ty: p, ir, src: e };
                }
                // Go 1.26: new(v) is a new variable holding v (of v's
                // default type when v is an untyped constant).
                let x = self.single_value(x);
                if x.is_invalid() {
                    return Operand::invalid(e);
                }
                let Some(init) = self.default_value(x, "argument to new") else { return Operand::invalid(e) };
                let t = init.ty;
                let p = self.types.pointer(t);
                let site = self.new_site(lparen_of(e), e, Some(t), ir::SiteKind::Variable);
                let ir = ir::Expr::new(IK::New { site, init: Some(Box::new(init)) }, p, e.span);
                Operand { mode: Mode::Value, ty: p, ir, src: e }
            }
            BuiltinName::Make => self.make(e, args, &call_text),
            BuiltinName::Append => self.append(e, args, ellipsis_used(e)),
            BuiltinName::Copy => self.copy(e, args, &call_text),
            BuiltinName::Delete => {
                if args.len() != 2 {
                    for a in args {
                        self.expr(a);
                    }
                    count_error(self, 2, args.len());
                    return Operand::invalid(e);
                }
                let m = self.value(&args[0]);
                if m.is_invalid() {
                    self.expr(&args[1]);
                    return Operand::invalid(e);
                }
                let TypeKind::Map(kt, _) = *self.types.under(m.ty) else {
                    let msg = format!("invalid argument: {} is not a map", self.describe(&m));
                    self.error(args[0].span, msg);
                    return Operand::invalid(e);
                };
                let k = self.value(&args[1]);
                let Some(k) = self.assign_to(k, kt, "argument to delete") else { return Operand::invalid(e) };
                let ir = ir::Expr::new(IK::Builtin { which: Builtin::Delete, args: vec![m.ir, k] }, invalid_t, e.span);
                Operand { mode: Mode::NoValue, ty: invalid_t, ir, src: e }
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

    fn print_arg(&mut self, call: &ast::Expr, op: Operand, context: &str, b: BuiltinName) -> Option<ir::Expr> {
        let op = self.single_value(op);
        if op.is_invalid() {
            return None;
        }
        let ir = self.default_value(op, context)?;
        self.check_printable(call, ir.ty, b);
        Some(ir)
    }

    /// types2 lets print and println take any value; gc's walk rejects the
    /// types the runtime cannot print, at the call.
    fn check_printable(&mut self, call: &ast::Expr, t: Type, b: BuiltinName) {
        if !self.printable(t) {
            let msg = format!("illegal types for operand: {}\n\t{}", b.name(), self.type_name(t));
            self.late_error(lparen_of(call), msg);
        }
    }
}

/// Where gc reports a call: its `(`.
pub(super) fn lparen_of(e: &ast::Expr) -> crate::source::Span {
    match &e.kind {
        ast::ExprKind::Call { lparen, .. } => lparen.start_span(),
        _ => e.span.start_span(),
    }
}

/// Whether a call is written `f(x, y...)`.
fn ellipsis_used(e: &ast::Expr) -> bool {
    matches!(e.kind, ast::ExprKind::Call { ellipsis: true, .. })
}

impl<'a> Checker<'a> {
    /// `len(x)` / `cap(x)`: constant for constant strings and for arrays
    /// (when evaluating x has no calls), else a run-time read.
    fn len_cap<'e>(&mut self, e: &'e ast::Expr, b: BuiltinName, arg: &'e ast::Expr) -> Operand<'e> {
        let op = self.value(arg);
        if op.is_invalid() {
            return Operand::invalid(e);
        }
        let int = TypeTable::basic(Basic::Int);
        let is_len = b == BuiltinName::Len;
        let constant = |n: i64, e: &'e ast::Expr| Operand {
            mode: Mode::Constant(Value::int(n)),
            ty: int,
            ir: ir::Expr::new(IK::Const(Value::int(n)), int, e.span),
            src: e,
        };
        if let (Some(Value::String(s)), true) = (op.constant(), is_len) {
            return constant(s.len() as i64, e);
        }
        let under = self.types.under(op.ty).clone();
        let array_len = match &under {
            TypeKind::Array(_, n) => Some(*n),
            TypeKind::Pointer(p) => match self.types.under(*p) {
                TypeKind::Array(_, n) => Some(*n),
                _ => None,
            },
            _ => None,
        };
        // len of an array is a constant unless the operand calls a function
        // (a conversion is not a call): then it is evaluated for effect.
        if let Some(n) = array_len {
            if !ir::calls_function(&op.ir) {
                return constant(n as i64, e);
            }
        }
        let ok = match &under {
            TypeKind::Basic(bt) => is_len && bt.is_string(),
            TypeKind::Slice(_) | TypeKind::Chan(..) => true,
            TypeKind::Map(..) => is_len,
            _ => array_len.is_some(),
        };
        if !ok {
            let msg = format!("invalid argument: {} for built-in {}", self.describe(&op), b.name());
            self.error(arg.span, msg);
            return Operand::invalid(e);
        }
        let which = if is_len { Builtin::Len } else { Builtin::Cap };
        let x = self.string_or_value(op);
        let ir = ir::Expr::new(IK::Builtin { which, args: vec![x] }, int, e.span);
        Operand { mode: Mode::Value, ty: int, ir, src: e }
    }

    /// An operand's IR, with an untyped string constant made a string.
    fn string_or_value(&mut self, mut op: Operand) -> ir::Expr {
        if self.types.is_untyped(op.ty) {
            let d = self.default_type(op.ty);
            let _ = self.implicit_convert(&mut op, d);
        }
        op.ir
    }

    /// `make([]T, len[, cap])`, `make(map[K]V[, hint])`.
    fn make<'e>(&mut self, e: &'e ast::Expr, args: &'e [ast::Expr], call_text: &str) -> Operand<'e> {
        if args.is_empty() {
            self.error(
                e.span,
                format!("invalid operation: not enough arguments for {call_text} (expected 1, found 0)"),
            );
            return Operand::invalid(e);
        }
        let t = self.type_expr(&args[0]);
        if self.invalid(t) {
            return Operand::invalid(e);
        }
        let (min, max) = match self.types.under(t) {
            TypeKind::Slice(_) => (2, 3),
            TypeKind::Map(..) => (1, 2),
            TypeKind::Chan(..) => {
                self.unsupported(e.span, "channels");
                return Operand::invalid(e);
            }
            _ => {
                self.error(
                    args[0].span,
                    format!(
                        "invalid argument: cannot make {}: type must be slice, map, or channel",
                        expr_string(&args[0])
                    ),
                );
                return Operand::invalid(e);
            }
        };
        if args.len() < min || args.len() > max {
            let tname = self.type_name(t);
            let found = args.len() - 1;
            let msg = if min == max - 1 && args.len() < min {
                format!("invalid operation: {call_text} expects {min} or {max} arguments; found {}", args.len())
            } else {
                format!("invalid operation: {call_text} expects {min} or {max} arguments; found {}", args.len())
            };
            let _ = (tname, found);
            self.error(e.span, msg);
            return Operand::invalid(e);
        }
        let mut sizes = Vec::new();
        for a in &args[1..] {
            match self.index_value(a, None, "index") {
                Some(v) => sizes.push(v),
                None => return Operand::invalid(e),
            }
        }
        if let [len, cap] = &sizes[..] {
            if let (IK::Const(l), IK::Const(c)) = (&len.kind, &cap.kind) {
                if l.to_int() > c.to_int() {
                    self.error(args[1].span, "invalid argument: length and capacity swapped");
                    return Operand::invalid(e);
                }
            }
        }
        // A constant size counts against gc's 64 KB limit for implicit allocations.
        let const_cap = sizes.last().and_then(|x| match &x.kind {
            IK::Const(v) => v.to_i64(),
            _ => None,
        });
        let alloc_t = match (self.types.under(t).clone(), const_cap) {
            (TypeKind::Slice(elem), Some(n)) if n >= 0 => Some(self.types.intern(TypeKind::Array(elem, n as u64))),
            _ => None,
        };
        let site = self.new_site(lparen_of(e), e, alloc_t, ir::SiteKind::Alloc);
        let mut it = sizes.into_iter();
        let kind = if matches!(self.types.under(t), TypeKind::Slice(_)) {
            IK::MakeSlice { site, len: Box::new(it.next().unwrap()), cap: it.next().map(Box::new) }
        } else {
            IK::MakeMap { site, hint: it.next().map(Box::new), entries: vec![] }
        };
        Operand { mode: Mode::Value, ty: t, ir: ir::Expr::new(kind, t, e.span), src: e }
    }

    /// `append(s, x, y)`, `append(s, t...)`, `append(b, "str"...)`.
    fn append<'e>(&mut self, e: &'e ast::Expr, args: &'e [ast::Expr], spread: bool) -> Operand<'e> {
        if args.is_empty() {
            self.error(
                e.span,
                format!("invalid operation: not enough arguments for {} (expected 1, found 0)", expr_string(e)),
            );
            return Operand::invalid(e);
        }
        let s = self.value(&args[0]);
        if s.is_invalid() {
            for a in &args[1..] {
                self.expr(a);
            }
            return Operand::invalid(e);
        }
        let Some(elem) = self.slice_elem(&s, "append") else {
            return Operand::invalid(e);
        };
        let s_ir = s.ir.clone();
        let t = s.ty;
        if spread {
            if args.len() != 2 {
                self.error(e.span, "can only use ... with final argument in list");
                return Operand::invalid(e);
            }
            let x = self.value(&args[1]);
            if x.is_invalid() {
                return Operand::invalid(e);
            }
            // append([]byte, string...) is allowed.
            let is_bytes = self.types.identical(elem, TypeTable::basic(Basic::Uint8));
            let x_ir = if is_bytes && self.types.is_string(x.ty) {
                self.string_or_value(x)
            } else {
                match self.assign_to(x, t, "argument to append") {
                    Some(ir) => ir,
                    None => return Operand::invalid(e),
                }
            };
            let site = self.new_site(lparen_of(e), e, None, ir::SiteKind::Append);
            let ir = ir::Expr::new(IK::Append { site, s: Box::new(s_ir), elems: vec![x_ir], spread: true }, t, e.span);
            return Operand { mode: Mode::Value, ty: t, ir, src: e };
        }
        let mut elems = Vec::new();
        for a in &args[1..] {
            let op = self.expr_or_lit_pub(a, elem);
            let context = format!("argument to {}", "append");
            match self.assign_to(op, elem, &context) {
                Some(ir) => elems.push(ir),
                None => return Operand::invalid(e),
            }
        }
        let site = self.new_site(lparen_of(e), e, None, ir::SiteKind::Append);
        let ir = ir::Expr::new(IK::Append { site, s: Box::new(s_ir), elems, spread: false }, t, e.span);
        Operand { mode: Mode::Value, ty: t, ir, src: e }
    }

    /// `copy(dst, src)`; `src` may be a string when `dst` is a `[]byte`.
    fn copy<'e>(&mut self, e: &'e ast::Expr, args: &'e [ast::Expr], call_text: &str) -> Operand<'e> {
        if args.len() != 2 {
            for a in args {
                self.expr(a);
            }
            let which = if args.len() < 2 { "not enough" } else { "too many" };
            self.error(
                e.span,
                format!("invalid operation: {which} arguments for {call_text} (expected 2, found {})", args.len()),
            );
            return Operand::invalid(e);
        }
        let d = self.value(&args[0]);
        let s = self.value(&args[1]);
        if d.is_invalid() || s.is_invalid() {
            return Operand::invalid(e);
        }
        let Some(de) = self.slice_elem(&d, "copy") else {
            return Operand::invalid(e);
        };
        // copy([]byte, string) is the special case; otherwise the source
        // must be a slice too, a string standing for its bytes in the message.
        // A string's elements are bytes, spelled so.
        let byte = crate::types::types::BYTE;
        let se = match self.types.under(s.ty) {
            TypeKind::Slice(se) => *se,
            TypeKind::Basic(b) if b.is_string() => byte,
            _ => {
                self.slice_elem(&s, "copy");
                return Operand::invalid(e);
            }
        };
        if !self.types.identical(se, de) {
            let msg = format!(
                "invalid copy: arguments {} and {} have different element types {} and {}",
                self.describe(&d),
                self.describe(&s),
                self.type_name(de),
                self.type_name(se)
            );
            self.error(d.src.span, msg);
            return Operand::invalid(e);
        }
        let s_ir = self.string_or_value(s);
        let int = TypeTable::basic(Basic::Int);
        let ir = ir::Expr::new(IK::Builtin { which: Builtin::Copy, args: vec![d.ir, s_ir] }, int, e.span);
        Operand { mode: Mode::Value, ty: int, ir, src: e }
    }

    /// The element type of a slice operand of append or copy, or types2's
    /// `invalid append: argument must be a slice; have x` (reported at the
    /// operand) when it is not one.
    fn slice_elem(&mut self, x: &Operand, builtin: &str) -> Option<Type> {
        if let TypeKind::Slice(elem) = self.types.under(x.ty) {
            return Some(*elem);
        }
        // Printing nil alone would hide that it is untyped.
        let have = if x.mode == Mode::Nil { "untyped nil".to_string() } else { self.describe(x) };
        self.error(x.src.span, format!("invalid {builtin}: argument must be a slice; have {have}"));
        None
    }
}
