//! Inlining: replacing a call to a small function with the function's body.
//!
//! gc decides in two steps, and so does gocc:
//!
//! 1. **Can f be inlined?** (`-m`: `can inline f`). A function is inlinable
//!    when its body is cheap: at most 80 "nodes" of gc's IR
//!    (`inlineMaxBudget`). A call to a function that is not inlined costs 57
//!    more (`inlineExtraCallCost`), so one such call nearly uses up the
//!    budget; a call to an inlinable function costs that function's own
//!    cost. `//go:noinline` rules a function out.
//! 2. **Inline the calls** (`-m`: `inlining call to f`). Each call to an
//!    inlinable function is replaced by an `ir::ExprKind::Inlined`: the
//!    parameters become locals of the caller initialised with the
//!    arguments, every `return` becomes an assignment to the results and a
//!    `goto` to the end of the body.
//!
//! Inlinability is decided bottom-up over the call graph (the strongly
//! connected components of `escape::call_order`), so that a callee's cost
//! is known before its callers'. Each inlinable function's body is kept as
//! it was then (gc's `Inl.Body`); inlining a call copies that body and then
//! inlines the calls inside the copy in turn, except calls to a function
//! already being inlined there (gc's "repeated recursive cycle" check). So
//! `main` inlining `wrap` also inlines the `box` that `wrap` calls, and `-m`
//! reports both at main's call; a recursive function is inlined one level.
//!
//! Costs are counted on gocc's typed IR in gc's units. The IR is close to
//! gc's (one node per operator, name and literal; constants folded), except
//! where the checker desugars: the hidden locals of `range` and `switch`
//! (`LocalKind::Temp`) cost nothing, and a range variable costs what gc's
//! ORANGE charges for it. The test `tests/escape/inline_budget.go` pins a
//! function costing exactly 80.
//!
//! Inlined code keeps its own source positions, and each inlined call is a
//! node of the function's inline tree (`Func::inlines`): a traceback through
//! inlined code prints the inlined frames (`main.box(...)`) as gc's does.
//! What `-m` says about an inlined body (`moved to heap: v`) it says at the
//! outermost call, as gc does, so copied locals and allocation sites take
//! that position.
//!
//! Left out: gc's PGO-driven budgets and closures.
//!
//! Go: src/cmd/compile/internal/inline/inl.go, src/cmd/compile/internal/inline/interleaved.
//! Book: chapter 4 (stack or heap).

use crate::escape::Describe;
use crate::ir::{self, ExprKind as IK, FuncId, LabelId, LocalId, Place, SiteId, StmtKind as SK};
use crate::source::Span;
use crate::types::types::TypeTable;

/// gc's inlineMaxBudget: the most a function may cost and be inlinable.
pub const INLINE_MAX_BUDGET: u32 = 80;
/// gc's inlineExtraCallCost: what a call that is not inlined adds.
pub const INLINE_EXTRA_CALL_COST: u32 = 57;
/// gc's inlineExtraPanicCost.
pub const INLINE_EXTRA_PANIC_COST: u32 = 1;
/// gc's inlineBigFunctionNodes and inlineBigFunctionMaxCost: in a function
/// this big, only callees costing at most 20 are inlined.
pub const INLINE_BIG_FUNCTION_NODES: u32 = 5000;
pub const INLINE_BIG_FUNCTION_MAX_COST: u32 = 20;

