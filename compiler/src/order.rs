//! Evaluation order: function calls first, as gc orders a statement.
//!
//! The spec fixes the order of calls, method calls and communication
//! operations in a statement (left to right) but not when plain operands
//! are read relative to them: in `x + f()`, whether `x` is read before or
//! after `f` runs (and f may change x) is up to the compiler. gc's order
//! pass (walk/order.go) moves every call out of the statement into a
//! temporary, in order, before the statement runs; what is left reads the
//! variables afterwards. So gc prints 13 for `x := 1; a := x + f()` when f
//! sets x to 10, and evaluates the right side of `s[0] = grow()` before
//! loading `s`. Programs observe this, so gocc does the same.
//!
//! A statement is rewritten only when it matters: when some read of
//! memory a call could change (a package-level variable, anything through
//! a pointer, slice or map, an address-taken local) comes before a call
//! that is not its own enclosing call. Then every call of the statement
//! that runs unconditionally (not in the right operand of `&&` or `||`)
//! and has one result becomes `.call := f(...)` before it. A `for`
//! condition that needs it moves into the loop body (`if !cond { break }`)
//! so that it is still ordered on every iteration. Switch cases are
//! evaluated one at a time and stay as they are.
//!
//! Runs after the checker, before inlining and escape analysis (the
//! temporaries are `LocalKind::Temp`: they cost nothing in the inliner's
//! budget and `-m` never names them).
//!
//! Go: src/cmd/compile/internal/walk/order.go.

use crate::ir::{self, ExprKind as IK, LocalId, Place, StmtKind as SK};
use crate::types::types::TypeKind;
use std::collections::HashSet;

/// Orders every function of the package.
pub fn order_package(pkg: &mut ir::Package) {
    for fi in 0..pkg.funcs.len() {
        if pkg.funcs[fi].external {
            continue;
        }
        let taken = crate::escape::address_taken(&pkg.funcs[fi]);
        let body = std::mem::take(&mut pkg.funcs[fi].body);
        let mut o = Order { types: &pkg.types, f: &mut pkg.funcs[fi], taken };
        let body = o.stmts(body);
        pkg.funcs[fi].body = body;
    }
}

struct Order<'a> {
    types: &'a crate::types::types::TypeTable,
    f: &'a mut ir::Func,
    /// Address-taken locals: a call can change them.
    taken: HashSet<LocalId>,
}

/// What a subtree does, in evaluation order.
#[derive(Clone, Copy, Default)]
struct Effects {
    reads: bool,
    calls: bool,
}

