//! Statements and function bodies.
//!
//! Besides checking each statement, this file enforces the rules that need
//! a whole body: labels (declared once, used, and `goto` neither jumping into
//! a block nor over a variable declaration), `declared and not used`, and
//! `missing return` (a function with results must end in a terminating
//! statement, as the spec defines it).
//!
//! Lowering: `for` loops become `Loop` with the init statement hoisted into
//! an enclosing block; a `switch` evaluates its tag once into a temporary
//! and each case becomes a comparison with it; `x++` becomes `x += 1`.
//!
//! Go: src/cmd/compile/internal/types2 (stmt.go, labels.go, return.go,
//! assignments.go).

use super::expr::{Mode, Operand};
use super::{Checker, Decl, EntId, Obj, State, VarInit};
use crate::ir::{self, ExprKind as IK, LabelId, LocalId, LocalKind, StmtKind as SK};
use crate::source::Span;
use crate::syntax::ast::{self, AssignOp, BinaryOp, BranchKind, ExprKind, StmtKind};
use crate::syntax::printer::expr_string;
use crate::types::constant::{Unrepresentable, Value};
use crate::types::types::{Basic, Type, TypeKind, TypeTable};
use std::collections::HashMap;

/// The state of the function whose body is being checked.
pub struct FuncState {
    pub func: ir::Func,
    pub scopes: Vec<HashMap<String, EntId>>,
    /// Every local variable entity, for "declared and not used".
    local_vars: Vec<EntId>,
    results: Vec<Type>,
    named_results: bool,
    /// Enclosing breakable statements, innermost last.
    targets: Vec<Target>,
    labels: HashMap<String, LabelInfo>,
}

#[derive(Clone)]
pub(super) struct Target {
    pub kind: TargetKind,
    /// The id `break` jumps past (and `continue` targets, for loops).
    pub id: LabelId,
    /// The user's label on this statement, if any.
    pub label: Option<String>,
}

#[derive(Clone, Copy, PartialEq)]
pub(super) enum TargetKind {
    Loop,
    Switch,
}

struct LabelInfo {
    id: LabelId,
}

impl FuncState {
    pub fn new(func: ir::Func) -> FuncState {
        FuncState {
            func,
            scopes: vec![HashMap::new()],
            local_vars: Vec::new(),
            results: Vec::new(),
            named_results: false,
            targets: Vec::new(),
            labels: HashMap::new(),
        }
    }

    pub(super) fn targets_push(&mut self, t: Target) {
        self.targets.push(t);
    }

    pub(super) fn targets_pop(&mut self) {
        self.targets.pop();
    }

    pub(super) fn new_label(&mut self) -> LabelId {
        self.func.labels += 1;
        LabelId(self.func.labels - 1)
    }
}

/// Replaces every span in an expression (for the implicitly repeated values
/// of a const group: errors belong to the line that repeats them).
fn respan(e: &ast::Expr, span: Span) -> ast::Expr {
    let mut e = e.clone();
    fn walk(e: &mut ast::Expr, span: Span) {
        e.span = span;
        match &mut e.kind {
            ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary { x, .. } => walk(x, span),
            ExprKind::Binary { x, y, .. } => {
                walk(x, span);
                walk(y, span);
            }
            ExprKind::Call { func, args, rparen, .. } => {
                *rparen = span;
                walk(func, span);
                for a in args {
                    walk(a, span);
                }
            }
            ExprKind::Index { x, index } => {
                walk(x, span);
                for i in index {
                    walk(i, span);
                }
            }
            ExprKind::Selector { x, sel } => {
                sel.span = span;
                walk(x, span);
            }
            _ => {}
        }
    }
    walk(&mut e, span);
    e
}

fn measure(n: usize, unit: &str) -> String {
    if n == 1 { format!("1 {unit}") } else { format!("{n} {unit}s") }
}

impl<'a> Checker<'a> {
    fn fs(&mut self) -> &mut FuncState {
        self.fs.as_mut().expect("inside a function")
    }

    pub(super) fn fs_mut(&mut self) -> &mut FuncState {
        self.fs()
    }

    pub(super) fn declare_local_pub(&mut self, name: &ast::Ident, l: LocalId) -> Option<EntId> {
        self.declare_local(name, Obj::Local(l))
    }

    pub(super) fn place_pub(&mut self, e: &ast::Expr) -> Option<(ir::Place, Type)> {
        self.place(e)
    }

    // ---- Declarations -------------------------------------------------------

    /// Declares a local name in the innermost scope (reporting redeclaration).
    fn declare_local(&mut self, name: &ast::Ident, obj: Obj) -> Option<EntId> {
        if name.name == "_" {
            return None;
        }
        if let Some(&prev) = self.fs().scopes.last().unwrap().get(&name.name) {
            let prev_span = self.ents[prev.0 as usize].span;
            let related = vec![(prev_span, format!("other declaration of {}", name.name))];
            self.diags.error_related(name.span, format!("{} redeclared in this block", name.name), related);
            return None;
        }
        let is_var = matches!(obj, Obj::Local(_));
        let id = EntId(self.ents.len() as u32);
        self.ents.push(super::Entity {
            name: name.name.clone(),
            span: name.span,
            obj,
            state: State::Resolved,
            decl: Decl::None,
            used: false,
            pkg: self.cur,
        });
        let fs = self.fs();
        fs.scopes.last_mut().unwrap().insert(name.name.clone(), id);
        if is_var {
            fs.local_vars.push(id);
        }
        Some(id)
    }

    pub fn new_local(&mut self, name: &str, ty: Type, kind: LocalKind, span: Span) -> LocalId {
        let fs = self.fs();
        let id = LocalId(fs.func.locals.len() as u32);
        fs.func.locals.push(ir::Local { name: name.into(), ty, kind, span });
        id
    }

    /// A constant's type and value, from its spec (package-level or local).
    pub(super) fn const_value(&mut self, spec: &ast::ValueSpec, index: usize, _package: bool) -> (Type, Option<Value>) {
        let invalid = TypeTable::basic(Basic::Invalid);
        let name = &spec.names[index];
        if index == 0 && spec.values.len() > spec.names.len() {
            let extra = &spec.values[spec.names.len()];
            self.error(extra.span, format!("extra init expr {}", expr_string(extra)));
        }
        let Some(value) = spec.values.get(index) else {
            if !spec.values.is_empty() || index == 0 {
                self.error(name.span, format!("missing init expr for {}", name.name));
            }
            return (invalid, None);
        };
        let value = if spec.implicit { respan(value, name.span) } else { value.clone() };
        let declared = spec.typ.as_ref().map(|t| self.type_expr(t));
        let op = self.expr(&value);
        let op = self.single_value(op);
        if op.is_invalid() {
            return (invalid, None);
        }
        if op.constant().is_none() {
            let msg = format!("{} is not constant", self.describe(&op));
            self.error(value.span, msg);
            return (invalid, None);
        }
        match declared {
            None => (op.ty, op.constant().cloned()),
            Some(t) => {
                if self.invalid(t) {
                    return (invalid, None);
                }
                if self.types.basic_of(t).is_none() {
                    self.error(spec.typ.as_ref().unwrap().span, format!("invalid constant type {}", self.type_name(t)));
                    return (invalid, None);
                }
                match self.assign_to(op, t, "constant declaration") {
                    Some(ir) => match ir.kind {
                        IK::Const(v) => (t, Some(v)),
                        _ => (invalid, None),
                    },
                    None => (invalid, None),
                }
            }
        }
    }

    /// The types and lowered initializers of a `var` spec (or `:=`).
    pub(super) fn var_decl_values(
        &mut self,
        spec: &ast::ValueSpec,
        declared: Option<Type>,
        context: &str,
    ) -> (Vec<Type>, Option<VarInit>) {
        let invalid = TypeTable::basic(Basic::Invalid);
        let n = spec.names.len();
        if spec.values.is_empty() {
            return (vec![declared.unwrap_or(invalid); n], None);
        }
        self.assign_values(&spec.values, n, declared.map(|t| vec![t; n]), context)
    }