/// Inlines every call it can in `pkg` and returns the `-m` messages
/// (`can inline f`, `inlining call to f`), unsorted. `verbose` gives the
/// `-m=2` forms: each decision with its cost or reason, as gc words them.
pub fn inline_package(pkg: &mut ir::Package, describe: &dyn Describe, verbose: bool) -> Vec<(Span, String)> {
    let mut messages = Vec::new();
    // First which functions are inlinable, callees before callers (a
    // call's cost is its callee's), keeping each one's body as it is now:
    // that is what gets copied into callers (gc's `Inl.Body`).
    let mut costs: Vec<Option<u32>> = vec![None; pkg.funcs.len()];
    let mut originals: Vec<Option<ir::Func>> = vec![None; pkg.funcs.len()];
    for comp in crate::escape::call_order(pkg) {
        for &f in &comp {
            let func = &pkg.funcs[f.0 as usize];
            // The package initializer gocc writes (no name_span) is not a
            // function the user wrote; gc does not report it either.
            let synthetic = func.name_span.hi == 0;
            if func.external || synthetic {
                continue;
            }
            let name = display_name(func);
            if func.pragmas.iter().any(|p| p == "go:noinline") {
                if verbose {
                    messages.push((func.name_span, format!("cannot inline {name}: marked go:noinline")));
                }
                continue;
            }
            let cost = Cost { types: &pkg.types, f: func, costs: &costs, with_callees: true }.func();
            if cost <= INLINE_MAX_BUDGET {
                costs[f.0 as usize] = Some(cost);
                originals[f.0 as usize] = Some(func.clone());
                let msg = if verbose {
                    format!("can inline {name} with cost {cost} as: {}", summary(pkg, func, describe))
                } else {
                    format!("can inline {name}")
                };
                messages.push((func.name_span, msg));
            } else if verbose {
                let msg = format!(
                    "cannot inline {name}: function too complex: cost {cost} exceeds budget {INLINE_MAX_BUDGET}"
                );
                messages.push((func.name_span, msg));
            }
        }
    }
    // gc prints every function's decision first, in source order.
    messages.sort_by_key(|(span, _)| span.lo);
    // Then the calls, in every function, callees first. gc inlines a
    // function's calls in rounds (the calls of its own body, then those
    // the inlined bodies brought in) and reports them in that order.
    let order: Vec<usize> = crate::escape::call_order(pkg).into_iter().flatten().map(|f| f.0 as usize).collect();
    for f in order {
        let func = &pkg.funcs[f];
        if func.external {
            continue;
        }
        let nodes = Cost { types: &pkg.types, f: func, costs: &costs, with_callees: false }.func();
        let max_cost = if nodes > INLINE_BIG_FUNCTION_NODES { INLINE_BIG_FUNCTION_MAX_COST } else { INLINE_MAX_BUDGET };
        let mut body = std::mem::take(&mut pkg.funcs[f].body);
        let mut calls = Vec::new();
        let mut inliner = Inliner {
            funcs: &mut pkg.funcs,
            originals: &originals,
            costs: &costs,
            caller: FuncId(f as u32),
            max_cost,
            messages: &mut calls,
            stack: Vec::new(),
            parent: None,
            outermost: None,
            describe,
        };
        ir::rewrite_stmts(&mut inliner, &mut body);
        pkg.funcs[f].body = body;
        calls.sort_by_key(|(depth, span, _)| (*depth, span.lo));
        messages.extend(calls.into_iter().map(|(_, span, text)| (span, text)));
    }
    messages
}