impl Order<'_> {
    fn stmts(&mut self, stmts: Vec<ir::Stmt>) -> Vec<ir::Stmt> {
        let mut out = Vec::with_capacity(stmts.len());
        for s in stmts {
            self.stmt(s, &mut out);
        }
        out
    }

    fn stmt(&mut self, mut s: ir::Stmt, out: &mut Vec<ir::Stmt>) {
        let span = s.span;
        match &mut s.kind {
            SK::If { then, els, .. } => {
                *then = self.stmts(std::mem::take(then));
                *els = self.stmts(std::mem::take(els));
            }
            SK::Loop { body, post, .. } => {
                *body = self.stmts(std::mem::take(body));
                *post = self.stmts(std::mem::take(post));
            }
            SK::Switch { clauses, .. } => {
                for c in clauses {
                    c.body = self.stmts(std::mem::take(&mut c.body));
                }
            }
            SK::Block(body) => *body = self.stmts(std::mem::take(body)),
            SK::RangeMap { body, .. } => *body = self.stmts(std::mem::take(body)),
            _ => {}
        }
        // A loop condition evaluated with its calls first, every iteration.
        if let SK::Loop { label, cond: Some(c), body, .. } = &mut s.kind {
            if self.needs_order(&[&*c]) {
                let mut pre = Vec::new();
                let mut cond = c.clone();
                self.hoist(&mut cond, &mut pre);
                let exit = ir::Stmt { kind: SK::Break(*label), span };
                pre.push(ir::Stmt { kind: SK::If { cond, then: vec![], els: vec![exit] }, span });
                pre.append(body);
                *body = pre;
                if let SK::Loop { cond, .. } = &mut s.kind {
                    *cond = None;
                }
            }
            out.push(s);
            return;
        }
        let mut pre = Vec::new();
        if self.needs_order(&self.operands(&s)) {
            self.hoist_stmt(&mut s, &mut pre);
        }
        out.append(&mut pre);
        out.push(s);
    }

    /// The expressions a statement evaluates, in order (the operands of an
    /// assignment's targets first; an `op=` target is also read).
    fn operands<'s>(&self, s: &'s ir::Stmt) -> Vec<&'s ir::Expr> {
        let mut v = Vec::new();
        let place = |p: &'s Place, v: &mut Vec<&'s ir::Expr>| match p {
            Place::Addr(e) => v.push(&**e),
            Place::MapIndex { map, key } => {
                v.push(&**map);
                v.push(&**key);
            }
            Place::Local(_) | Place::Global(_) | Place::Blank => {}
        };
        match &s.kind {
            SK::Expr(e) | SK::ReturnMulti(e) | SK::Decl(_, Some(e)) => v.push(e),
            SK::If { cond, .. } => v.push(cond),
            SK::RangeMap { map, .. } => v.push(map),
            SK::Return(values) => v.extend(values),
            SK::Assign(places, values) => {
                places.iter().for_each(|p| place(p, &mut v));
                v.extend(values);
            }
            SK::AssignMulti(places, e) => {
                places.iter().for_each(|p| place(p, &mut v));
                v.push(e);
            }
            SK::OpAssign(p, _, e) => {
                place(p, &mut v);
                v.push(e);
            }
            _ => {}
        }
        v
    }

    /// Whether moving the calls first changes anything: a read a call
    /// could affect happens before a call it is not an argument of.
    fn needs_order(&self, exprs: &[&ir::Expr]) -> bool {
        let mut need = false;
        let mut before = Effects::default();
        for e in exprs {
            let fx = self.effects(e, &mut need);
            need |= before.reads && fx.calls;
            before.reads |= fx.reads;
            before.calls |= fx.calls;
        }
        need
    }

    /// The effects of `e`; sets `need` when, inside e, a read precedes a
    /// call that is not its enclosing call.
    fn effects(&self, e: &ir::Expr, need: &mut bool) -> Effects {
        let mut acc = Effects::default();
        let child = |x: &ir::Expr, acc: &mut Effects, need: &mut bool| {
            let fx = self.effects(x, need);
            *need |= acc.reads && fx.calls;
            acc.reads |= fx.reads;
            acc.calls |= fx.calls;
        };
        match &e.kind {
            IK::Local(l) => acc.reads = self.taken.contains(l),
            IK::Global(_) => acc.reads = true,
            IK::Const(_) | IK::Func(_) => {}
            // The right operand runs only sometimes: it is ordered on its
            // own, not hoisted.
            IK::Binary(crate::syntax::ast::BinaryOp::LAnd | crate::syntax::ast::BinaryOp::LOr, x, _) => {
                child(x, &mut acc, need)
            }
            IK::Call { func, args } => {
                child(func, &mut acc, need);
                args.iter().for_each(|a| child(a, &mut acc, need));
                acc.calls = true;
            }
            IK::CallSpread { func, arg } => {
                child(func, &mut acc, need);
                child(arg, &mut acc, need);
                acc.calls = true;
            }
            _ => {
                // Memory reached through pointers, slices and maps.
                let memory = match &e.kind {
                    IK::Deref(_) | IK::MapIndex(..) | IK::MapIndexOk(..) => true,
                    IK::Index(x, _) => !matches!(self.types.under(x.ty), TypeKind::Array(..)),
                    _ => false,
                };
                acc.reads |= memory;
                children(e, &mut |x| child(x, &mut acc, need));
            }
        }
        acc
    }

    fn hoist_stmt(&mut self, s: &mut ir::Stmt, pre: &mut Vec<ir::Stmt>) {
        let place = |o: &mut Self, p: &mut Place, pre: &mut Vec<ir::Stmt>| match p {
            Place::Addr(e) => o.hoist(e, pre),
            Place::MapIndex { map, key } => {
                o.hoist(map, pre);
                o.hoist(key, pre);
            }
            _ => {}
        };
        match &mut s.kind {
            // The statement's own call stays; its arguments are ordered.
            SK::Expr(e) => self.hoist_args(e, pre),
            // A multi-value call stays too (hoist leaves tuples in place).
            SK::ReturnMulti(e) => self.hoist(e, pre),
            SK::Decl(_, Some(e)) => self.hoist(e, pre),
            SK::If { cond, .. } => self.hoist(cond, pre),
            SK::RangeMap { map, .. } => self.hoist(map, pre),
            SK::Return(values) => values.iter_mut().for_each(|v| self.hoist(v, pre)),
            SK::Assign(places, values) => {
                places.iter_mut().for_each(|p| place(self, p, pre));
                values.iter_mut().for_each(|v| self.hoist(v, pre));
            }
            SK::AssignMulti(places, e) => {
                places.iter_mut().for_each(|p| place(self, p, pre));
                self.hoist(e, pre);
            }
            SK::OpAssign(p, _, e) => {
                place(self, p, pre);
                self.hoist(e, pre);
            }
            _ => {}
        }
    }

    /// Orders the arguments of a call (or any expression) without moving
    /// the expression itself.
    fn hoist_args(&mut self, e: &mut ir::Expr, pre: &mut Vec<ir::Stmt>) {
        match &mut e.kind {
            IK::Call { args, .. } => args.iter_mut().for_each(|a| self.hoist(a, pre)),
            IK::CallSpread { arg, .. } => self.hoist_args(arg, pre),
            _ => self.hoist(e, pre),
        }
    }

    /// Replaces each call in `e` (innermost first, left to right) by a
    /// temporary assigned before the statement: `.call := f(...)`.
    fn hoist(&mut self, e: &mut ir::Expr, pre: &mut Vec<ir::Stmt>) {
        match &mut e.kind {
            IK::Binary(crate::syntax::ast::BinaryOp::LAnd | crate::syntax::ast::BinaryOp::LOr, x, _) => {
                self.hoist(x, pre);
                return;
            }
            _ => children_mut(e, &mut |x| self.hoist(x, pre)),
        }
        let single = !matches!(self.types.kind(e.ty), TypeKind::Tuple(_));
        let has_value = !self.types.is_invalid(e.ty);
        if matches!(e.kind, IK::Call { .. } | IK::CallSpread { .. }) && single && has_value {
            let t = LocalId(self.f.locals.len() as u32);
            self.f.locals.push(ir::Local { name: ".call".into(), ty: e.ty, kind: ir::LocalKind::Temp, span: e.span });
            let call = std::mem::replace(e, ir::Expr::new(IK::Local(t), e.ty, e.span));
            pre.push(ir::Stmt { kind: SK::Decl(t, Some(call)), span: e.span });
        }
    }
}