    /// Checks the right-hand sides of a declaration or assignment of `n`
    /// variables. `targets` are the variables' types, if known. Returns
    /// the value types and the lowered values.
    fn assign_values(
        &mut self,
        values: &[ast::Expr],
        n: usize,
        targets: Option<Vec<Type>>,
        context: &str,
    ) -> (Vec<Type>, Option<VarInit>) {
        let invalid = TypeTable::basic(Basic::Invalid);
        // types2 (initVars, assignVars) speaks of a "multiple assignment"
        // whenever there are several variables.
        let context = if n > 1 { "multiple assignment" } else { context };
        // As types2: `var x T = f()` checks f() as one value, but in `x := f()`
        // and `x = f()` a lone call may return several (and mismatch).
        let lone_call = values.len() == 1 && matches!(values[0].unparen().kind, ExprKind::Call { .. });
        if values.len() == n && (!lone_call || context == "variable declaration") {
            let mut types = Vec::new();
            let mut irs = Vec::new();
            let mut ok = true;
            for (i, v) in values.iter().enumerate() {
                let op = self.expr(v);
                let op = self.single_value(op);
                let ir = match &targets {
                    Some(ts) if !self.invalid(ts[i]) => self.assign_to(op, ts[i], context),
                    Some(_) => None,
                    None => self.default_value(op, context),
                };
                match ir {
                    Some(ir) => {
                        types.push(targets.as_ref().map_or(ir.ty, |ts| ts[i]));
                        irs.push(ir);
                    }
                    None => {
                        ok = false;
                        types.push(targets.as_ref().map_or(invalid, |ts| ts[i]));
                    }
                }
            }
            return (types, if ok { Some(VarInit::Each(irs)) } else { None });
        }
        let fallback = targets.clone().unwrap_or_else(|| vec![invalid; n]);
        if values.len() == 1 {
            let op = self.expr(&values[0]);
            if op.is_invalid() {
                return (fallback, None);
            }
            if matches!(op.mode, Mode::NoValue | Mode::Builtin(_) | Mode::TypeExpr) {
                self.single_value(op); // "f() (no value) used as value"
                return (fallback, None);
            }
            // v, ok := m[k]
            let op = if n == 2 && op.mode == Mode::MapIndex {
                let IK::MapIndex(m, k) = op.ir.kind.clone() else { unreachable!() };
                let tuple = self.types.tuple(vec![op.ty, TypeTable::basic(Basic::Bool)]);
                let ir = ir::Expr::new(IK::MapIndexOk(m, k), tuple, op.ir.span);
                super::expr::Operand { mode: Mode::Value, ty: tuple, ir, src: op.src }
            } else {
                op
            };
            let results = match self.types.kind(op.ty) {
                TypeKind::Tuple(elems) => elems.clone(),
                _ => vec![op.ty],
            };
            if results.len() == n {
                let mut types = Vec::new();
                let mut convert = false;
                for (i, r) in results.iter().enumerate() {
                    match &targets {
                        Some(ts) => {
                            if !self.invalid(ts[i]) && !self.assignable_type(*r, ts[i]) {
                                // Each of several results is named by its
                                // place (types2's multiExpr).
                                let what = if results.len() > 1 {
                                    nth(i + 1, "function result")
                                } else {
                                    expr_string(&values[0])
                                };
                                let msg = format!(
                                    "cannot use {what} (value of type {}) as {} value in {context}",
                                    self.type_name(*r),
                                    self.type_name(ts[i])
                                );
                                self.error(values[0].span, msg);
                                return (fallback, None);
                            }
                            convert |= !self.invalid(ts[i]) && !self.types.identical(*r, ts[i]);
                            types.push(ts[i]);
                        }
                        None => types.push(*r),
                    }
                }
                if convert && results.len() == 1 && !matches!(self.types.kind(op.ty), TypeKind::Tuple(_)) {
                    // x = f() or x = T(y) with one value: converted in place.
                    let ir = self.assign_to(op, types[0], context);
                    return (types, ir.map(|ir| VarInit::Each(vec![ir])));
                }
                if convert {
                    // Each result converted to its target (boxed into an
                    // interface, or given the target's named type).
                    let (temps, values) = self.spread_results(&results, &types, op.src);
                    return (types, Some(VarInit::Converted { call: op.ir, temps, values }));
                }
                // One value (`x := len(s)`, `x := f()` of a single result)
                // is a plain assignment.
                if !matches!(self.types.kind(op.ty), TypeKind::Tuple(_)) {
                    return (types, Some(VarInit::Each(vec![op.ir])));
                }
                return (types, Some(VarInit::Multi(op.ir)));
            }
            self.assign_mismatch(values, n, results.len());
            return (fallback, None);
        }
        for v in values {
            self.expr(v);
        }
        self.assign_mismatch(values, n, values.len());
        (fallback, None)
    }

    /// Hidden locals for a multi-value call's results (`from`), and each
    /// of them converted to its target type (`to`).
    fn spread_results(&mut self, from: &[Type], to: &[Type], src: &ast::Expr) -> (Vec<LocalId>, Vec<ir::Expr>) {
        let mut temps = Vec::new();
        let mut values = Vec::new();
        for (f, t) in from.iter().zip(to) {
            let l = self.new_local(".result", *f, LocalKind::Temp, src.span);
            temps.push(l);
            let ir = ir::Expr::new(IK::Local(l), *f, src.span);
            let op = super::expr::Operand { mode: Mode::Value, ty: *f, ir: ir.clone(), src };
            let value = self.assign_to(op, *t, "assignment").unwrap_or(ir);
            // gc boxes the result where the statement assigns.
            if let (IK::MakeInterface(site, _), Some(at), Some(fs)) = (&value.kind, self.spread_at, self.fs.as_mut()) {
                if let Some(s) = fs.func.sites.get_mut(site.0 as usize) {
                    s.span = at;
                }
            }
            values.push(value);
        }
        (temps, values)
    }

    fn assign_mismatch(&mut self, values: &[ast::Expr], vars: usize, vals: usize) {
        let vars = measure(vars, "variable");
        let vals_text = measure(vals, "value");
        if values.len() == 1 {
            if let ExprKind::Call { func, .. } = &values[0].unparen().kind {
                let msg = format!("assignment mismatch: {vars} but {} returns {vals_text}", expr_string(func));
                self.error(values[0].span, msg);
                return;
            }
        }
        self.error(values[0].span, format!("assignment mismatch: {vars} but {vals_text}"));
    }

    // ---- Function bodies ----------------------------------------------------

    pub(super) fn check_func_body(&mut self, id: ir::FuncId, fd: &ast::FuncDecl, sig: Type) {
        let TypeKind::Func(s) = self.types.kind(sig).clone() else {
            return;
        };
        let func = std::mem::replace(
            &mut self.funcs[id.0 as usize],
            ir::Func {
                name: String::new(),
                symbol: String::new(),
                params: vec![],
                results: vec![],
                locals: vec![],
                body: vec![],
                span: fd.span,
                pragmas: vec![],
                labels: 0,
                sites: Vec::new(),
                external: false,
                name_span: Span::default(),
                inlines: Vec::new(),
            },
        );
        self.fs = Some(FuncState::new(func));
        // Parameters and results are locals of the function's outermost scope.
        let mut pi = 0;
        // The signature's types are interned with byte and rune spelled
        // uint8 and int32; a parameter keeps the spelling it was declared
        // with (gc prints `byte(1)` in messages about it).
        let spelled = |typ: &ast::Expr, t: Type| match &typ.kind {
            ast::ExprKind::Name(n) if n == "byte" && t == TypeTable::basic(Basic::Uint8) => crate::types::types::BYTE,
            ast::ExprKind::Name(n) if n == "rune" && t == TypeTable::basic(Basic::Int32) => crate::types::types::RUNE,
            _ => t,
        };
        for f in &fd.typ.params {
            let t = s.params.get(pi).copied().unwrap_or(TypeTable::basic(Basic::Invalid));
            let t = spelled(&f.typ, t);
            if f.names.is_empty() {
                let l = self.new_local("_", t, LocalKind::Param, f.span);
                self.fs().func.params.push(l);
                pi += 1;
            }
            for n in &f.names {
                let t = spelled(&f.typ, s.params.get(pi).copied().unwrap_or(t));
                let l = self.new_local(&n.name, t, LocalKind::Param, n.span);
                self.fs().func.params.push(l);
                if let Some(e) = self.declare_local(n, Obj::Local(l)) {
                    self.ents[e.0 as usize].used = true; // parameters need no use
                }
                pi += 1;
            }
        }
        let mut ri = 0;
        for f in &fd.typ.results {
            let t = s.results.get(ri).copied().unwrap_or(TypeTable::basic(Basic::Invalid));
            if f.names.is_empty() {
                let l = self.new_local(&format!("~r{ri}"), t, LocalKind::Result, f.span);
                self.fs().func.results.push(l);
                ri += 1;
            }
            for n in &f.names {
                let l = self.new_local(&n.name, t, LocalKind::Result, n.span);
                self.fs().func.results.push(l);
                if let Some(e) = self.declare_local(n, Obj::Local(l)) {
                    self.ents[e.0 as usize].used = true;
                }
                self.fs().named_results = true;
                ri += 1;
            }
        }
        self.fs().results = s.results.clone();
        // A function without a body (implemented by the runtime) still has
        // its parameters and results, for its callers' signature.
        let mut stmts = Vec::new();
        if let Some(body) = &fd.body {
            // Misused labels and branches were reported with the syntax
            // errors (syntax/branches.rs), as gc does: here they only
            // need to be lowered.
            self.collect_labels(&body.stmts);
            // The body shares the parameters' scope, as in Go.
            stmts = self.stmt_list(&body.stmts);
            if !s.results.is_empty() && !self.is_terminating_list(&body.stmts, "") {
                self.error(body.rbrace, "missing return");
            }
            self.report_unused();
        }
        let mut fs = self.fs.take().unwrap();
        fs.func.body = stmts;
        self.funcs[id.0 as usize] = fs.func;
    }