/// A function as gc's `-m=2` shows an inlinable body: its signature's
/// types and its statements on one line, loops and switches named rather
/// than printed (`func(int) int { n := 0; for loop; return n }`).
fn summary(pkg: &ir::Package, f: &ir::Func, describe: &dyn Describe) -> String {
    let statics = crate::gcfmt::StaticLocals::default();
    let printer = crate::gcfmt::Printer { pkg, f, statics: &statics };
    // gc keeps the spelling `any`, which gocc does not record: programs
    // spell the empty interface `any`.
    let list = |ids: &[LocalId]| {
        ids.iter()
            .map(|l| printer.type_name(f.local(*l).ty).replace("interface {}", "any"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let results = match f.results.len() {
        0 => String::new(),
        1 => format!(" {}", list(&f.results)),
        _ => format!(" ({})", list(&f.results)),
    };
    // The calls order.rs moved into `.call` temporaries print in place, as
    // gc's tree still has them.
    let calls = crate::escape::call_temps(f);
    let body: Vec<ir::Stmt> =
        f.body.iter().filter(|s| !matches!(s.kind, SK::Decl(l, Some(_)) if calls.contains_key(&l))).cloned().collect();
    let statics = crate::gcfmt::StaticLocals { calls, ..Default::default() };
    let stmts: Vec<String> = (0..body.len())
        .filter(|&i| !is_split_define(f, &body[i], &body[i + 1..]))
        .map(|i| {
            let defines = i > 0 && is_split_define(f, &body[i - 1], &body[i..]);
            statement_summary(pkg, f, &statics, &body[i], defines, describe)
        })
        .collect();
    format!("func({}){results} {{ {} }}", list(&f.params), stmts.join("; "))
}

/// One statement of a summary; `defines`: it is the assignment half of a
/// split `x := v` (printed with `:=`, as gc prints its OAS with Def).
fn statement_summary(
    pkg: &ir::Package,
    f: &ir::Func,
    statics: &crate::gcfmt::StaticLocals,
    s: &ir::Stmt,
    defines: bool,
    describe: &dyn Describe,
) -> String {
    let printer = crate::gcfmt::Printer { pkg, f, statics };
    let list = |es: &[ir::Expr]| es.iter().map(|e| printer.expr(e)).collect::<Vec<_>>().join(", ");
    let place = |p: &Place| match p {
        Place::Local(l) => f.local(*l).name.clone(),
        Place::Global(g) => pkg.globals[g.0 as usize].name.clone(),
        Place::Blank => "_".into(),
        Place::Addr(e) => printer.expr(e),
        Place::MapIndex { map, key } => format!("{}[{}]", printer.expr(map), printer.expr(key)),
    };
    let places = |ps: &[Place]| ps.iter().map(place).collect::<Vec<_>>().join(", ");
    let op = if defines { ":=" } else { "=" };
    let contains = |stmts: &[ir::Stmt], pred: &dyn Fn(&SK) -> bool| stmts.iter().any(|s| pred(&s.kind));
    let is_loop = |k: &SK| matches!(k, SK::Loop { .. } | SK::RangeMap { .. });
    let is_switch = |k: &SK| matches!(k, SK::Switch { .. });
    match &s.kind {
        k if is_loop(k) => "for loop".into(),
        k if is_switch(k) => "switch statement".into(),
        SK::Block(b) if contains(b, &is_loop) => "for loop".into(),
        SK::Block(b) if contains(b, &is_switch) => "switch statement".into(),
        SK::Decl(l, None) => format!("{} = <nil>", f.local(*l).name),
        SK::Decl(l, Some(e)) => format!("{} := {}", f.local(*l).name, printer.expr(e)),
        SK::Assign(ps, values) => format!("{} {op} {}", places(ps), list(values)),
        SK::AssignMulti(ps, e) => format!("{} {op} {}", places(ps), printer.expr(e)),
        // x++ and x-- stay as written (gc's OASOP with IncDec).
        SK::OpAssign(p, _, _) if describe.node(s.span).ends_with("++") || describe.node(s.span).ends_with("--") => {
            let text = describe.node(s.span);
            format!("{}{}", place(p), &text[text.len() - 2..])
        }
        SK::OpAssign(p, bop, e) => format!("{} {}= {}", place(p), bop.text(), printer.expr(e)),
        // gc prints "return %.v": a bare return keeps its space.
        SK::Return(values) => format!("return {}", list(values)),
        SK::ReturnMulti(e) => format!("return {}", printer.expr(e)),
        SK::Expr(e) => printer.expr(e),
        SK::If { cond, then, els } => {
            let body = |b: &[ir::Stmt]| {
                b.iter()
                    .filter(|s| !matches!(s.kind, SK::Decl(l, Some(_)) if statics.calls.contains_key(&l)))
                    .map(|s| statement_summary(pkg, f, statics, s, false, describe))
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            let mut text = format!("if {} {{ {} }}", printer.expr(cond), body(then));
            if !els.is_empty() {
                text += &format!(" else {{ {} }}", body(els));
            }
            text
        }
        _ => describe.node(s.span),
    }
}

/// Whether `s` is the declaration half of a `x, y := ...` (or `var x, y =
/// ...`) that the checker split into declarations and an assignment.
fn is_split_define(f: &ir::Func, s: &ir::Stmt, rest: &[ir::Stmt]) -> bool {
    let SK::Decl(l, None) = &s.kind else { return false };
    // The assignment that follows the run of declarations (and of the
    // `.call` temporaries order.rs put before it), and whose statement
    // contains this declaration (`x := v`, `var x T = v`).
    let within = |n: &ir::Stmt| n.span.lo <= s.span.lo && s.span.hi <= n.span.hi;
    let call_temp = |l: LocalId| f.local(l).kind == ir::LocalKind::Temp && f.local(l).name == ".call";
    let next = rest.iter().find(|n| match n.kind {
        SK::Decl(_, None) => false,
        SK::Decl(t, Some(_)) => !call_temp(t),
        _ => true,
    });
    next.is_some_and(|n| {
        within(n)
            && match &n.kind {
                SK::Assign(places, _) | SK::AssignMulti(places, _) => {
                    places.iter().any(|p| matches!(p, Place::Local(x) if x == l))
                }
                _ => false,
            }
    })
}

/// How `-m` names a function: `f` in package main, `runtime.F` elsewhere.
fn display_name(f: &ir::Func) -> String {
    match f.symbol.strip_prefix("main.") {
        Some(name) => name.to_string(),
        None => f.symbol.clone(),
    }
}

// ---- Costs ------------------------------------------------------------------------------

/// gc's hairyVisitor, over gocc's IR: the cost of a function body in nodes.
struct Cost<'a> {
    types: &'a TypeTable,
    f: &'a ir::Func,
    costs: &'a [Option<u32>],
    /// Count calls at their callee's cost (false: count bare nodes, as
    /// gc's IsBigFunc does).
    with_callees: bool,
}

impl Cost<'_> {
    fn func(&self) -> u32 {
        self.stmts(&self.f.body)
    }

    fn temp(&self, l: LocalId) -> bool {
        self.f.local(l).kind == ir::LocalKind::Temp
    }

    /// Whether `e` reads a hidden local of the checker's desugaring (such
    /// code is gc's ORANGE or OSWITCH machinery, which costs nothing).
    fn mentions_temp(&self, e: &ir::Expr) -> bool {
        let mut found = false;
        crate::escape::walk_expr(e, &mut |x| found |= matches!(x.kind, IK::Local(l) if self.temp(l)));
        found
    }

    fn stmts(&self, stmts: &[ir::Stmt]) -> u32 {
        (0..stmts.len()).map(|i| self.stmt(&stmts[i], &stmts[i + 1..])).sum()
    }

    fn stmt(&self, s: &ir::Stmt, rest: &[ir::Stmt]) -> u32 {
        match &s.kind {
            SK::Expr(e) => self.expr(e),
            // A call order.rs moved ahead of its statement costs what it
            // cost in place.
            SK::Decl(l, Some(e)) if self.temp(*l) && self.f.local(*l).name == ".call" => self.expr(e),
            // A range loop's hidden index starts at 0: gc's ORANGE has no
            // node for it.
            SK::Decl(l, Some(e))
                if self.temp(*l) && self.f.local(*l).name == ".index" && matches!(e.kind, IK::Const(_)) =>
            {
                0
            }
            SK::Decl(l, init) if self.temp(*l) => match init {
                Some(e) if !self.mentions_temp(e) => self.expr(e),
                _ => 0,
            },
            // A range variable: its name in the ORANGE node and its ODCL.
            SK::Decl(_, Some(e)) if matches!(e.kind, IK::Local(t) if self.temp(t)) => 3,
            // ODCL x; OAS x = e.
            SK::Decl(_, Some(e)) => 4 + self.expr(e),
            // `x := e` split in two (ODCL here, the OAS next, from the same
            // statement), or `var x T` (ODCL x; OAS x = nil).
            SK::Decl(_, None) => {
                if is_split_define(self.f, s, rest) {
                    2
                } else {
                    4
                }
            }
            // A range variable assigned, not declared (`for i, v = range
            // s`): only its name in the ORANGE node.
            SK::Assign(places, values)
                if places.len() == 1
                    && matches!(&values[..], [v] if matches!(v.kind, IK::Local(t)
                        if self.temp(t) && matches!(&*self.f.local(t).name, ".key" | ".value"))) =>
            {
                self.place(&places[0])
            }
            SK::Assign(places, values) => {
                if places.iter().all(|p| matches!(p, Place::Local(l) if self.temp(*l))) {
                    return values.iter().filter(|v| !self.mentions_temp(v)).map(|v| self.expr(v)).sum();
                }
                1 + places.iter().map(|p| self.place(p)).sum::<u32>() + values.iter().map(|v| self.expr(v)).sum::<u32>()
            }
            SK::AssignMulti(places, e) => {
                if places.iter().all(|p| matches!(p, Place::Local(l) if self.temp(*l))) {
                    return 0;
                }
                1 + places.iter().map(|p| self.place(p)).sum::<u32>() + self.expr(e)
            }
            SK::OpAssign(p, _, e) => {
                if matches!(p, Place::Local(l) if self.temp(*l)) {
                    return 0;
                }
                1 + self.place(p) + self.expr(e)
            }
            SK::If { cond, then, els } => match &cond.kind {
                // A constant condition: only the branch taken counts.
                IK::Const(crate::types::constant::Value::Bool(b)) => self.stmts(if *b { then } else { els }),
                _ => 1 + self.expr(cond) + self.stmts(then) + self.stmts(els),
            },
            SK::Loop { cond, body, post, .. } => {
                let cond = cond.as_ref().filter(|c| !self.mentions_temp(c)).map_or(0, |c| self.expr(c));
                1 + cond + self.stmts(body) + self.stmts(post) + self.blank_range_vars(body)
            }
            SK::Switch { clauses, .. } => {
                let case = |c: &ir::Expr| match &c.kind {
                    IK::Compare(_, x, v) if matches!(x.kind, IK::Local(l) if self.temp(l)) => self.expr(v),
                    _ => self.expr(c),
                };
                1 + clauses.iter().map(|c| 1 + c.conds.iter().map(case).sum::<u32>() + self.stmts(&c.body)).sum::<u32>()
            }
            SK::Block(stmts) => self.stmts(stmts),
            SK::Break(_) | SK::Continue(_) | SK::Goto(_) | SK::Label(_) => 1,
            SK::Return(values) => 1 + values.iter().map(|v| self.expr(v)).sum::<u32>(),
            SK::ReturnMulti(e) => 1 + self.expr(e) + self.spread(e),
            SK::RangeMap { body, .. } => 1 + self.stmts(body),
        }
    }

    /// The blank iteration variables of a range loop's lowering (`for _, v
    /// := range s`): gc's ORANGE has a node for each, the lowering nothing.
    /// A loop binds its hidden `.value` only when the source names a value
    /// (then it names a key too); a variable is blank when nothing reads
    /// its hidden local.
    fn blank_range_vars(&self, body: &[ir::Stmt]) -> u32 {
        // Declared, or (a string's rune) assigned with the next index.
        let hidden = |name: &str| {
            body.iter().find_map(|s| match &s.kind {
                SK::Decl(l, _) if self.temp(*l) && self.f.local(*l).name == name => Some(*l),
                SK::AssignMulti(places, _) => places.iter().find_map(|p| match p {
                    Place::Local(l) if self.temp(*l) && self.f.local(*l).name == name => Some(*l),
                    _ => None,
                }),
                _ => None,
            })
        };
        let (Some(key), Some(value)) = (hidden(".key"), hidden(".value")) else { return 0 };
        let bound = |h: LocalId| {
            body.iter().any(|s| match &s.kind {
                SK::Decl(l, Some(e)) => !self.temp(*l) && matches!(e.kind, IK::Local(x) if x == h),
                SK::Assign(_, values) => values.iter().any(|v| matches!(v.kind, IK::Local(x) if x == h)),
                _ => false,
            })
        };
        // A string's rune is decoded whether or not the source names it:
        // unbound, it is taken as absent (`for i := range s`, not the rarer
        // `for i, _ := range s`).
        let declared = body.iter().any(|s| matches!(s.kind, SK::Decl(l, _) if l == value));
        if !declared && !bound(value) {
            return 0;
        }
        u32::from(!bound(key)) + u32::from(!bound(value))
    }

    /// A multi-value call passed on whole (`f(g())`, `println(g())`,
    /// `return g()`): gc's typecheck rewrites it to `t1, ..., tn := g();
    /// f(t1, ..., tn)`, so it costs what that costs: n declarations (2
    /// each), the assignment and its n targets, and the n arguments.
    fn spread(&self, call: &ir::Expr) -> u32 {
        match self.types.kind(call.ty) {
            crate::types::types::TypeKind::Tuple(results) => 4 * results.len() as u32 + 1,
            _ => 0,
        }
    }

    fn place(&self, p: &Place) -> u32 {
        match p {
            Place::Local(l) if self.temp(*l) => 0,
            Place::Local(_) | Place::Global(_) | Place::Blank => 1,
            Place::Addr(e) => self.expr(e),
            Place::MapIndex { map, key } => 1 + self.expr(map) + self.expr(key),
        }
    }

    fn call(&self, func: &ir::Expr) -> u32 {
        let callee = match func.kind {
            IK::Func(g) => self.costs[g.0 as usize],
            _ => None,
        };
        match (self.with_callees, callee) {
            (false, _) => 0,
            (true, Some(c)) => c,
            (true, None) => INLINE_EXTRA_CALL_COST,
        }
    }

    fn opt(&self, e: &Option<Box<ir::Expr>>) -> u32 {
        e.as_ref().map_or(0, |e| self.expr(e))
    }

    fn exprs<'e>(&self, es: impl IntoIterator<Item = &'e ir::Expr>) -> u32 {
        es.into_iter().map(|e| self.expr(e)).sum()
    }

    fn expr(&self, e: &ir::Expr) -> u32 {
        use crate::types::types::TypeKind;
        match &e.kind {
            IK::Local(l) if self.temp(*l) => 0,
            IK::Const(_) | IK::Local(_) | IK::Global(_) | IK::Func(_) => 1,
            IK::Unary(_, x) | IK::MakeInterface(_, x) | IK::ConvertSlice { x, .. } => 1 + self.expr(x),
            IK::Binary(_, x, y) | IK::Compare(_, x, y) | IK::StringIndex(x, y) => 1 + self.expr(x) + self.expr(y),
            IK::Index(x, i) => 1 + self.expr(x) + self.expr(i),
            IK::Call { func, args } => 1 + self.expr(func) + self.exprs(args) + self.call(func),
            IK::CallSpread { func, arg } => 1 + self.expr(func) + self.expr(arg) + self.call(func) + self.spread(arg),
            IK::Inlined { .. } => INLINE_EXTRA_CALL_COST,
            IK::Builtin { which: ir::Builtin::Panic, args } => {
                // OPANIC, its extra cost, and the implicit OCONVIFACE (free).
                let arg = |a: &ir::Expr| match &a.kind {
                    IK::MakeInterface(_, x) => self.expr(x),
                    _ => self.expr(a),
                };
                1 + INLINE_EXTRA_PANIC_COST + args.iter().map(arg).sum::<u32>()
            }
            IK::Builtin { args, .. } => 1 + self.exprs(args),
            IK::BuiltinSpread { arg, .. } => 1 + self.expr(arg) + self.spread(arg),
            IK::Convert(x) => {
                // A conversion that changes only the type is gc's OCONVNOP: free.
                let nop = self.types.identical(self.types.underlying(x.ty), self.types.underlying(e.ty));
                u32::from(!nop) + self.expr(x)
            }
            IK::StringSlice { s, lo, hi } => 1 + self.expr(s) + self.opt(lo) + self.opt(hi) - self.superfluous(lo),
            IK::Slice { x, lo, hi, max } => {
                // Slicing an array takes its address (an implicit OADDR).
                let addr = u32::from(matches!(self.types.under(x.ty), TypeKind::Array(..)));
                1 + addr + self.expr(x) + self.opt(lo) + self.opt(hi) + self.opt(max) - self.superfluous(lo)
            }
            IK::Concat(_, parts) => 1 + self.exprs(parts),
            IK::AddrOf(x) => {
                // &x.f of a first field: gc undoes the OADDR and ODOT.
                let first_field = matches!(&x.kind, IK::Field(y, 0)
                    if matches!(&y.kind, IK::Local(_) | IK::Global(_))
                        || matches!(&y.kind, IK::Deref(p) if matches!(p.kind, IK::Local(_) | IK::Global(_))));
                (1 + self.expr(x)).saturating_sub(if first_field { 2 } else { 0 })
            }
            // new(v) of a value (Go 1.26) is gc's `.autotmp := v; &.autotmp`:
            // ODCL, OAS and the temporary's names, 6 nodes in all.
            IK::New { site, init: Some(init) }
                if self.f.sites.get(site.0 as usize).is_some_and(|s| s.kind == ir::SiteKind::Variable) =>
            {
                6 + self.expr(init)
            }
            IK::New { init, .. } => 1 + self.opt(init),
            IK::Deref(p) => {
                let undo = u32::from(matches!(p.kind, IK::AddrOf(_)));
                1 + self.expr(p) - undo
            }
            // p.f through a pointer is one ODOTPTR.
            IK::Field(x, _) => match &x.kind {
                IK::Deref(p) => 1 + self.expr(p),
                _ => 1 + self.expr(x),
            },
            IK::Composite(elems) => {
                let is_struct = matches!(self.types.under(e.ty), TypeKind::Struct(_));
                1 + elems.iter().map(|(_, v)| u32::from(is_struct) + self.expr(v)).sum::<u32>()
            }
            // OSLICELIT costs one more (gc's "hack for toolstash -cmp").
            // A keyed element is gc's OKEY (key, value): 2 more nodes. The
            // literal gc makes of []rune("...") has every element keyed.
            IK::SliceLit { site, elems, .. } => {
                use crate::syntax::ast::ExprKind as AK;
                let keyed = match self.f.sites.get(site.0 as usize).map(|s| &s.expr.kind) {
                    Some(AK::Call { .. }) => elems.len(),
                    Some(AK::CompositeLit { elems: src, .. }) => src.iter().filter(|el| el.key.is_some()).count(),
                    _ => 0,
                };
                2 + 2 * keyed as u32 + elems.iter().map(|(_, v)| self.expr(v)).sum::<u32>()
            }
            IK::MakeSlice { len, cap, .. } => 1 + self.expr(len) + self.opt(cap),
            IK::MakeMap { hint, entries, .. } => {
                1 + self.opt(hint) + entries.iter().map(|(k, v)| 1 + self.expr(k) + self.expr(v)).sum::<u32>()
            }
            IK::MapIndex(m, k) | IK::MapIndexOk(m, k) => 1 + self.expr(m) + self.expr(k),
            IK::Append { s, elems, .. } => 1 + self.expr(s) + self.exprs(elems),
            IK::DecodeRune { s, i } => self.expr(s) + self.expr(i),
        }
    }

    /// gc ignores a superfluous `0` low bound (`s[0:n]`).
    fn superfluous(&self, lo: &Option<Box<ir::Expr>>) -> u32 {
        let zero = lo.as_ref().is_some_and(|l| matches!(&l.kind, IK::Const(v) if v.to_i64() == Some(0)));
        u32::from(zero)
    }
}

// ---- Inlining the calls --------------------------------------------------------------------

/// Rewrites one function's calls to inlinable functions.
struct Inliner<'a> {
    funcs: &'a mut Vec<ir::Func>,
    /// The bodies of the inlinable functions, as they were before any
    /// inlining (None: not inlinable).
    originals: &'a [Option<ir::Func>],
    costs: &'a [Option<u32>],
    caller: FuncId,
    max_cost: u32,
    /// `inlining call to f` messages, with the inlining depth they were
    /// found at (0: a call in the function's own body).
    messages: &'a mut Vec<(usize, Span, String)>,
    /// While rewriting an inlined body: the functions being inlined, outer
    /// first. A call to one of them is not inlined again (gc's "repeated
    /// recursive cycle"), so a recursive function is inlined one level deep.
    stack: Vec<FuncId>,
    /// The inline-tree node of the body being rewritten.
    parent: Option<u32>,
    /// The call, in the function itself, that the body being rewritten was
    /// inlined at: where `-m` reports everything inside it.
    outermost: Option<Span>,
    describe: &'a dyn Describe,
}