/// The direct operand expressions of `e`, in evaluation order.
fn children(e: &ir::Expr, f: &mut dyn FnMut(&ir::Expr)) {
    match &e.kind {
        IK::Const(_) | IK::Local(_) | IK::Global(_) | IK::Func(_) | IK::Inlined { .. } => {}
        IK::Unary(_, a) | IK::Convert(a) | IK::AddrOf(a) | IK::Deref(a) | IK::Field(a, _) => f(a),
        IK::MakeInterface(_, a) | IK::ConvertSlice { x: a, .. } | IK::BuiltinSpread { arg: a, .. } => f(a),
        IK::Binary(_, a, b) | IK::Compare(_, a, b) | IK::StringIndex(a, b) | IK::Index(a, b) => {
            f(a);
            f(b);
        }
        IK::MapIndex(a, b) | IK::MapIndexOk(a, b) | IK::DecodeRune { s: a, i: b } => {
            f(a);
            f(b);
        }
        IK::Call { func, args } => {
            f(func);
            args.iter().for_each(|a| f(a));
        }
        IK::CallSpread { func, arg } => {
            f(func);
            f(arg);
        }
        IK::Builtin { args, .. } => args.iter().for_each(|a| f(a)),
        IK::StringSlice { s, lo, hi } => {
            f(s);
            lo.iter().chain(hi.iter()).for_each(|b| f(b));
        }
        IK::Slice { x, lo, hi, max } => {
            f(x);
            lo.iter().chain(hi.iter()).chain(max.iter()).for_each(|b| f(b));
        }
        IK::Composite(elems) | IK::SliceLit { elems, .. } => elems.iter().for_each(|(_, v)| f(v)),
        IK::New { init, .. } => init.iter().for_each(|v| f(v)),
        IK::MakeSlice { len, cap, .. } => {
            f(len);
            cap.iter().for_each(|c| f(c));
        }
        IK::MakeMap { hint, entries, .. } => {
            hint.iter().for_each(|h| f(h));
            for (k, v) in entries {
                f(k);
                f(v);
            }
        }
        IK::Append { s, elems, .. } => {
            f(s);
            elems.iter().for_each(|x| f(x));
        }
        IK::Concat(_, parts) => parts.iter().for_each(|p| f(p)),
    }
}

