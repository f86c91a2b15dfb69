//! `for ... range` statements, lowered to plain loops.
//!
//! The range expression is evaluated once, into a hidden local, and a hidden
//! index counts the iterations; each iteration then gives the user's
//! variables their values. With `:=` the variables are declared inside the
//! loop body, so every iteration has its own (Go 1.22's semantics: a pointer
//! to `v` taken in one iteration is not overwritten by the next).
//!
//!     for i, v := range s { body }
//! becomes
//!     tmp := s; n := len(tmp)
//!     for h := 0; h < n; h++ { i := h; v := tmp[h]; body }
//!
//! Strings decode UTF-8 (`runtime.decoderune` past ASCII), and maps iterate
//! with the runtime's map iterator (`RangeMap`).
//!
//! Go: src/cmd/compile/internal/types2/stmt.go (rangeStmt),
//! src/cmd/compile/internal/walk/range.go.

use super::Checker;
use super::expr::Mode;
use super::stmt::{Target, TargetKind};
use crate::ir::{self, ExprKind as IK, LocalId, LocalKind, StmtKind as SK};
use crate::source::Span;
use crate::syntax::ast::{self, BinaryOp};
use crate::syntax::printer::expr_string;
use crate::types::constant::Value;
use crate::types::types::{Basic, RUNE, Type, TypeKind, TypeTable};

/// What is ranged over.
enum Over {
    Int,
    String,
    Array(u64),
    PtrArray(u64),
    Slice,
    Map,
}

impl<'a> Checker<'a> {
    fn local_expr(&mut self, l: LocalId, span: Span) -> ir::Expr {
        let ty = self.fs.as_ref().unwrap().func.local(l).ty;
        ir::Expr::new(IK::Local(l), ty, span)
    }

    fn int_const(v: i64, span: Span) -> ir::Expr {
        ir::Expr::new(IK::Const(Value::int(v)), TypeTable::basic(Basic::Int), span)
    }