    /// "declared and not used", in source order.
    fn report_unused(&mut self) {
        let vars = std::mem::take(&mut self.fs().local_vars);
        let mut unused: Vec<(Span, String)> = vars
            .iter()
            .map(|e| &self.ents[e.0 as usize])
            .filter(|e| !e.used)
            .map(|e| (e.span, e.name.clone()))
            .collect();
        unused.sort_by_key(|(s, _)| s.lo);
        for (span, name) in unused {
            self.error(span, format!("declared and not used: {name}"));
        }
    }

    // ---- Labels ---------------------------------------------------------------

    /// Labels have function scope: collect them all first.
    fn collect_labels(&mut self, stmts: &[ast::Stmt]) {
        for s in stmts {
            self.collect_labels_stmt(s);
        }
    }

    fn collect_labels_stmt(&mut self, s: &ast::Stmt) {
        match &s.kind {
            StmtKind::Labeled { label, stmt } => {
                if label.name != "_" {
                    // A second label of the same name was reported as a
                    // syntax error; the first one stands.
                    if !self.fs().labels.contains_key(&label.name) {
                        let id = self.fs().new_label();
                        self.fs().labels.insert(label.name.clone(), LabelInfo { id });
                    }
                }
                self.collect_labels_stmt(stmt);
            }
            StmtKind::Block(b) => self.collect_labels(&b.stmts),
            StmtKind::If { then, els, .. } => {
                self.collect_labels(&then.stmts);
                if let Some(e) = els {
                    self.collect_labels_stmt(e);
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => self.collect_labels(&body.stmts),
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                for c in clauses {
                    self.collect_labels(&c.body);
                }
            }
            StmtKind::Select { clauses } => {
                for c in clauses {
                    self.collect_labels(&c.body);
                }
            }
            _ => {}
        }
    }

    // ---- Statements -----------------------------------------------------------

    pub fn stmt_list(&mut self, stmts: &[ast::Stmt]) -> Vec<ir::Stmt> {
        let mut out = Vec::new();
        for s in stmts {
            if let StmtKind::Branch { kind: BranchKind::Fallthrough, .. } = s.kind {
                // Only valid as the last statement of a switch clause (a
                // misplaced one was a syntax error); the clause lowers it.
                continue;
            }
            self.stmt(s, &mut out);
        }
        out
    }

    pub(super) fn push_scope(&mut self) {
        self.fs().scopes.push(HashMap::new());
    }

    pub(super) fn pop_scope(&mut self) {
        self.fs().scopes.pop();
    }

    pub(super) fn block(&mut self, stmts: &[ast::Stmt]) -> Vec<ir::Stmt> {
        self.push_scope();
        let out = self.stmt_list(stmts);
        self.pop_scope();
        out
    }

    fn stmt(&mut self, s: &ast::Stmt, out: &mut Vec<ir::Stmt>) {
        let span = s.span;
        let push = |out: &mut Vec<ir::Stmt>, kind: SK| out.push(ir::Stmt { kind, span });
        match &s.kind {
            StmtKind::Empty | StmtKind::Bad => {}
            StmtKind::Expr(e) => self.expr_stmt(e, out),
            StmtKind::IncDec { x, inc } => {
                let one =
                    ast::Expr { kind: ExprKind::BasicLit { kind: ast::LitKind::Int, text: "1".into() }, span: x.span };
                let op = if *inc { BinaryOp::Add } else { BinaryOp::Sub };
                let text = if *inc { "++" } else { "--" };
                self.op_assign(s, x, op, &one, text, out);
            }
            StmtKind::Assign { lhs, op: AssignOp::Define, rhs, .. } => self.short_var_decl(s, lhs, rhs, out),
            StmtKind::Assign { lhs, op: AssignOp::Assign, rhs, op_span } => {
                self.spread_at = Some(*op_span);
                self.assign(lhs, rhs, out, span);
                self.spread_at = None;
            }
            StmtKind::Assign { lhs, op: AssignOp::Op(op), rhs, .. } => {
                if lhs.len() != 1 || rhs.len() != 1 {
                    self.error(span, format!("assignment operation {}= requires single-valued expressions", op.text()));
                    return;
                }
                let text = format!("{}=", op.text());
                self.op_assign(s, &lhs[0], *op, &rhs[0], &text, out);
            }
            StmtKind::Return(values) => self.return_stmt(s, values, out),
            StmtKind::Branch { kind, label } => self.branch(s, *kind, label.as_ref(), out),
            StmtKind::Block(b) => {
                let body = self.block(&b.stmts);
                push(out, SK::Block(body));
            }
            StmtKind::If { .. } => {
                self.push_scope();
                let st = self.if_stmt(s);
                self.pop_scope();
                out.push(st);
            }
            StmtKind::For { init, cond, post, body } => {
                self.for_stmt(s, init.as_deref(), cond.as_ref(), post.as_deref(), body, None, out)
            }
            StmtKind::Switch { init, tag, clauses, .. } => {
                self.switch_stmt(s, init.as_deref(), tag.as_ref(), clauses, None, out)
            }
            StmtKind::Labeled { label, stmt } => self.labeled(label, stmt, out),
            StmtKind::Decl(d) => self.local_decl(d, out),
            StmtKind::Range { key, value, define, x, body, extra } => {
                self.range_extra(*extra);
                self.range_stmt(s, key.as_ref(), value.as_ref(), *define, x, body, None, out)
            }
            StmtKind::Go(_) => self.unsupported(span, "go statements"),
            StmtKind::Defer(_) => self.unsupported(span, "defer statements"),
            StmtKind::Select { .. } => self.unsupported(span, "select statements"),
            StmtKind::Send { .. } => self.unsupported(span, "channels"),
            StmtKind::TypeSwitch { .. } => self.unsupported(span, "type switches"),
        }
    }

    fn expr_stmt(&mut self, e: &ast::Expr, out: &mut Vec<ir::Stmt>) {
        let op = self.expr(e);
        match &op.mode {
            Mode::Invalid => {}
            Mode::Builtin(_) => {
                let msg = format!("{} must be called", self.describe(&op));
                self.error(e.span, msg);
            }
            Mode::TypeExpr => {
                let msg = format!("{} (type) is not an expression", expr_string(e));
                self.error(e.span, msg);
            }
            // A call without results (print, panic, f()); an invalid one left
            // a placeholder behind, not a call.
            Mode::NoValue => {
                if matches!(
                    op.ir.kind,
                    IK::Call { .. } | IK::CallSpread { .. } | IK::Builtin { .. } | IK::BuiltinSpread { .. }
                ) {
                    out.push(ir::Stmt { kind: SK::Expr(op.ir), span: e.span });
                }
            }
            _ => {
                // Only function calls (and copy) may stand alone: not
                // conversions, len, append...
                let is_call = matches!(op.ir.kind, IK::Call { .. } | IK::CallSpread { .. })
                    || matches!(op.ir.kind, IK::Builtin { which: ir::Builtin::Copy, .. });
                if !is_call {
                    let msg = format!("{} is not used", self.describe(&op));
                    self.error(e.span, msg);
                    return;
                }
                out.push(ir::Stmt { kind: SK::Expr(op.ir), span: e.span });
            }
        }
    }

    /// The place an assignment stores to, or an error if the expression is
    /// not assignable. Names on the left are not "uses".
    fn place(&mut self, e: &ast::Expr) -> Option<(ir::Place, Type)> {
        let inner = e.unparen();
        if let ExprKind::Name(name) = &inner.kind {
            if name == "_" {
                return Some((ir::Place::Blank, TypeTable::basic(Basic::Invalid)));
            }
            if let Some(ent) = self.lookup(name) {
                self.resolve(ent, Some(e.span));
                match self.ents[ent.0 as usize].obj.clone() {
                    Obj::Local(l) => {
                        let t = self.fs().func.local(l).ty;
                        return Some((ir::Place::Local(l), t));
                    }
                    Obj::Global(g) => {
                        let spec = self.global_spec[&g];
                        self.record_dep(super::DepKey::Var(spec), e.span);
                        return Some((ir::Place::Global(g), self.globals[g.0 as usize].ty));
                    }
                    Obj::Invalid => return None,
                    _ => {}
                }
            }
        }
        let op = self.expr(e);
        match op.mode {
            Mode::Invalid => {}
            Mode::Variable => return Some((ir::Place::Addr(Box::new(op.ir)), op.ty)),
            Mode::MapIndex => {
                let ty = op.ty;
                let IK::MapIndex(map, key) = op.ir.kind else { return None };
                return Some((ir::Place::MapIndex { map, key }, ty));
            }
            // A multi-value call is not a value at all.
            _ if matches!(self.types.kind(op.ty), TypeKind::Tuple(_)) => {
                self.single_value(op);
            }
            _ => {
                // A field of a struct stored in a map is not addressable:
                // types2 names that case.
                if let ExprKind::Selector { x, .. } = &e.kind {
                    if self.expr(x).mode == Mode::MapIndex {
                        self.error(e.span, format!("cannot assign to struct field {} in map", expr_string(e)));
                        return None;
                    }
                }
                // gc places a slice expression at its `[`.
                let at = match e.kind {
                    ExprKind::Slice { .. } => self.gc_position(e),
                    _ => e.span,
                };
                self.error(
                    at,
                    format!("cannot assign to {} (neither addressable nor a map index expression)", expr_string(e)),
                )
            }
        }
        None
    }

    fn assign(&mut self, lhs: &[ast::Expr], rhs: &[ast::Expr], out: &mut Vec<ir::Stmt>, span: Span) {
        let mut places = Vec::new();
        let mut types = Vec::new();
        let mut ok = true;
        // The targets that are not assignable: their values are only
        // evaluated, without further errors (types2's assignVar).
        let mut failed = Vec::new();
        for l in lhs {
            match self.place(l) {
                Some((p, t)) => {
                    places.push(p);
                    types.push(t);
                    failed.push(false);
                }
                None => {
                    ok = false;
                    places.push(ir::Place::Blank);
                    types.push(TypeTable::basic(Basic::Invalid));
                    failed.push(true);
                }
            }
        }
        // `_ = x` takes x's default type; other places their own type.
        let blank_any = places.iter().zip(&failed).any(|(p, f)| matches!(p, ir::Place::Blank) && !f);
        // With a blank among several targets of one multi-value call, the
        // other targets still convert their values (boxing into `any`).
        let targets = if blank_any && rhs.len() == lhs.len() { None } else { Some(types.clone()) };
        let context = if lhs.len() > 1 { "multiple assignment" } else { "assignment" };
        // `_ = f()` of a multi-value f is types2's assignment mismatch; the
        // general path below says so.
        let lone_call = rhs.len() == 1 && matches!(rhs[0].unparen().kind, ExprKind::Call { .. });
        let (_, init) = if blank_any && rhs.len() == lhs.len() && !lone_call {
            // Mixed blank and typed places: check each pair on its own.
            let mut irs = Vec::new();
            let mut all = true;
            for (i, r) in rhs.iter().enumerate() {
                let op = self.expr(r);
                if failed[i] {
                    all = false;
                    continue;
                }
                let op = self.single_value(op);
                let ir = if matches!(places[i], ir::Place::Blank) {
                    // types2 names the blank target (but untyped nil among
                    // several targets is a "multiple assignment" error).
                    let blank =
                        if op.mode == Mode::Nil && lhs.len() > 1 { context } else { "assignment to _ identifier" };
                    self.default_value(op, blank)
                } else {
                    self.assign_to(op, types[i], context)
                };
                match ir {
                    Some(ir) => irs.push(ir),
                    None => all = false,
                }
            }
            (types.clone(), if all { Some(VarInit::Each(irs)) } else { None })
        } else {
            self.assign_values(rhs, lhs.len(), targets, "assignment")
        };
        if !ok {
            return;
        }
        if let Some(init) = init {
            out.extend(init.stmts(places, span));
        }
    }

    fn op_assign(
        &mut self,
        s: &ast::Stmt,
        x: &ast::Expr,
        op: BinaryOp,
        y: &ast::Expr,
        text: &str,
        out: &mut Vec<ir::Stmt>,
    ) {
        let Some((place, t)) = self.place(x) else {
            self.expr(y);
            return;
        };
        if matches!(place, ir::Place::Blank) {
            self.error(x.span, "cannot use _ as value or type");
            return;
        }
        // x op= y reads x: that counts as a use.
        let xo = self.value(x);
        if xo.is_invalid() {
            return;
        }
        if text == "++" || text == "--" {
            if !self.types.is_numeric(t) {
                let msg =
                    format!("invalid operation: {}{text} (non-numeric type {})", expr_string(x), self.type_name(t));
                self.error(s.span, msg);
                return;
            }
        }
        let yo = self.value(y);
        // A concatenation on the right keeps its own allocation site (gc's
        // OASOP keeps `x += a + b` as x += (a + b)).
        let y_concat = matches!(yo.ir.kind, IK::Concat(..)).then(|| yo.ir.clone());
        let fake =
            ast::Expr { kind: ExprKind::Binary { op, x: Box::new(x.clone()), y: Box::new(y.clone()) }, span: s.span };
        let fake: &ast::Expr = Box::leak(Box::new(fake));
        let result = self.binary_operands(fake, op, xo, yo, text);
        if result.is_invalid() {
            return;
        }
        // The right operand, converted to x's type by the binary operator.
        let rhs = match result.ir.kind {
            IK::Binary(_, _, rhs) => *rhs,
            IK::Concat(_, _) if y_concat.is_some() => {
                let mut y = y_concat.unwrap();
                y.ty = t;
                y
            }
            IK::Concat(site, mut parts) if parts.len() >= 2 => {
                parts.remove(0);
                if parts.len() == 1 { parts.pop().unwrap() } else { ir::Expr::new(IK::Concat(site, parts), t, y.span) }
            }
            // Folded (both constant) cannot happen: x is a variable.
            _ => return,
        };
        out.push(ir::Stmt { kind: SK::OpAssign(place, op, rhs), span: s.span });
    }

    fn short_var_decl(&mut self, s: &ast::Stmt, lhs: &[ast::Expr], rhs: &[ast::Expr], out: &mut Vec<ir::Stmt>) {
        // Which names are new? (A name already in this scope is assigned.)
        let mut idents = Vec::new();
        let mut any_new = false;
        let mut seen: Vec<String> = Vec::new();
        for l in lhs {
            match &l.kind {
                ExprKind::Name(n) => {
                    let ident = ast::Ident { name: n.clone(), span: l.span };
                    if seen.contains(n) && n != "_" {
                        self.error(l.span, format!("{n} repeated on left side of :="));
                        // Stored nowhere (like `_`), so it is not declared twice.
                        idents.push((ast::Ident { name: "_".into(), span: l.span }, None));
                        continue;
                    }
                    seen.push(n.clone());
                    let existing = if n == "_" { None } else { self.fs().scopes.last().unwrap().get(n).copied() };
                    if existing.is_none() && n != "_" {
                        any_new = true;
                    }
                    idents.push((ident, existing));
                }
                _ => {
                    self.expr(l);
                    self.error(l.span, format!("non-name {} on left side of :=", expr_string(l)));
                    return;
                }
            }
        }
        if !any_new {
            // gc points at the `:=`.
            let at = match &s.kind {
                StmtKind::Assign { op_span, .. } => *op_span,
                _ => s.span,
            };
            self.error(at, "no new variables on left side of :=");
        }
        // Types of existing variables are fixed; new ones take the values' types.
        let targets: Option<Vec<Type>> = if idents.iter().any(|(_, e)| e.is_some()) {
            let mut ts = Vec::new();
            let mut all_known = true;
            for (_, e) in &idents {
                match e.map(|e| self.ents[e.0 as usize].obj.clone()) {
                    Some(Obj::Local(l)) => ts.push(self.fs().func.local(l).ty),
                    _ => {
                        all_known = false;
                        ts.push(TypeTable::basic(Basic::Invalid));
                    }
                }
            }
            if all_known { Some(ts) } else { None }
        } else {
            None
        };
        let (types, init) = if targets.is_some() {
            self.assign_values(rhs, lhs.len(), targets, "assignment")
        } else {
            // New variables: default types; existing ones are checked afterwards.
            let (types, init) = self.assign_values(rhs, lhs.len(), None, "assignment");
            (types, init)
        };
        // Declare the new variables (after the right-hand side is checked:
        // `x := x` refers to the outer x).
        let mut places = Vec::new();
        let mut decls = Vec::new();
        for (i, (ident, existing)) in idents.iter().enumerate() {
            let t = types.get(i).copied().unwrap_or(TypeTable::basic(Basic::Invalid));
            match existing {
                Some(e) => match self.ents[e.0 as usize].obj.clone() {
                    Obj::Local(l) => {
                        let lt = self.fs().func.local(l).ty;
                        if !self.invalid(t) && !self.invalid(lt) && !self.assignable_type(t, lt) {
                            let msg = format!(
                                "cannot use value of type {} as {} value in assignment",
                                self.type_name(t),
                                self.type_name(lt)
                            );
                            self.error(ident.span, msg);
                        }
                        places.push(ir::Place::Local(l));
                    }
                    _ => places.push(ir::Place::Blank),
                },
                None if ident.name == "_" => places.push(ir::Place::Blank),
                None => {
                    let l = self.new_local(&ident.name, t, LocalKind::Var, ident.span);
                    self.declare_local(ident, Obj::Local(l));
                    decls.push(l);
                    places.push(ir::Place::Local(l));
                }
            }
        }
        for l in decls {
            out.push(ir::Stmt { kind: SK::Decl(l, None), span: s.span });
        }
        if let Some(init) = init {
            out.extend(init.stmts(places, s.span));
        }
    }

    fn local_decl(&mut self, d: &ast::GenDecl, out: &mut Vec<ir::Stmt>) {
        for spec in &d.specs {
            match (d.kind, spec) {
                (ast::DeclKind::Var, ast::Spec::Value(v)) => {
                    let declared = v.typ.as_ref().map(|t| self.type_expr(t));
                    self.spread_at = v.names.first().map(|n| n.span.start_span());
                    let (types, init) = self.var_decl_values(v, declared, "variable declaration");
                    self.spread_at = None;
                    let mut places = Vec::new();
                    for (i, name) in v.names.iter().enumerate() {
                        if name.name == "_" {
                            places.push(ir::Place::Blank);
                            continue;
                        }
                        self.check_width(types[i], name.span);
                        let l = self.new_local(&name.name, types[i], LocalKind::Var, name.span);
                        self.declare_local(name, Obj::Local(l));
                        out.push(ir::Stmt { kind: SK::Decl(l, None), span: v.span });
                        places.push(ir::Place::Local(l));
                    }
                    if let Some(init) = init {
                        out.extend(init.stmts(places, v.span));
                    }
                }
                (ast::DeclKind::Const, ast::Spec::Value(v)) => {
                    let saved = self.iota.replace(v.iota as i64);
                    let mut consts = Vec::new();
                    for i in 0..v.names.len() {
                        let (ty, val) = self.const_value(v, i, false);
                        consts.push(match val {
                            Some(val) => Obj::Const { ty, val },
                            None => Obj::Invalid,
                        });
                    }
                    self.iota = saved;
                    // Declared after all values are checked (scope starts after the spec).
                    for (name, obj) in v.names.iter().zip(consts) {
                        if let Some(e) = self.declare_local(name, obj) {
                            self.ents[e.0 as usize].used = true;
                        }
                    }
                }
                (ast::DeclKind::Type, ast::Spec::Type(t)) => {
                    let named = if t.alias { None } else { Some(self.types.new_named(&t.name.name, "main")) };
                    let e =
                        self.declare_local(&t.name, Obj::TypeName(named.unwrap_or(TypeTable::basic(Basic::Invalid))));
                    let ty = match named {
                        Some(n) => {
                            let u = self.type_expr_decl(&t.typ, n);
                            self.types.set_underlying(n, u);
                            self.check_width(n, t.name.span);
                            n
                        }
                        None => self.type_expr(&t.typ),
                    };
                    if let Some(e) = e {
                        self.ents[e.0 as usize].obj = Obj::TypeName(ty);
                        self.ents[e.0 as usize].used = true;
                    }
                }
                _ => {}
            }
        }
    }

    /// A third iteration variable in a range clause.
    fn range_extra(&mut self, extra: Option<Span>) {
        if let Some(at) = extra {
            self.error(at, "range clause permits at most two iteration variables");
        }
    }

    /// `return a, b` with the wrong number of values (each a single value).
    fn return_count_error(&mut self, s: &ast::Stmt, values: &[ast::Expr], results: &[Type]) {
        let ops: Vec<_> = values.iter().map(|v| self.expr(v)).collect();
        if ops.iter().any(|o| o.is_invalid()) {
            return; // gc reports a count only when the values themselves are fine
        }
        let have: Vec<Type> = ops.iter().map(|o| o.ty).collect();
        let spans: Vec<Span> = values.iter().map(|v| v.span).collect();
        self.count_error("return values", s.span, &spans, &have, results);
    }

    fn return_stmt(&mut self, s: &ast::Stmt, values: &[ast::Expr], out: &mut Vec<ir::Stmt>) {
        let results = self.fs().results.clone();
        let named = self.fs().named_results;
        if values.is_empty() {
            if !results.is_empty() && !named {
                self.count_error("return values", s.span, &[], &[], &results);
                return;
            }
            // A bare return needs each named result in scope: the spec
            // lets gc refuse one shadowed by an inner declaration.
            let result_locals = self.fs().func.results.clone();
            for r in result_locals {
                let name = self.fs().func.local(r).name.clone();
                let Some(e) = self.lookup(&name) else { continue };
                let (obj, at) = (self.ents[e.0 as usize].obj.clone(), self.ents[e.0 as usize].span);
                let inner = match obj {
                    Obj::Local(l) if l != r => Some(l),
                    _ => None,
                };
                if let Some(l) = inner {
                    let ty = self.fs().func.local(l).ty;
                    let what = format!("var {name} {}", self.type_name(ty));
                    let related = vec![(at, format!("inner declaration of {what}"))];
                    self.diags.error_related(
                        s.span,
                        format!("result parameter {name} not in scope at return"),
                        related,
                    );
                }
            }
            out.push(ir::Stmt { kind: SK::Return(vec![]), span: s.span });
            return;
        }
        if results.is_empty() {
            self.return_count_error(s, values, &results);
            return;
        }
        if values.len() == 1 && results.len() > 1 {
            let op = self.expr(&values[0]);
            if op.is_invalid() {
                return;
            }
            if let TypeKind::Tuple(elems) = self.types.kind(op.ty).clone() {
                if elems.len() == results.len() && elems.iter().zip(&results).all(|(a, b)| self.assignable_type(*a, *b))
                {
                    if elems.iter().zip(&results).all(|(a, b)| self.types.identical(*a, *b)) {
                        out.push(ir::Stmt { kind: SK::ReturnMulti(op.ir), span: s.span });
                    } else {
                        // return f() into other result types: convert each.
                        self.spread_at = Some(s.span.start_span());
                        let (temps, values) = self.spread_results(&elems, &results, op.src);
                        self.spread_at = None;
                        for t in &temps {
                            out.push(ir::Stmt { kind: SK::Decl(*t, None), span: s.span });
                        }
                        let places = temps.iter().map(|t| ir::Place::Local(*t)).collect();
                        out.push(ir::Stmt { kind: SK::AssignMulti(places, op.ir), span: s.span });
                        out.push(ir::Stmt { kind: SK::Return(values), span: s.span });
                    }
                    return;
                }
                if elems.len() == results.len() {
                    // The counts match: a result that is not assignable.
                    for (i, (a, b)) in elems.iter().zip(&results).enumerate() {
                        if !self.assignable_type(*a, *b) {
                            let msg = format!(
                                "cannot use {} (value of type {}) as {} value in return statement",
                                nth(i + 1, "function result"),
                                self.type_name(*a),
                                self.type_name(*b)
                            );
                            self.error(values[0].span, msg);
                            return;
                        }
                    }
                }
                let spans = vec![values[0].span; elems.len()];
                self.count_error("return values", s.span, &spans, &elems, &results);
                return;
            }
            self.count_error("return values", s.span, &[values[0].span], &[op.ty], &results);
            return;
        }
        if values.len() != results.len() {
            self.return_count_error(s, values, &results);
            return;
        }
        let mut irs = Vec::new();
        for (v, t) in values.iter().zip(&results) {
            let op = self.expr(v);
            let op = self.single_value(op);
            match self.assign_to(op, *t, "return statement") {
                Some(ir) => irs.push(ir),
                None => return,
            }
        }
        out.push(ir::Stmt { kind: SK::Return(irs), span: s.span });
    }

    /// Lowers a branch statement. A misused one was reported with the
    /// syntax errors (syntax/branches.rs), so the checker never sees one:
    /// the fallbacks below stay silent.
    fn branch(&mut self, s: &ast::Stmt, kind: BranchKind, label: Option<&ast::Ident>, out: &mut Vec<ir::Stmt>) {
        let span = s.span;
        match kind {
            BranchKind::Goto => {
                let Some(id) = label.and_then(|l| self.fs().labels.get(&l.name)).map(|info| info.id) else {
                    return;
                };
                out.push(ir::Stmt { kind: SK::Goto(id), span });
            }
            BranchKind::Break | BranchKind::Continue => {
                let target = match label {
                    None => {
                        self.fs().targets.iter().rev().find(|t| kind == BranchKind::Break || t.kind == TargetKind::Loop)
                    }
                    Some(l) => self.fs().targets.iter().rev().find(|t| t.label.as_deref() == Some(&l.name)),
                };
                let Some(target) = target.cloned() else { return };
                let k = if kind == BranchKind::Break { SK::Break(target.id) } else { SK::Continue(target.id) };
                out.push(ir::Stmt { kind: k, span });
            }
            BranchKind::Fallthrough => {
                // Lowered by switch clauses.
            }
        }
    }

    fn labeled(&mut self, label: &ast::Ident, stmt: &ast::Stmt, out: &mut Vec<ir::Stmt>) {
        let id = self.fs().labels.get(&label.name).map(|l| l.id);
        if let Some(id) = id {
            out.push(ir::Stmt { kind: SK::Label(id), span: label.span });
        }
        let name = Some(label.name.clone());
        match &stmt.kind {
            StmtKind::For { init, cond, post, body } => {
                self.for_stmt(stmt, init.as_deref(), cond.as_ref(), post.as_deref(), body, name, out)
            }
            StmtKind::Switch { init, tag, clauses, .. } => {
                self.switch_stmt(stmt, init.as_deref(), tag.as_ref(), clauses, name, out)
            }
            StmtKind::Range { key, value, define, x, body, extra } => {
                self.range_extra(*extra);
                self.range_stmt(stmt, key.as_ref(), value.as_ref(), *define, x, body, name, out)
            }
            _ => self.stmt(stmt, out),
        }
    }

    /// A boolean condition (`if`, `for`).
    fn condition(&mut self, e: &ast::Expr, what: &str) -> Option<ir::Expr> {
        let op = self.value(e);
        if op.is_invalid() {
            return None;
        }
        if !self.types.is_boolean(op.ty) {
            self.error(e.span, format!("non-boolean condition in {what} statement"));
            return None;
        }
        self.default_value(op, "condition")
    }

    fn if_stmt(&mut self, s: &ast::Stmt) -> ir::Stmt {
        let StmtKind::If { init, cond, then, els } = &s.kind else { unreachable!() };
        let mut pre = Vec::new();
        if let Some(init) = init {
            self.stmt(init, &mut pre);
        }
        let c = self.condition(cond, "if");
        let then_ir = self.block(&then.stmts);
        let els_ir = match els {
            None => vec![],
            Some(e) => match &e.kind {
                StmtKind::If { .. } => {
                    self.push_scope();
                    let st = self.if_stmt(e);
                    self.pop_scope();
                    vec![st]
                }
                StmtKind::Block(b) => self.block(&b.stmts),
                _ => vec![],
            },
        };
        let cond =
            c.unwrap_or_else(|| ir::Expr::new(IK::Const(Value::Bool(false)), TypeTable::basic(Basic::Bool), cond.span));
        // As gc's noder (staticBool), a branch the condition rules out is
        // checked but not compiled: escape analysis and the inliner never
        // see it (`if debug { sink = p }` with debug false leaks nothing).
        let (then_ir, els_ir) = match static_bool(&cond) {
            1 => (then_ir, Vec::new()),
            -1 => (Vec::new(), els_ir),
            _ => (then_ir, els_ir),
        };
        let st = ir::Stmt { kind: SK::If { cond, then: then_ir, els: els_ir }, span: s.span };
        if pre.is_empty() {
            st
        } else {
            pre.push(st);
            ir::Stmt { kind: SK::Block(pre), span: s.span }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn for_stmt(
        &mut self,
        s: &ast::Stmt,
        init: Option<&ast::Stmt>,
        cond: Option<&ast::Expr>,
        post: Option<&ast::Stmt>,
        body: &ast::Block,
        label: Option<String>,
        out: &mut Vec<ir::Stmt>,
    ) {
        self.push_scope();
        let mut pre = Vec::new();
        if let Some(init) = init {
            self.stmt(init, &mut pre);
        }
        let c = cond.and_then(|c| self.condition(c, "for"));
        let mut post_ir = Vec::new();
        if let Some(p) = post {
            if let StmtKind::Assign { op: AssignOp::Define, .. } = p.kind {
                self.error(p.span, "cannot declare in post statement of for loop");
            } else {
                self.stmt(p, &mut post_ir);
            }
        }
        let id = self.fs().new_label();
        self.fs().targets.push(Target { kind: TargetKind::Loop, id, label });
        let body_ir = self.block(&body.stmts);
        self.fs().targets.pop();
        self.pop_scope();
        let lp = self.per_iteration_vars(id, pre, c, body_ir, post_ir, s.span);
        out.push(ir::Stmt { kind: SK::Block(lp), span: s.span });
    }

    /// Go 1.22's loop variables: each iteration of `for i := ...; ...; ...`
    /// has its own `i`. That only shows when an iteration's variable is
    /// addressed (`&i`), so only such variables get the spec's lowering:
    /// the init declares a hidden carrier instead; each iteration declares
    /// `i := carrier` and tests the condition on it; the post statement
    /// copies `i` back and updates the carrier (the next iteration's
    /// variable, "initialized to the value of the previous iteration's
    /// variable"), leaving earlier iterations' variables untouched.
    /// Returns the statements of the lowered loop.
    fn per_iteration_vars(
        &mut self,
        id: ir::LabelId,
        mut pre: Vec<ir::Stmt>,
        cond: Option<ir::Expr>,
        body: Vec<ir::Stmt>,
        post: Vec<ir::Stmt>,
        span: Span,
    ) -> Vec<ir::Stmt> {
        let declared: Vec<LocalId> = pre
            .iter()
            .filter_map(|s| match s.kind {
                SK::Decl(l, _) if self.fs().func.local(l).kind == LocalKind::Var => Some(l),
                _ => None,
            })
            .collect();
        let mut taken = std::collections::HashSet::new();
        let mut visit = |e: &ir::Expr| {
            if let IK::AddrOf(x) = &e.kind {
                if let Some(l) = crate::escape::root_local(x) {
                    taken.insert(l);
                }
            }
        };
        cond.iter().for_each(|c| crate::escape::walk_expr(c, &mut visit));
        body.iter().chain(&post).for_each(|s| crate::escape::walk_stmt(s, &mut visit));
        let vars: Vec<LocalId> = declared.into_iter().filter(|l| taken.contains(l)).collect();
        if vars.is_empty() {
            pre.push(ir::Stmt { kind: SK::Loop { label: id, cond, body, post }, span });
            return pre;
        }
        // Carriers, and the renaming of the init and post statements.
        let mut renames = HashMap::new();
        for &l in &vars {
            let local = self.fs().func.local(l).clone();
            let c = self.new_local(".iter", local.ty, LocalKind::Temp, local.span);
            renames.insert(l, c);
        }
        struct Rename<'a>(&'a HashMap<LocalId, LocalId>);
        impl ir::Rewriter for Rename<'_> {
            fn expr(&mut self, e: &mut ir::Expr) {
                if let IK::Local(l) = &mut e.kind {
                    *l = *self.0.get(l).unwrap_or(l);
                }
            }
            fn place(&mut self, p: &mut ir::Place) {
                if let ir::Place::Local(l) = p {
                    *l = *self.0.get(l).unwrap_or(l);
                }
            }
            fn local(&mut self, l: &mut LocalId) {
                *l = *self.0.get(l).unwrap_or(l);
            }
        }
        ir::rewrite_stmts(&mut Rename(&renames), &mut pre);
        let stmt = |kind| ir::Stmt { kind, span };
        let mut new_body = Vec::new();
        let mut new_post = Vec::new();
        for &l in &vars {
            let c = renames[&l];
            let ty = self.fs().func.local(l).ty;
            new_body.push(stmt(SK::Decl(l, Some(ir::Expr::new(IK::Local(c), ty, span)))));
            new_post.push(stmt(SK::Assign(vec![ir::Place::Local(c)], vec![ir::Expr::new(IK::Local(l), ty, span)])));
        }
        if let Some(c) = cond {
            new_body.push(stmt(SK::If { cond: c, then: vec![], els: vec![stmt(SK::Break(id))] }));
        }
        new_body.extend(body);
        let mut post = post;
        ir::rewrite_stmts(&mut Rename(&renames), &mut post);
        new_post.extend(post);
        pre.push(ir::Stmt { kind: SK::Loop { label: id, cond: None, body: new_body, post: new_post }, span });
        pre
    }

    #[allow(clippy::too_many_arguments)]
    fn switch_stmt(
        &mut self,
        s: &ast::Stmt,
        init: Option<&ast::Stmt>,
        tag: Option<&ast::Expr>,
        clauses: &[ast::CaseClause],
        label: Option<String>,
        out: &mut Vec<ir::Stmt>,
    ) {
        self.push_scope();
        let mut pre = Vec::new();
        if let Some(init) = init {
            self.stmt(init, &mut pre);
        }
        // The tag is evaluated once, into a temporary.
        let bool_t = TypeTable::basic(Basic::Bool);
        let tag_value = tag.map(|t| {
            let op = self.value(t);
            let desc = self.describe(&op);
            let ir = self.default_value(op, "switch expression");
            // types2: comparable, or a type with nil (cases compare it with nil).
            if let Some(ir) = &ir {
                if !self.types.comparable(ir.ty) && !self.nil_assignable(ir.ty) {
                    let msg = format!("cannot switch on {desc} ({} is not comparable)", self.type_name(ir.ty));
                    self.error(t.span, msg);
                }
            }
            (t, ir)
        });
        let cases: Vec<Vec<Operand>> =
            clauses.iter().map(|c| c.exprs.iter().flatten().map(|e| self.value(e)).collect()).collect();
        // gc's noder picks the clause of a constant tag among constant
        // cases at compile time (the others are checked, not compiled).
        let tag_const = match &tag_value {
            Some((_, Some(ir))) => match &ir.kind {
                IK::Const(v) => Some(v.clone()),
                _ => None,
            },
            Some((_, None)) => None,
            None => Some(Value::Bool(true)),
        };
        let (tag_local, tag_ty, tag_text) = match tag_value {
            Some((t, Some(ir))) => {
                let mut ty = ir.ty;
                let mut ir = ir;
                // As gc (noder's switchStmt): when a case is an interface
                // its type cannot take, or the tag is an interface a case
                // cannot be assigned to, everything compares as `any`; the
                // tag is boxed once, here.
                let chan = matches!(self.types.under(ty), TypeKind::Chan(..));
                let mixed = cases.iter().flatten().any(|c| {
                    !c.is_invalid()
                        && !self.types.is_untyped(c.ty)
                        && !self.assignable_type(c.ty, ty)
                        && (self.types.is_interface(c.ty) || self.types.is_interface(ty))
                });
                if mixed && !chan && !self.types.is_interface(ty) {
                    let any = self.types.empty_interface();
                    let mut op = Operand { mode: Mode::Value, ty, ir, src: t };
                    self.box_for_comparison(&mut op, any);
                    (ir, ty) = (op.ir, any);
                }
                let l = self.new_local(".tag", ty, LocalKind::Temp, t.span);
                pre.push(ir::Stmt { kind: SK::Decl(l, Some(ir)), span: t.span });
                (Some(l), ty, expr_string(t))
            }
            Some((t, None)) => (None, TypeTable::basic(Basic::Invalid), expr_string(t)),
            None => (None, bool_t, "true".to_string()),
        };
        let mut cases = cases.into_iter();
        let id = self.fs().new_label();
        self.fs().targets.push(Target { kind: TargetKind::Switch, id, label });
        let mut ir_clauses = Vec::new();
        let mut first_default: Option<Span> = None;
        // The constant cases so far: a value of one type may appear once
        // (`case 1, int8(1)` against an interface tag are two cases).
        let mut seen: Vec<(Value, Type, Span)> = Vec::new();
        let n = clauses.len();
        for (ci, c) in clauses.iter().enumerate() {
            let mut conds = Vec::new();
            let is_default = c.exprs.is_none();
            if is_default {
                match first_default {
                    Some(first) => {
                        let at = self.sources.describe(first.lo);
                        self.error(c.span, format!("multiple defaults (first at {at})"));
                    }
                    None => first_default = Some(c.span),
                }
            }
            let ops = cases.next().unwrap_or_default();
            for (e, op) in c.exprs.iter().flatten().zip(ops) {
                if let Some(cond) = self.case_value(e, op, tag_local, tag_ty, &tag_text, &mut seen) {
                    conds.push(cond);
                }
            }
            // A fallthrough ends the clause (empty statements aside); one
            // anywhere else, or in the last clause, was a syntax error.
            let ends_in_fallthrough = matches!(
                c.body.iter().rev().find(|s| !matches!(s.kind, StmtKind::Empty)).map(|s| &s.kind),
                Some(StmtKind::Branch { kind: BranchKind::Fallthrough, .. })
            );
            self.push_scope();
            let body = self.stmt_list(&c.body);
            self.pop_scope();
            ir_clauses.push(ir::SwitchClause {
                conds,
                is_default,
                body,
                fallthrough: ends_in_fallthrough && ci + 1 != n,
                span: c.span,
            });
        }
        self.fs().targets.pop();
        self.pop_scope();
        // Each case's value, converted to the tag's type (`tag == v`, or `v`
        // in a tagless switch), when all are constants.
        let case_consts: Option<Vec<Vec<Value>>> = ir_clauses
            .iter()
            .map(|c| {
                c.conds
                    .iter()
                    .map(|cond| match &cond.kind {
                        IK::Compare(BinaryOp::Eql, t, v) if tag_local.is_some() => match (&t.kind, &v.kind) {
                            (IK::Local(l), IK::Const(v)) if Some(*l) == tag_local => Some(v.clone()),
                            _ => None,
                        },
                        IK::Const(v) if tag_local.is_none() => Some(v.clone()),
                        _ => None,
                    })
                    .collect::<Option<Vec<_>>>()
            })
            .collect();
        if let (Some(tag), Some(consts)) = (&tag_const, &case_consts) {
            // The first clause holding the tag's value, else the default.
            let target = consts
                .iter()
                .position(|vs| vs.iter().any(|v| v == tag))
                .or_else(|| ir_clauses.iter().position(|c| c.is_default));
            match target {
                Some(t) if !ir_clauses[t].fallthrough => {
                    let mut only = ir_clauses.swap_remove(t);
                    only.conds.clear();
                    only.is_default = true;
                    ir_clauses = vec![only];
                }
                Some(_) => {} // a fallthrough: gc gives up too
                None => ir_clauses.clear(),
            }
        }
        pre.push(ir::Stmt { kind: SK::Switch { label: id, clauses: ir_clauses }, span: s.span });
        out.push(ir::Stmt { kind: SK::Block(pre), span: s.span });
    }

    /// One case value: the condition `tag == value` (or the value itself in a
    /// tagless switch), reporting gc's messages for mismatches and duplicates.
    fn case_value<'e>(
        &mut self,
        e: &'e ast::Expr,
        op: Operand<'e>,
        tag: Option<LocalId>,
        tag_ty: Type,
        tag_text: &str,
        seen: &mut Vec<(Value, Type, Span)>,
    ) -> Option<ir::Expr> {
        let mut op = op;
        if op.is_invalid() || self.invalid(tag_ty) {
            return None;
        }
        // An untyped value converts to the tag's type (types2's
        // convertUntyped), or to its default type against an interface.
        if self.types.is_untyped(op.ty) {
            let before = self.describe(&op);
            // (nil takes the tag's type, interface or not.)
            let target =
                if self.types.is_interface(tag_ty) && op.mode != Mode::Nil { self.default_type(op.ty) } else { tag_ty };
            if let Err(why) = self.implicit_convert(&mut op, target) {
                let target = self.type_name(self.types.underlying(tag_ty));
                let msg = match why {
                    Unrepresentable::Truncated => format!("{before} truncated to {target}"),
                    Unrepresentable::Overflows => format!("{before} overflows {target}"),
                    Unrepresentable::Mismatch => {
                        format!("cannot convert {before} to type {target}")
                    }
                };
                self.error(e.span, msg);
                return None;
            }
        }
        // The case and the tag must be comparable: one assignable to the other.
        if !self.types.identical(op.ty, tag_ty)
            && !self.assignable_type(op.ty, tag_ty)
            && !self.assignable_type(tag_ty, op.ty)
        {
            let msg = format!(
                "invalid case {} in switch on {tag_text} (mismatched types {} and {})",
                expr_string(e),
                self.type_name(op.ty),
                self.type_name(tag_ty)
            );
            self.error(e.span, msg);
            return None;
        }
        if let (Some(v), Some(_)) = (op.constant().cloned(), tag) {
            if let Some(&(_, _, prev)) = seen.iter().find(|(pv, pt, _)| *pv == v && self.types.identical(*pt, op.ty)) {
                let msg = format!("duplicate case {} in expression switch", self.describe(&op));
                self.diags.error_related(e.span, msg, vec![(prev, "previous case".to_string())]);
            } else {
                seen.push((v, op.ty, e.span));
            }
        }
        let bool_t = TypeTable::basic(Basic::Bool);
        match tag {
            Some(l) => {
                let t = ir::Expr::new(IK::Local(l), tag_ty, e.span);
                // A tag that is not comparable (a slice, a map) may still
                // be compared with nil.
                if !self.types.comparable(tag_ty) && op.mode != Mode::Nil {
                    let msg = format!(
                        "invalid case {} in switch on {tag_text} ({} can only be compared to nil)",
                        expr_string(e),
                        self.kind_word(tag_ty)
                    );
                    self.error(e.span, msg);
                    return None;
                }
                // A concrete case against an interface tag (or the
                // reverse) compares as interfaces.
                let mut t = super::expr::Operand { mode: Mode::Value, ty: tag_ty, ir: t, src: e };
                if self.types.is_interface(tag_ty) {
                    self.box_for_comparison(&mut op, tag_ty);
                } else if self.types.is_interface(op.ty) {
                    self.box_for_comparison(&mut t, op.ty);
                }
                Some(ir::Expr::new(IK::Compare(BinaryOp::Eql, Box::new(t.ir), Box::new(op.ir)), bool_t, e.span))
            }
            None => {
                let mut ir = op.ir;
                ir.ty = bool_t;
                Some(ir)
            }
        }
    }