impl ir::Rewriter for Inliner<'_> {
    fn expr(&mut self, e: &mut ir::Expr) {
        let (IK::Call { func, .. } | IK::CallSpread { func, .. }) = &e.kind else { return };
        let IK::Func(g) = func.kind else { return };
        let Some(cost) = self.costs[g.0 as usize] else { return };
        if self.stack.contains(&g) || cost > self.max_cost {
            return;
        }
        // gc reports a call at its `(`: after the function, and after the
        // `)` of a parenthesised one (`(leaf)(3)`).
        let call = self
            .describe
            .find(Span::new(func.span.hi, e.span.hi), '(')
            .unwrap_or(Span::new(func.span.hi, func.span.hi + 1));
        let kind = std::mem::replace(&mut e.kind, IK::Const(crate::types::constant::Value::Bool(false)));
        e.kind = self.inline_call(g, kind, call);
    }
}

impl Inliner<'_> {
    /// The body of `g` in place of the call `call` (a Call or CallSpread
    /// whose `(` is at `at`).
    fn inline_call(&mut self, g: FuncId, call: IK, at: Span) -> IK {
        let callee = self.originals[g.0 as usize].clone().expect("inlinable");
        let report_at = self.outermost.unwrap_or(at);
        self.messages.push((self.stack.len(), report_at, format!("inlining call to {}", display_name(&callee))));
        let caller = &mut self.funcs[self.caller.0 as usize];
        let node = caller.inlines.len() as u32;
        caller.inlines.push(ir::InlinedCall {
            callee: callee.symbol.clone(),
            callee_span: callee.span,
            call: at,
            parent: self.parent,
        });
        // The callee's locals, sites and labels join the caller's.
        let mut remap = Remap {
            local_base: caller.locals.len() as u32,
            site_base: caller.sites.len() as u32,
            label_base: caller.labels,
            results: Vec::new(),
            end: LabelId(caller.labels + callee.labels),
        };
        for l in &callee.locals {
            let kind = match l.kind {
                ir::LocalKind::Param | ir::LocalKind::Result => ir::LocalKind::Var,
                k => k,
            };
            caller.locals.push(ir::Local { kind, span: report_at, ..l.clone() });
        }
        for s in &callee.sites {
            caller.sites.push(ir::Site { span: report_at, ..s.clone() });
        }
        caller.labels += callee.labels + 1;
        let params: Vec<LocalId> = callee.params.iter().map(|p| remap.renumber(*p)).collect();
        remap.results = callee.results.iter().map(|r| remap.renumber(*r)).collect();

        // Arguments, in the caller's frame: `p1 := a1; p2 := a2`.
        let stmt = |kind| ir::Stmt { kind, span: at };
        let mut args = Vec::new();
        match call {
            IK::Call { args: values, .. } => {
                for (p, a) in params.iter().zip(values) {
                    args.push(stmt(SK::Decl(*p, Some(a))));
                }
            }
            IK::CallSpread { arg, .. } => {
                for p in &params {
                    args.push(stmt(SK::Decl(*p, None)));
                }
                args.push(stmt(SK::AssignMulti(params.iter().map(|p| Place::Local(*p)).collect(), *arg)));
            }
            _ => unreachable!("inline_call of a non-call"),
        }
        // The body, in the callee's frame: zeroed results, the statements
        // (returns rewritten), and the label the returns jump to.
        let mut body: Vec<ir::Stmt> = remap.results.iter().map(|r| stmt(SK::Decl(*r, None))).collect();
        let mut callee_body = callee.body;
        ir::rewrite_stmts(&mut remap, &mut callee_body);
        // The calls inside the copy, inlined in turn (in this frame).
        let saved = (self.parent.replace(node), self.outermost.replace(report_at));
        self.stack.push(g);
        ir::rewrite_stmts(self, &mut callee_body);
        self.stack.pop();
        (self.parent, self.outermost) = saved;
        body.extend(callee_body);
        body.push(stmt(SK::Label(remap.end)));
        IK::Inlined { inl: node, args, body, results: remap.results }
    }
}