/// The same, mutably.
fn children_mut(e: &mut ir::Expr, f: &mut dyn FnMut(&mut ir::Expr)) {
    match &mut e.kind {
        IK::Const(_) | IK::Local(_) | IK::Global(_) | IK::Func(_) => {}
        IK::Unary(_, a) | IK::Convert(a) | IK::AddrOf(a) | IK::Deref(a) | IK::Field(a, _) => f(a),
        IK::MakeInterface(_, a) | IK::ConvertSlice { x: a, .. } => f(a),
        IK::Binary(_, a, b) | IK::Compare(_, a, b) | IK::StringIndex(a, b) | IK::Index(a, b) => {
            f(a);
            f(b);
        }
        IK::MapIndex(a, b) | IK::MapIndexOk(a, b) | IK::DecodeRune { s: a, i: b } => {
            f(a);
            f(b);
        }
        IK::Call { func, args } => {
            f(func);
            args.iter_mut().for_each(|a| f(a));
        }
        IK::CallSpread { func, arg } => {
            f(func);
            f(arg);
        }
        // Inlined bodies do not exist yet (this pass runs first).
        IK::Inlined { .. } => {}
        IK::Builtin { args, .. } => args.iter_mut().for_each(|a| f(a)),
        IK::BuiltinSpread { arg, .. } => f(arg),
        IK::StringSlice { s, lo, hi } => {
            f(s);
            lo.iter_mut().chain(hi.iter_mut()).for_each(|b| f(b));
        }
        IK::Slice { x, lo, hi, max } => {
            f(x);
            lo.iter_mut().chain(hi.iter_mut()).chain(max.iter_mut()).for_each(|b| f(b));
        }
        IK::Composite(elems) | IK::SliceLit { elems, .. } => elems.iter_mut().for_each(|(_, v)| f(v)),
        IK::New { init, .. } => init.iter_mut().for_each(|v| f(v)),
        IK::MakeSlice { len, cap, .. } => {
            f(len);
            cap.iter_mut().for_each(|c| f(c));
        }
        IK::MakeMap { hint, entries, .. } => {
            hint.iter_mut().for_each(|h| f(h));
            for (k, v) in entries {
                f(k);
                f(v);
            }
        }
        IK::Append { s, elems, .. } => {
            f(s);
            elems.iter_mut().for_each(|x| f(x));
        }
        IK::Concat(_, parts) => parts.iter_mut().for_each(|p| f(p)),
    }
}