    // ---- Terminating statements -------------------------------------------------

    /// The spec's "Terminating statements" for a statement list.
    fn is_terminating_list(&self, stmts: &[ast::Stmt], label: &str) -> bool {
        // Trailing empty statements do not count.
        match stmts.iter().rev().find(|s| !matches!(s.kind, StmtKind::Empty)) {
            Some(s) => self.is_terminating(s, label),
            None => false,
        }
    }

    fn is_terminating(&self, s: &ast::Stmt, label: &str) -> bool {
        match &s.kind {
            StmtKind::Return(_) => true,
            StmtKind::Branch { kind: BranchKind::Goto | BranchKind::Fallthrough, .. } => true,
            StmtKind::Expr(e) => match &e.unparen().kind {
                ExprKind::Call { func, .. } => {
                    matches!(&func.unparen().kind, ExprKind::Name(n) if n == "panic" && self.lookup(n).is_some_and(|e| matches!(self.ents[e.0 as usize].obj, Obj::Builtin(_))))
                }
                _ => false,
            },
            StmtKind::Block(b) => self.is_terminating_list(&b.stmts, ""),
            StmtKind::If { then, els, .. } => {
                els.as_ref().is_some_and(|e| self.is_terminating(e, "")) && self.is_terminating_list(&then.stmts, "")
            }
            StmtKind::For { cond, body, .. } => cond.is_none() && !has_break(&body.stmts, label, true),
            StmtKind::Range { .. } => false,
            StmtKind::Labeled { label, stmt } => self.is_terminating(stmt, &label.name),
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                clauses.iter().any(|c| c.exprs.is_none())
                    && clauses.iter().all(|c| {
                        !has_break(&c.body, label, true)
                            && (self.is_terminating_list(&c.body, "")
                                || matches!(
                                    c.body.last().map(|s| &s.kind),
                                    Some(StmtKind::Branch { kind: BranchKind::Fallthrough, .. })
                                ))
                    })
            }
            StmtKind::Select { clauses } => {
                clauses.iter().all(|c| !has_break(&c.body, label, true) && self.is_terminating_list(&c.body, ""))
            }
            _ => false,
        }
    }
}