    fn hidden(&mut self, name: &str, ty: Type, span: Span) -> LocalId {
        self.new_local(name, ty, LocalKind::Temp, span)
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn range_stmt(
        &mut self,
        s: &ast::Stmt,
        key: Option<&ast::Expr>,
        value: Option<&ast::Expr>,
        define: bool,
        x: &ast::Expr,
        body: &ast::Block,
        label: Option<String>,
        out: &mut Vec<ir::Stmt>,
    ) {
        let span = s.span;
        let int = TypeTable::basic(Basic::Int);
        let mut xo = self.value(x);
        if xo.is_invalid() {
            self.range_body_only(s, key, value, define, body, label, out);
            return;
        }
        // Messages describe the range expression as written (`10 (untyped
        // int constant)`), before it takes its default type.
        let xdesc = self.describe(&xo);
        // An untyped constant (for i := range 10) ranges as an int.
        let mut overflows = false;
        if self.types.is_untyped(xo.ty) {
            let d = self.default_type(xo.ty);
            if self.implicit_convert(&mut xo, d).is_err() {
                // types2 finds this when assigning the iteration key.
                let msg = format!("cannot use {xdesc} as {} value in range clause (overflows)", self.type_name(d));
                self.error(x.span, msg);
                overflows = true;
            }
        }
        let (over, kt, vt) = match self.types.under(xo.ty).clone() {
            TypeKind::Basic(b) if b.is_integer() => (Over::Int, xo.ty, None),
            TypeKind::Basic(b) if b.is_string() => (Over::String, int, Some(RUNE)),
            TypeKind::Array(e, n) => (Over::Array(n), int, Some(e)),
            TypeKind::Pointer(p) if matches!(self.types.under(p), TypeKind::Array(..)) => {
                let TypeKind::Array(e, n) = *self.types.under(p) else { unreachable!() };
                (Over::PtrArray(n), int, Some(e))
            }
            TypeKind::Slice(e) => (Over::Slice, int, Some(e)),
            TypeKind::Map(k, v) => (Over::Map, k, Some(v)),
            _ => {
                let msg = format!("cannot range over {xdesc}");
                self.error(x.span, msg);
                self.range_body_only(s, key, value, define, body, label, out);
                return;
            }
        };
        if vt.is_none() && value.is_some() {
            let msg = format!("range over {xdesc} permits only one iteration variable");
            self.error(value.unwrap().span, msg);
            return;
        }
        if overflows {
            return;
        }
        let mut pre = Vec::new();
        // The range expression, once. When only the index is wanted and
        // len(x) is constant (an array, or a pointer to one, without
        // calls), the spec says x is not evaluated (`for range *p` with a
        // nil p runs len(*p) times): the temporary is then never read, and
        // the back end skips its declaration (ssagen unread_range_temp);
        // the declaration stays for the inliner, which counts x as gc's
        // ORANGE does.
        let tmp = self.hidden(".range", xo.ty, x.span);
        pre.push(ir::Stmt { kind: SK::Decl(tmp, Some(xo.ir)), span: x.span });
        let tmp_e = self.local_expr(tmp, x.span);

        self.push_scope();
        let id = self.fs_mut().new_label();
        // The hidden values the iteration variables take, and how each
        // iteration computes them (before the body).
        let hk = self.hidden(".key", kt, span);
        let hv = vt.map(|t| self.hidden(".value", t, span));
        let mut prefix = Vec::new();
        let mut post = Vec::new();
        let (cond, is_map) = match over {
            Over::Map => (None, true),
            _ => {
                let h = self.hidden(".index", if matches!(over, Over::Int) { kt } else { int }, span);
                let zero = match over {
                    Over::Int => ir::Expr::new(IK::Const(Value::int(0)), kt, span),
                    _ => Self::int_const(0, span),
                };
                pre.push(ir::Stmt { kind: SK::Decl(h, Some(zero)), span });
                let h_e = self.local_expr(h, span);
                let n = match over {
                    Over::Int => tmp_e.clone(),
                    Over::Array(n) | Over::PtrArray(n) => Self::int_const(n as i64, span),
                    _ => {
                        let len = ir::Expr::new(
                            IK::Builtin { which: ir::Builtin::Len, args: vec![tmp_e.clone()] },
                            int,
                            span,
                        );
                        let n = self.hidden(".len", int, span);
                        pre.push(ir::Stmt { kind: SK::Decl(n, Some(len)), span });
                        self.local_expr(n, span)
                    }
                };
                let bool_t = TypeTable::basic(Basic::Bool);
                let cond = ir::Expr::new(IK::Compare(BinaryOp::Lss, Box::new(h_e.clone()), Box::new(n)), bool_t, span);
                prefix.push(ir::Stmt { kind: SK::Decl(hk, Some(h_e.clone())), span });
                let one = ir::Expr::new(IK::Const(Value::int(1)), h_e.ty, span);
                match over {
                    Over::String => {
                        // r, next := decoderune(tmp, h); ... ; h = next
                        let next = self.hidden(".next", int, span);
                        let tuple = self.types.tuple(vec![RUNE, int]);
                        let dec = ir::Expr::new(
                            IK::DecodeRune { s: Box::new(tmp_e.clone()), i: Box::new(h_e.clone()) },
                            tuple,
                            span,
                        );
                        let places = vec![ir::Place::Local(hv.unwrap()), ir::Place::Local(next)];
                        prefix.push(ir::Stmt { kind: SK::AssignMulti(places, dec), span });
                        post.push(ir::Stmt {
                            kind: SK::Assign(vec![ir::Place::Local(h)], vec![self.local_expr(next, span)]),
                            span,
                        });
                    }
                    _ => {
                        if let (Some(hv), true) = (hv, value.is_some()) {
                            let elem_t = vt.unwrap();
                            let elem = match over {
                                Over::PtrArray(_) => {
                                    let arr_t = match self.types.under(tmp_e.ty) {
                                        TypeKind::Pointer(p) => *p,
                                        _ => tmp_e.ty,
                                    };
                                    let arr = ir::Expr::new(IK::Deref(Box::new(tmp_e.clone())), arr_t, span);
                                    ir::Expr::new(IK::Index(Box::new(arr), Box::new(h_e.clone())), elem_t, span)
                                }
                                _ => ir::Expr::new(
                                    IK::Index(Box::new(tmp_e.clone()), Box::new(h_e.clone())),
                                    elem_t,
                                    span,
                                ),
                            };
                            prefix.push(ir::Stmt { kind: SK::Decl(hv, Some(elem)), span });
                        }
                        post.push(ir::Stmt { kind: SK::OpAssign(ir::Place::Local(h), BinaryOp::Add, one), span });
                    }
                }
                (Some(cond), false)
            }
        };
        // The user's variables get the hidden values.
        let targets = [(key, Some(hk)), (value, hv)];
        for (user, hidden) in targets {
            let (Some(user), Some(hidden)) = (user, hidden) else { continue };
            let hidden_e = self.local_expr(hidden, user.span);
            if define {
                let ast::ExprKind::Name(name) = &user.kind else {
                    self.error(user.span, format!("non-name {} on left side of :=", expr_string(user)));
                    continue;
                };
                if name == "_" {
                    continue;
                }
                let l = self.new_local(name, hidden_e.ty, LocalKind::Var, user.span);
                self.declare_local_pub(&ast::Ident { name: name.clone(), span: user.span }, l);
                prefix.push(ir::Stmt { kind: SK::Decl(l, Some(hidden_e)), span: user.span });
            } else if let Some((place, pt)) = self.place_pub(user) {
                let op = super::expr::Operand { mode: Mode::Value, ty: hidden_e.ty, ir: hidden_e, src: user };
                if matches!(place, ir::Place::Blank) {
                    continue;
                }
                if let Some(v) = self.assign_to(op, pt, "range") {
                    prefix.push(ir::Stmt { kind: SK::Assign(vec![place], vec![v]), span: user.span });
                }
            }
        }
        self.fs_mut().targets_push(Target { kind: TargetKind::Loop, id, label });
        let mut body_ir = prefix;
        body_ir.extend(self.block(&body.stmts));
        self.fs_mut().targets_pop();
        self.pop_scope();
        if is_map {
            let map = self.local_expr(tmp, span);
            pre.push(ir::Stmt { kind: SK::RangeMap { label: id, map, key: Some(hk), value: hv, body: body_ir }, span });
        } else {
            pre.push(ir::Stmt { kind: SK::Loop { label: id, cond, body: body_ir, post }, span });
        }
        out.push(ir::Stmt { kind: SK::Block(pre), span });
    }

    /// After an error in the range expression: still check the body (with
    /// the variables declared, invalid) so its own errors are reported.
    #[allow(clippy::too_many_arguments)]
    fn range_body_only(
        &mut self,
        _s: &ast::Stmt,
        key: Option<&ast::Expr>,
        value: Option<&ast::Expr>,
        define: bool,
        body: &ast::Block,
        label: Option<String>,
        _out: &mut Vec<ir::Stmt>,
    ) {
        self.push_scope();
        let invalid = TypeTable::basic(Basic::Invalid);
        for user in [key, value].into_iter().flatten() {
            if let (true, ast::ExprKind::Name(name)) = (define, &user.kind) {
                if name != "_" {
                    let l = self.new_local(name, invalid, LocalKind::Var, user.span);
                    if let Some(e) = self.declare_local_pub(&ast::Ident { name: name.clone(), span: user.span }, l) {
                        self.ents[e.0 as usize].used = true;
                    }
                }
            }
        }
        let id = self.fs_mut().new_label();
        self.fs_mut().targets_push(Target { kind: TargetKind::Loop, id, label });
        self.block(&body.stmts);
        self.fs_mut().targets_pop();
        self.pop_scope();
    }
}