/// Renumbers a copied body's locals, sites and labels into the caller's,
/// and turns its returns into jumps to `end`.
struct Remap {
    local_base: u32,
    site_base: u32,
    label_base: u32,
    results: Vec<LocalId>,
    end: LabelId,
}

impl Remap {
    fn renumber(&self, l: LocalId) -> LocalId {
        LocalId(l.0 + self.local_base)
    }
}

impl ir::Rewriter for Remap {
    fn expr(&mut self, e: &mut ir::Expr) {
        if let IK::Local(l) = &mut e.kind {
            *l = self.renumber(*l);
        }
    }

    fn place(&mut self, p: &mut Place) {
        if let Place::Local(l) = p {
            *l = self.renumber(*l);
        }
    }

    fn local(&mut self, l: &mut LocalId) {
        *l = self.renumber(*l);
    }

    fn label(&mut self, l: &mut LabelId) {
        l.0 += self.label_base;
    }

    fn site(&mut self, s: &mut SiteId) {
        // u32::MAX marks a conversion that allocates nothing.
        if s.0 != u32::MAX {
            s.0 += self.site_base;
        }
    }

    fn stmt(&mut self, s: &mut ir::Stmt) {
        let span = s.span;
        let places = || self.results.iter().map(|r| Place::Local(*r)).collect::<Vec<_>>();
        let jump = ir::Stmt { kind: SK::Goto(self.end), span };
        let store = match std::mem::replace(&mut s.kind, SK::Block(vec![])) {
            SK::Return(values) if values.is_empty() => None,
            SK::Return(values) => Some(SK::Assign(places(), values)),
            SK::ReturnMulti(e) => Some(SK::AssignMulti(places(), e)),
            other => {
                s.kind = other;
                return;
            }
        };
        let mut block: Vec<ir::Stmt> = store.into_iter().map(|kind| ir::Stmt { kind, span }).collect();
        block.push(jump);
        s.kind = SK::Block(block);
    }
}