/// Whether a statement list contains a `break` that targets the enclosing
/// statement: an unlabeled break not inside a nested breakable statement
/// (`top`), or `break label`.
fn has_break(stmts: &[ast::Stmt], label: &str, top: bool) -> bool {
    stmts.iter().any(|s| stmt_has_break(s, label, top))
}

fn stmt_has_break(s: &ast::Stmt, label: &str, top: bool) -> bool {
    match &s.kind {
        StmtKind::Branch { kind: BranchKind::Break, label: l } => match l {
            None => top,
            Some(l) => l.name == label,
        },
        StmtKind::Block(b) => has_break(&b.stmts, label, top),
        StmtKind::If { then, els, .. } => {
            has_break(&then.stmts, label, top) || els.as_ref().is_some_and(|e| stmt_has_break(e, label, top))
        }
        StmtKind::Labeled { stmt, .. } => stmt_has_break(stmt, label, top),
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => has_break(&body.stmts, label, false),
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            clauses.iter().any(|c| has_break(&c.body, label, false))
        }
        StmtKind::Select { clauses } => clauses.iter().any(|c| has_break(&c.body, label, false)),
        _ => false,
    }
}

/// `1st function result`, `2nd …`, `11th …`: how types2 names one of
/// several values (Go: types2 `nth`).
pub(super) fn nth(n: usize, what: &str) -> String {
    let ext = match n {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    };
    format!("{n}{ext} {what}")
}

/// A condition's value when it is known without running it: +1 true, -1
/// false, 0 unknown. `false && f()` is false, `true || f()` true.
/// Go: cmd/compile/internal/noder/writer.go, staticBool.
fn static_bool(e: &ir::Expr) -> i32 {
    match &e.kind {
        IK::Const(Value::Bool(b)) => {
            if *b {
                1
            } else {
                -1
            }
        }
        IK::Binary(BinaryOp::LAnd, x, y) => match static_bool(x) {
            -1 => -1,
            x => {
                let y = static_bool(y);
                if x > 0 || y < 0 { y } else { 0 }
            }
        },
        IK::Binary(BinaryOp::LOr, x, y) => match static_bool(x) {
            1 => 1,
            x => {
                let y = static_bool(y);
                if x < 0 || y > 0 { y } else { 0 }
            }
        },
        _ => 0,
    }
}
