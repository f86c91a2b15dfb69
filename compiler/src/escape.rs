//! Escape analysis: which variables and allocations can live in the frame.
//!
//! This file starts with the facts every later decision needs:
//! `needs_memory` finds the locals that cannot live in SSA values (their
//! address is taken, or they are arrays indexed by a variable).
//!
//! Go: src/cmd/compile/internal/escape.

use crate::ir::{self, ExprKind as IK, LocalId, Place, StmtKind as SK};
use crate::source::Span;
use crate::types::types::{TypeKind, TypeTable};
use std::collections::{HashMap, HashSet, VecDeque};

/// The locals whose address is taken (`&x`, `&x.f`, `&a[i]`, `a[i:j]` of
/// an array), directly or through field and array-element selection.
pub fn address_taken(f: &ir::Func) -> HashSet<LocalId> {
    let mut set = HashSet::new();
    let mut visit = |e: &ir::Expr| {
        if let IK::AddrOf(x) = &e.kind {
            if let Some(l) = root_local(x) {
                set.insert(l);
            }
        }
    };
    walk_func(f, &mut visit);
    set
}

/// Locals that must live in memory: address-taken ones, and arrays indexed
/// with a non-constant index (a register cannot be indexed).
pub fn needs_memory(f: &ir::Func) -> HashSet<LocalId> {
    let mut set = address_taken(f);
    let mut visit = |e: &ir::Expr| {
        if let IK::Index(x, i) = &e.kind {
            if !matches!(i.kind, IK::Const(_)) {
                if let Some(l) = root_local(x) {
                    set.insert(l);
                }
            }
        }
    };
    walk_func(f, &mut visit);
    set
}

/// The local an addressable expression designates memory of, through
/// field and array-element selection (not through pointers or slices).
pub fn root_local(e: &ir::Expr) -> Option<LocalId> {
    match &e.kind {
        IK::Local(l) => Some(*l),
        IK::Field(x, _) => root_local(x),
        IK::Index(x, _) if matches!(x.kind, IK::Local(_) | IK::Field(..) | IK::Index(..)) => {
            // Only arrays are selected in place; a slice index goes through
            // the slice's pointer. The caller checks the type when it matters.
            root_local(x)
        }
        _ => None,
    }
}

/// Calls `visit` on every expression of a function, outermost first.
pub fn walk_func<'a>(f: &'a ir::Func, visit: &mut dyn FnMut(&'a ir::Expr)) {
    for s in &f.body {
        walk_stmt(s, visit);
    }
}

pub fn walk_stmt<'a>(s: &'a ir::Stmt, visit: &mut dyn FnMut(&'a ir::Expr)) {
    let place = |p: &'a Place, visit: &mut dyn FnMut(&'a ir::Expr)| match p {
        Place::Addr(e) => walk_expr(e, visit),
        Place::MapIndex { map, key } => {
            walk_expr(map, visit);
            walk_expr(key, visit);
        }
        _ => {}
    };
    match &s.kind {
        SK::Expr(e) | SK::ReturnMulti(e) => walk_expr(e, visit),
        SK::Decl(_, init) => {
            if let Some(e) = init {
                walk_expr(e, visit)
            }
        }
        SK::Assign(places, values) => {
            for p in places {
                place(p, visit);
            }
            for v in values {
                walk_expr(v, visit);
            }
        }
        SK::AssignMulti(places, e) => {
            for p in places {
                place(p, visit);
            }
            walk_expr(e, visit);
        }
        SK::OpAssign(p, _, e) => {
            place(p, visit);
            walk_expr(e, visit);
        }
        SK::If { cond, then, els } => {
            walk_expr(cond, visit);
            then.iter().chain(els).for_each(|s| walk_stmt(s, visit));
        }
        SK::Loop { cond, body, post, .. } => {
            if let Some(c) = cond {
                walk_expr(c, visit);
            }
            body.iter().chain(post).for_each(|s| walk_stmt(s, visit));
        }
        SK::Switch { clauses, .. } => {
            for c in clauses {
                c.conds.iter().for_each(|e| walk_expr(e, visit));
                c.body.iter().for_each(|s| walk_stmt(s, visit));
            }
        }
        SK::Block(stmts) => stmts.iter().for_each(|s| walk_stmt(s, visit)),
        SK::Return(values) => values.iter().for_each(|e| walk_expr(e, visit)),
        SK::RangeMap { map, body, .. } => {
            walk_expr(map, visit);
            body.iter().for_each(|s| walk_stmt(s, visit));
        }
        SK::Break(_) | SK::Continue(_) | SK::Goto(_) | SK::Label(_) => {}
    }
}

pub fn walk_expr<'a>(e: &'a ir::Expr, visit: &mut dyn FnMut(&'a ir::Expr)) {
    visit(e);
    let mut w = |x: &'a ir::Expr| walk_expr(x, visit);
    match &e.kind {
        IK::Const(_) | IK::Local(_) | IK::Global(_) | IK::Func(_) => {}
        IK::Inlined { args, body, .. } => args.iter().chain(body).for_each(|s| walk_stmt(s, visit)),
        IK::Unary(_, x)
        | IK::Convert(x)
        | IK::MakeInterface(_, x)
        | IK::AddrOf(x)
        | IK::Deref(x)
        | IK::Field(x, _)
        | IK::ConvertSlice { x, .. } => w(x),
        IK::Binary(_, x, y)
        | IK::Compare(_, x, y)
        | IK::StringIndex(x, y)
        | IK::Index(x, y)
        | IK::MapIndex(x, y)
        | IK::MapIndexOk(x, y) => {
            w(x);
            w(y);
        }
        IK::DecodeRune { s, i } => {
            w(s);
            w(i);
        }
        IK::Call { func, args } => {
            w(func);
            args.iter().for_each(&mut w);
        }
        IK::CallSpread { func, arg } => {
            w(func);
            w(arg);
        }
        IK::Builtin { args, .. } => args.iter().for_each(&mut w),
        IK::BuiltinSpread { arg, .. } => w(arg),
        IK::StringSlice { s, lo, hi } => {
            w(s);
            lo.iter().chain(hi).for_each(|x| w(x));
        }
        IK::Concat(_, parts) => parts.iter().for_each(&mut w),
        IK::New { init, .. } => {
            if let Some(x) = init {
                w(x)
            }
        }
        IK::Slice { x, lo, hi, max } => {
            w(x);
            lo.iter().chain(hi).chain(max).for_each(|x| w(x));
        }
        IK::Composite(elems) | IK::SliceLit { elems, .. } => {
            for (k, x) in elems {
                if let ir::ElemKey::Key(k) = k {
                    w(k);
                }
                w(x);
            }
        }
        IK::MakeSlice { len, cap, .. } => {
            w(len);
            if let Some(c) = cap {
                w(c)
            }
        }
        IK::MakeMap { hint, entries, .. } => {
            if let Some(h) = hint {
                w(h)
            }
            for (k, v) in entries {
                w(k);
                w(v);
            }
        }
        IK::Append { s, elems, .. } => {
            w(s);
            elems.iter().for_each(&mut w);
        }
    }
}

/// Where a function's variables and allocations live, and what `-m` says.
#[derive(Clone, Debug, Default)]
pub struct Decisions {
    /// Locals moved to the heap (`moved to heap: x`).
    pub heap_locals: HashSet<LocalId>,
    /// Allocation sites that escape (`&T{...} escapes to heap`).
    pub heap_sites: HashSet<ir::SiteId>,
    /// `[]byte(s)` conversions whose result is never written: they reuse
    /// the string's bytes (`zero-copy string->[]byte conversion`).
    pub zero_copy: HashSet<ir::SiteId>,
    /// Element counts of `make`s whose size is a constant in disguise
    /// (`n := 10; make([]T, n)`): gc rewrites them to constants.
    pub static_caps: HashMap<ir::SiteId, u64>,
}

/// gc's limits (cmd/compile/internal/ir/cfg.go): a declared variable larger
/// than this goes to the heap; so does an implicit allocation (`new`,
/// `&T{}`, a constant-size `make`) larger than `MAX_IMPLICIT`.
pub const MAX_STACK_VAR: u64 = 128 * 1024;
pub const MAX_IMPLICIT: u64 = 64 * 1024;

/// What a parameter's value flows to: the heap and each result, with the
/// fewest dereferences on any path (gc's `leaks`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Leaks {
    pub heap: Option<i32>,
    /// Flows to something written through (gc's mutator location): the
    /// callee may write through the argument.
    pub mutator: Option<i32>,
    pub results: Vec<Option<i32>>,
}

impl Leaks {
    fn add_heap(&mut self, d: i32) {
        self.heap = Some(self.heap.map_or(d, |h| h.min(d)));
    }
    fn add_mutator(&mut self, d: i32) {
        self.mutator = Some(self.mutator.map_or(d, |h| h.min(d)));
    }
    fn add_result(&mut self, i: usize, d: i32) {
        if self.results.len() <= i {
            self.results.resize(i + 1, None);
        }
        self.results[i] = Some(self.results[i].map_or(d, |r| r.min(d)));
    }
    /// A path to the heap makes any other path at least as long redundant.
    fn optimize(&mut self) {
        if let Some(h) = self.heap {
            for r in self.results.iter_mut().chain([&mut self.mutator]) {
                if r.is_some_and(|r| r >= h) {
                    *r = None;
                }
            }
        }
    }
    /// No leak that `-m` reports (mutations are not reported, as in gc).
    fn is_empty(&self) -> bool {
        self.heap.is_none() && self.results.iter().all(|r| r.is_none())
    }
}

/// The result of analysing the package: decisions per function symbol, the
/// `-m` messages (position, text), the `-m=2` explanations and each
/// function's parameter summaries.
#[derive(Default)]
pub struct Report {
    pub decisions: HashMap<String, Decisions>,
    pub messages: Vec<(Span, String)>,
    /// `-m=2`: for each batch in the order gc would print them, the flow
    /// explanations (in the order the solver found them) and then the
    /// batch's messages. Positions are the located variable's; the text
    /// follows `FILE:LINE:COL:`.
    pub explained: Vec<(Span, String)>,
    pub params: HashMap<ir::FuncId, Vec<Leaks>>,
}

/// How the analysis names things in its messages; the driver implements it
/// with the source map.
pub trait Describe {
    /// The source text of a statement or expression, as gc prints nodes in
    /// `-m=2` explanations (composite literal bodies abbreviated `{...}`).
    fn node(&self, span: Span) -> String;
    /// `FILE:LINE:COL` of a position.
    fn position(&self, span: Span) -> String;
    /// Where gc positions an assignment statement: its operator (`=`,
    /// `:=`, `+=`).
    fn assign_position(&self, stmt: Span) -> Span;
    /// The first non-blank byte at or after `offset`.
    fn token_at(&self, offset: u32) -> Span;
    /// The first `c` within `span`, outside string literals.
    fn find(&self, span: Span, c: char) -> Option<Span>;
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum LocKind {
    Heap,
    /// gc's mutator location: whatever is written through (`*p = v`,
    /// `s[i] = v`, `copy(dst, ...)`). What reaches it with no dereference
    /// "mutates", which rules out sharing a string's bytes.
    Mutator,
    Local(usize, LocalId),
    Site(usize, ir::SiteId),
}

/// Why a value flows along an edge (gc's `note`): shown by `-m=2` as
/// `from WHERE (WHY) at POS`.
#[derive(Clone, Debug)]
struct Note {
    why: &'static str,
    /// The node the flow happens in, as gc prints it, and gc's position
    /// of it (an operator, a `(`, a `.`...).
    text: std::rc::Rc<str>,
    at: Span,
}

/// An edge of the graph: the value of `src`, dereferenced `derefs` times
/// (-1: its address), flows into the location that holds the edge.
struct Edge {
    src: usize,
    derefs: i32,
    notes: Vec<Note>,
}

struct Loc {
    kind: LocKind,
    loop_depth: u32,
    edges: Vec<Edge>,
    escapes: bool,
    /// Written through (gc's attrMutates).
    mutates: bool,
    queued: bool,
    walkgen: u32,
    /// Queued in the walk of generation `walkgen` (gc's queuedWalkOne).
    queued_walk: u32,
    derefs: i32,
    /// During a walk: the location (and its edge) this one was reached
    /// from, so that `-m=2` can retrace the path to the root.
    dst: Option<(usize, usize)>,
    /// For parameters: where their value flows.
    leaks: Leaks,
}

/// A flow destination (gc's "hole"): a location, how many dereferences the
/// value gets before arriving, and the notes explaining why. A hole
/// without a location discards the value.
#[derive(Clone)]
struct Hole {
    dst: Option<(usize, i32)>,
    /// Newest first.
    notes: Vec<Note>,
}

impl Hole {
    const DISCARD: Hole = Hole { dst: None, notes: Vec::new() };
    fn at(loc: usize) -> Hole {
        Hole { dst: Some((loc, 0)), notes: Vec::new() }
    }
    fn shift(mut self, n: i32) -> Hole {
        self.dst = self.dst.map(|(l, d)| (l, d + n));
        self
    }
    fn with_note(mut self, note: Note) -> Hole {
        if self.dst.is_some() {
            self.notes.insert(0, note);
        }
        self
    }
}

const HEAP: usize = 0;
const MUTATOR: usize = 1;

/// One batch: a strongly connected set of functions analysed together.
struct Batch<'a> {
    pkg: &'a ir::Package,
    funcs: Vec<ir::FuncId>,
    locs: Vec<Loc>,
    local_locs: HashMap<(usize, LocalId), usize>,
    site_locs: HashMap<(usize, ir::SiteId), usize>,
    /// Summaries of functions analysed earlier.
    summaries: &'a HashMap<ir::FuncId, Vec<Leaks>>,
    /// The function (index in `funcs`) being walked, and its loop depth.
    cur: usize,
    depth: u32,
    describe: &'a dyn Describe,
    /// Whether to record `-m=2` explanations (in `explained`).
    explain: bool,
    explained: Vec<(Span, String)>,
    /// `f ignoring self-assignment in STMT` messages.
    self_assigns: Vec<(Span, String)>,
    /// Each function's locals with a static value (`static_locals`).
    statics: Vec<crate::gcfmt::StaticLocals>,
    /// How `-m` names each allocation site met (gc's printing of the node).
    site_text: HashMap<(usize, ir::SiteId), String>,
    /// While walking an inlined body: the outermost inlined call, where gc
    /// reports what happens inside it.
    inline_at: Option<Span>,
    /// Sites of the package initializer that gc lays out as static data
    /// (`static_init_sites`), met in the walk: they report nothing.
    static_literal: HashSet<(usize, ir::SiteId)>,
    /// Per function of the component: its statically initialized sites.
    static_init: Vec<HashSet<ir::SiteId>>,
    /// Sites of `new(v)` of a value (Go 1.26): gc makes each a hidden
    /// variable `.autotmp_N` and reports only `moved to heap: .autotmp_N`
    /// (`autotmp_name`).
    new_values: HashSet<(usize, ir::SiteId)>,
    /// Sites that are `[]byte(s)` conversions of a string.
    byte_conversions: HashSet<(usize, ir::SiteId)>,
    /// The result variables of the inlined calls being walked.
    inline_results: HashSet<LocalId>,
    /// Locations whose escape `-m=2` does not explain (gc's static data).
    unexplained: HashSet<usize>,
    /// Allocation sizes known once make's sizes are seen as constants.
    site_sizes: HashMap<(usize, ir::SiteId), u64>,
    /// Their element counts.
    static_counts: HashMap<(usize, ir::SiteId), u64>,
    /// Labels some later `goto` jumps back to (gc's looping labels): the
    /// head of a loop the program wrote with goto.
    looping_labels: HashSet<(usize, ir::LabelId)>,
}

impl<'a> Batch<'a> {
    fn func(&self, i: usize) -> &'a ir::Func {
        &self.pkg.funcs[self.funcs[i].0 as usize]
    }

    fn new_loc(&mut self, kind: LocKind, depth: u32) -> usize {
        self.locs.push(Loc {
            kind,
            loop_depth: depth,
            edges: Vec::new(),
            escapes: kind == LocKind::Heap,
            mutates: matches!(kind, LocKind::Heap | LocKind::Mutator),
            queued: false,
            walkgen: 0,
            queued_walk: 0,
            derefs: 0,
            dst: None,
            leaks: Leaks::default(),
        });
        self.locs.len() - 1
    }

    fn local(&mut self, l: LocalId) -> usize {
        let key = (self.cur, l);
        if let Some(i) = self.local_locs.get(&key) {
            return *i;
        }
        let i = self.new_loc(LocKind::Local(self.cur, l), self.depth);
        self.local_locs.insert(key, i);
        // gc's HeapAllocReason: a variable too big for the frame is on the
        // heap from the start.
        let local = self.func(self.cur).local(l);
        if local.kind == ir::LocalKind::Var && self.pkg.types.size(local.ty) > MAX_STACK_VAR {
            let note = Note { why: "too large for stack", text: local.name.clone().into(), at: local.span };
            self.flow(Hole::at(HEAP).shift(-1).with_note(note), i, 0);
        }
        i
    }

    fn site(&mut self, s: ir::SiteId) -> usize {
        let key = (self.cur, s);
        if let Some(i) = self.site_locs.get(&key) {
            return *i;
        }
        let i = self.new_loc(LocKind::Site(self.cur, s), self.depth);
        self.site_locs.insert(key, i);
        i
    }

    fn flow(&mut self, k: Hole, src: usize, derefs: i32) {
        if let Some((dst, d)) = k.dst {
            self.locs[dst].edges.push(Edge { src, derefs: d + derefs, notes: k.notes });
        }
    }

    /// An allocation at `site` (by the expression `e`) whose address flows
    /// to `k` (gc's "spill").
    fn spill(&mut self, k: Hole, site: ir::SiteId, e: &ir::Expr) -> usize {
        let loc = self.site(site);
        let printer = crate::gcfmt::Printer { pkg: self.pkg, f: self.func(self.cur), statics: &self.statics[self.cur] };
        let text = printer.expr(e);
        let s = &self.func(self.cur).sites[site.0 as usize];
        // make([]T, n) with n a constant in disguise (gc rewrites it).
        let size = s.size.or_else(|| self.static_make_size(e));
        if let Some(n) = size.filter(|_| matches!(s.kind, ir::SiteKind::Alloc | ir::SiteKind::Variable)) {
            self.site_sizes.insert((self.cur, site), n);
        }
        if let Some(count) = self.static_make_count(e) {
            self.static_counts.insert((self.cur, site), count);
        }
        if site_too_big(s.kind, size) {
            let note = Note { why: "too large for stack", text: text.clone().into(), at: s.span };
            self.flow(Hole::at(HEAP).shift(-1).with_note(note), loc, 0);
        }
        // gc puts make([]T, n) of a zero-size T on the heap (its
        // HeapAllocReason, "zero-sized element").
        if let IK::MakeSlice { .. } = e.kind {
            let types = &self.pkg.types;
            if matches!(types.under(e.ty), TypeKind::Slice(el) if types.size(*el) == 0) {
                let note = Note { why: "zero-sized element", text: text.clone().into(), at: s.span };
                self.flow(Hole::at(HEAP).shift(-1).with_note(note), loc, 0);
            }
        }
        if let IK::MakeInterface(_, x) = &e.kind {
            if matches!(x.kind, IK::Const(_))
                || matches!(x.kind, IK::Local(l) if self.statics[self.cur].constants.contains_key(&l))
            {
                // gc boxes a constant as read-only data: nothing to explain.
                self.unexplained.insert(loc);
            }
        }
        self.site_text.entry((self.cur, site)).or_insert(text);
        if self.static_init[self.cur].contains(&site) {
            self.static_literal.insert((self.cur, site));
        }
        if s.kind == ir::SiteKind::Variable {
            self.new_values.insert((self.cur, site));
            self.unexplained.insert(loc);
        }
        if let IK::ConvertSlice { x, .. } = &e.kind {
            let types = &self.pkg.types;
            let bytes = matches!(types.under(e.ty), TypeKind::Slice(el)
                if types.basic_of(*el) == Some(crate::types::types::Basic::Uint8));
            if bytes && types.is_string(x.ty) {
                self.byte_conversions.insert((self.cur, site));
            }
        }
        let k = self.enote(k.shift(-1), "spill", e);
        self.flow(k, loc, 0);
        loc
    }

    // ---- Building the graph -----------------------------------------------------------

    /// A block: its statements, with the loop depth restored after it (a
    /// looping label raises it for the rest of its block, as in gc).
    fn stmts(&mut self, stmts: &[ir::Stmt]) {
        let depth = self.depth;
        for s in stmts {
            self.stmt(s);
        }
        self.depth = depth;
    }

    fn stmt(&mut self, s: &ir::Stmt) {
        let d = Hole::DISCARD;
        match &s.kind {
            SK::Expr(e) => self.expr(d, e),
            SK::Decl(l, init) => {
                let loc = self.local(*l);
                if let Some(e) = init {
                    let k = self.snote(Hole::at(loc), "assign", s);
                    self.expr(k, e);
                }
            }
            SK::Assign(places, values) => {
                let why = if places.len() == 1 { "assign" } else { "assign-pair" };
                self.inlined_return(places);
                let ks: Vec<Hole> = places.iter().map(|p| self.place(p)).collect();
                for ((k, p), v) in ks.into_iter().zip(places).zip(values) {
                    // `b.buf = b.buf[1:]` stores nothing new (gc's isSelfAssign).
                    if let Place::Addr(dst) = p {
                        if is_self_assign(dst, v) {
                            let f = self.func(self.cur);
                            let stmt = self.assign_text(places, values);
                            let msg = format!("{} ignoring self-assignment in {stmt}", display_func(f));
                            // In an inlined body, gc reports at the call.
                            let at = self.inline_at.unwrap_or_else(|| self.describe.assign_position(s.span));
                            self.self_assigns.push((at, msg));
                            self.expr(d.clone(), v);
                            continue;
                        }
                    }
                    let k = self.snote(k, why, s);
                    self.expr(k, v);
                }
            }
            SK::AssignMulti(places, e) => {
                self.inlined_return(places);
                let ks: Vec<Hole> = places.iter().map(|p| self.place(p)).collect();
                self.multi(&ks, e, Some(s));
            }
            // x op= y: y flows into x (for strings, gc's OASOP keeps the
            // operand: concatenating with "" returns it).
            SK::OpAssign(p, _, e) => {
                let k = self.place(p);
                // `p.y += p.x` is a self-assignment too (gc's OASOP goes
                // through the same assignList).
                if let Place::Addr(dst) = p {
                    if is_self_assign(dst, e) {
                        let msg = format!(
                            "{} ignoring self-assignment in {}",
                            display_func(self.func(self.cur)),
                            self.stmt_text(s)
                        );
                        let at = self.inline_at.unwrap_or_else(|| self.describe.assign_position(s.span));
                        self.self_assigns.push((at, msg));
                        self.expr(d, e);
                        return;
                    }
                }
                let k = self.snote(k, "assign", s);
                self.expr(k, e);
            }
            SK::If { cond, then, els } => {
                self.expr(d, cond);
                self.stmts(then);
                self.stmts(els);
            }
            SK::Loop { cond, body, post, .. } => {
                self.depth += 1;
                if let Some(c) = cond {
                    self.expr(d, c);
                }
                self.stmts(body);
                self.stmts(post);
                self.depth -= 1;
            }
            SK::Switch { clauses, .. } => {
                for c in clauses {
                    for e in &c.conds {
                        self.expr(d.clone(), e);
                    }
                    self.stmts(&c.body);
                }
            }
            SK::Block(stmts) => self.stmts(stmts),
            SK::Return(values) => {
                let results = self.func(self.cur).results.clone();
                for (v, r) in values.iter().zip(results) {
                    let loc = self.local(r);
                    let k = self.snote(Hole::at(loc), "return", s);
                    self.expr(k, v);
                }
            }
            SK::ReturnMulti(e) => {
                let results = self.func(self.cur).results.clone();
                let ks: Vec<Hole> = results.iter().map(|r| Hole::at(self.local(*r))).collect();
                self.multi(&ks, e, Some(s));
            }
            SK::RangeMap { map, key, value, body, .. } => {
                self.expr(d, map);
                self.depth += 1;
                for l in key.iter().chain(value) {
                    self.local(*l);
                }
                self.stmts(body);
                self.depth -= 1;
            }
            // The head of a loop made with goto: what follows is inside it.
            SK::Label(l) if self.looping_labels.contains(&(self.cur, *l)) => self.depth += 1,
            SK::Break(_) | SK::Continue(_) | SK::Goto(_) | SK::Label(_) => {}
        }
    }

    /// The hole an assignment to `p` fills; evaluates the place's operands.
    fn place(&mut self, p: &Place) -> Hole {
        match p {
            Place::Local(l) => Hole::at(self.local(*l)),
            Place::Global(_) => Hole::at(HEAP),
            Place::Blank => Hole::DISCARD,
            // Map entries live in the map's (heap) memory.
            Place::MapIndex { map, key } => {
                self.expr(Hole::DISCARD, map);
                self.expr(Hole::at(HEAP), key);
                Hole::at(HEAP)
            }
            Place::Addr(e) => self.store_target(e),
        }
    }

    /// Where a store to the addressable `e` goes: into a local's own memory
    /// (`x.f = v`, `a[1] = v`), or, through any pointer or slice, to the
    /// heap (gc treats every indirect store as a heap store).
    fn store_target(&mut self, e: &ir::Expr) -> Hole {
        match &e.kind {
            IK::Local(l) => Hole::at(self.local(*l)),
            IK::Global(_) => Hole::at(HEAP),
            IK::Field(x, _) => self.store_target(x),
            IK::Index(x, i) => {
                self.expr(Hole::DISCARD, i);
                if matches!(self.pkg.types.under(x.ty), TypeKind::Slice(_)) {
                    // s[i] = v writes through s.
                    self.expr(Hole::at(MUTATOR), x);
                    Hole::at(HEAP)
                } else {
                    self.store_target(x)
                }
            }
            IK::Deref(p) => {
                // *p = v (and p.f = v) writes through p.
                self.expr(Hole::at(MUTATOR), p);
                Hole::at(HEAP)
            }
            _ => {
                self.expr(Hole::DISCARD, e);
                Hole::DISCARD
            }
        }
    }

    /// An expression with several results (a call, `m[k]` with ok, a
    /// decoded rune) assigned to `ks` by the statement at `at`.
    fn multi(&mut self, ks: &[Hole], e: &ir::Expr, stmt: Option<&ir::Stmt>) {
        match &e.kind {
            IK::Call { func, args } => self.call(ks, func, args, e),
            IK::Inlined { inl, args, body, results } => self.inlined(ks, *inl, args, body, results),
            // One value (the checker may wrap a single value this way), or
            // a value and a flag (`v, ok := m[k]`): the value flows to ks[0].
            _ => {
                let k = ks.first().cloned().unwrap_or(Hole::DISCARD);
                let k = match stmt {
                    Some(s @ ir::Stmt { kind: SK::AssignMulti(places, _), .. }) if places.len() == 1 => {
                        self.snote(k, "assign", s)
                    }
                    Some(s) => self.snote(k, "assign-pair", s),
                    None => k,
                };
                self.expr(k, e)
            }
        }
    }

    // ---- Notes (-m=2) ------------------------------------------------------------------

    /// The note gc records for a flow through expression `e`: `e` as gc
    /// prints it, at gc's position of it. None unless explaining.
    fn expr_note(&self, why: &'static str, e: &ir::Expr) -> Option<Note> {
        if !self.explain {
            return None;
        }
        let f = self.func(self.cur);
        let printer = crate::gcfmt::Printer { pkg: self.pkg, f, statics: &self.statics[self.cur] };
        // Inside an inlined body, gc positions everything at the call.
        let at = self.inline_at.unwrap_or_else(|| self.gc_position(e));
        Some(Note { why, text: printer.expr(e).into(), at })
    }

    fn enote(&self, k: Hole, why: &'static str, e: &ir::Expr) -> Hole {
        match self.expr_note(why, e) {
            Some(n) => k.with_note(n),
            None => k,
        }
    }

    /// The note for a flow through statement `s` (an assignment, a return).
    fn snote(&self, k: Hole, why: &'static str, s: &ir::Stmt) -> Hole {
        if !self.explain {
            return k;
        }
        let at = match s.kind {
            _ if self.inline_at.is_some() => self.inline_at.unwrap(),
            SK::Return(_) | SK::ReturnMulti(_) => s.span.start_span(),
            // `var x = v`: gc places the assignment at the name.
            _ if self.declares(s) => s.span.start_span(),
            _ => self.describe.assign_position(s.span),
        };
        // The inliner's stores of an inlined call's results (its returns)
        // are gc's `~R0 = v` pair assignments.
        let why = match &s.kind {
            SK::Assign(places, _) | SK::AssignMulti(places, _)
                if places.iter().all(|p| matches!(p, Place::Local(l) if self.inline_results.contains(l))) =>
            {
                "assign-pair"
            }
            _ => why,
        };
        k.with_note(Note { why, text: self.stmt_text(s).into(), at })
    }

    /// Whether `s` is the assignment of a `var` declaration (`var x = v`,
    /// local or package-level): its first variable is declared at the
    /// statement's start, and it is not a `:=`.
    fn declares(&self, s: &ir::Stmt) -> bool {
        let (SK::Assign(places, _) | SK::AssignMulti(places, _)) = &s.kind else { return false };
        let declared_at = match places.first() {
            Some(Place::Local(l)) => self.func(self.cur).local(*l).span.lo,
            Some(Place::Global(g)) => self.pkg.globals[g.0 as usize].span.lo,
            _ => return false,
        };
        declared_at == s.span.lo && !self.describe.node(self.describe.assign_position(s.span)).starts_with(':')
    }

    /// A statement as gc prints it in a note.
    fn stmt_text(&self, s: &ir::Stmt) -> String {
        let f = self.func(self.cur);
        let printer = crate::gcfmt::Printer { pkg: self.pkg, f, statics: &self.statics[self.cur] };
        let list = |es: &[ir::Expr]| es.iter().map(|e| printer.expr(e)).collect::<Vec<_>>().join(", ");
        match &s.kind {
            SK::Decl(l, Some(e)) => format!("{} := {}", f.local(*l).name, printer.expr(e)),
            SK::Assign(places, values) => {
                let text = self.assign_text(places, values);
                // `x := v` and a local `var x = v`, which the checker split
                // into a declaration and this assignment: gc prints both as
                // `x := v` (a package variable's stays `x = v`).
                let op = self.describe.assign_position(s.span);
                let local_decl = self.declares(s) && !places.iter().any(|p| matches!(p, Place::Global(_)));
                if self.describe.node(op).starts_with(':') || local_decl {
                    text.replacen(" = ", " := ", 1)
                } else {
                    text
                }
            }
            SK::AssignMulti(places, e) => {
                let lhs = self.assign_text(places, &[]);
                format!("{}{}", lhs, printer.expr(e))
            }
            SK::OpAssign(p, op, e) => {
                let lhs = self.assign_text(std::slice::from_ref(p), &[]);
                format!("{} {}= {}", lhs.trim_end_matches(" = "), op.text(), printer.expr(e))
            }
            SK::Return(values) if values.is_empty() => "return".into(),
            SK::Return(values) => format!("return {}", list(values)),
            SK::ReturnMulti(e) => format!("return {}", printer.expr(e)),
            _ => self.describe.node(s.span),
        }
    }

    /// Where gc positions an expression node: a binary operator at the
    /// operator, a call or conversion at its `(`, an index, slice or
    /// selector at its `[` or `.`, a composite literal at its `{`.
    fn gc_position(&self, e: &ir::Expr) -> Span {
        // An allocation site already has gc's position.
        let site = match &e.kind {
            IK::New { site, .. }
            | IK::SliceLit { site, .. }
            | IK::MakeSlice { site, .. }
            | IK::MakeMap { site, .. }
            | IK::ConvertSlice { site, .. }
            | IK::Append { site, .. }
            | IK::Concat(site, _) => self.func(self.cur).sites.get(site.0 as usize).map(|s| s.span),
            _ => None,
        };
        if let Some(at) = site {
            return at;
        }
        // The token after operand `x`. An implicit node (an auto-&, an
        // embedded field step) spans its whole parent: look inside it.
        let after = |x: &ir::Expr| {
            let mut x = x;
            while x.span.hi >= e.span.hi {
                x = match &x.kind {
                    IK::AddrOf(y) | IK::Deref(y) | IK::Convert(y) | IK::Field(y, _) => y,
                    _ => break,
                };
            }
            self.describe.token_at(x.span.hi)
        };
        match &e.kind {
            IK::Binary(_, x, _) | IK::Compare(_, x, _) => after(x),
            IK::Concat(site, _) => self.func(self.cur).sites.get(site.0 as usize).map_or(e.span, |s| s.span),
            IK::Call { func, .. } | IK::CallSpread { func, .. } => after(func),
            IK::Index(x, _) | IK::StringIndex(x, _) | IK::MapIndex(x, _) | IK::MapIndexOk(x, _) => after(x),
            IK::Slice { x, .. } | IK::StringSlice { s: x, .. } => after(x),
            IK::Field(x, _) => match &x.kind {
                IK::Deref(p) if p.span.hi < e.span.hi && x.span.lo == p.span.lo => after(p),
                _ => after(x),
            },
            IK::Composite(_) | IK::SliceLit { .. } | IK::MakeMap { entries: _, hint: None, .. } => {
                self.describe.find(e.span, '{').unwrap_or(e.span.start_span())
            }
            IK::MakeSlice { .. } | IK::MakeMap { .. } | IK::Convert(_) | IK::ConvertSlice { .. } => {
                self.describe.find(e.span, '(').unwrap_or(e.span.start_span())
            }
            IK::Builtin { .. } | IK::Append { .. } => self.describe.find(e.span, '(').unwrap_or(e.span.start_span()),
            _ => e.span.start_span(),
        }
    }

    /// A `return` of an inlined body (the inliner's store to the call's
    /// results, always followed by a jump out of the body): the results
    /// count as declared at the return's loop depth, as in gc (whose
    /// inlined result variables are declared where they are assigned).
    /// Safe, since nothing runs after the store in that iteration.
    fn inlined_return(&mut self, places: &[Place]) {
        if places.is_empty() || !places.iter().all(|p| matches!(p, Place::Local(l) if self.inline_results.contains(l)))
        {
            return;
        }
        for p in places {
            if let Place::Local(l) = p {
                let loc = self.local(*l);
                self.locs[loc].loop_depth = self.locs[loc].loop_depth.max(self.depth);
            }
        }
    }

    /// An assignment statement as gc prints it: `a[j], a[j - 1] = a[j - 1], a[j]`.
    fn assign_text(&self, places: &[Place], values: &[ir::Expr]) -> String {
        let f = self.func(self.cur);
        let printer = crate::gcfmt::Printer { pkg: self.pkg, f, statics: &self.statics[self.cur] };
        let place = |p: &Place| match p {
            Place::Local(l) => f.local(*l).name.clone(),
            Place::Global(g) => self.pkg.globals[g.0 as usize].name.clone(),
            Place::Blank => "_".into(),
            Place::Addr(e) => printer.expr(e),
            Place::MapIndex { map, key } => format!("{}[{}]", printer.expr(map), printer.expr(key)),
        };
        let lhs: Vec<String> = places.iter().map(place).collect();
        let rhs: Vec<String> = values.iter().map(|v| printer.expr(v)).collect();
        format!("{} = {}", lhs.join(", "), rhs.join(", "))
    }

    /// Whether the elements of slice (or string) type `t` hold pointers.
    fn elem_has_pointers(&self, t: crate::types::types::Type) -> bool {
        match self.pkg.types.under(t) {
            TypeKind::Slice(e) => has_pointers(&self.pkg.types, *e),
            _ => false,
        }
    }

    /// An inlined call: its statements, then its results flow to `ks`.
    fn inlined(&mut self, ks: &[Hole], inl: u32, args: &[ir::Stmt], body: &[ir::Stmt], results: &[LocalId]) {
        self.stmts(args);
        let outer = self.inline_at;
        if outer.is_none() {
            self.inline_at = self.func(self.cur).inlines.get(inl as usize).map(|n| n.call);
        }
        let fresh: Vec<LocalId> = results.iter().filter(|r| self.inline_results.insert(**r)).copied().collect();
        self.stmts(body);
        self.inline_at = outer;
        for r in fresh {
            self.inline_results.remove(&r);
        }
        for (k, r) in ks.iter().zip(results) {
            let loc = self.local(*r);
            self.flow(k.clone(), loc, 0);
        }
    }

    /// A call: arguments flow into the callee's parameters (same batch) or
    /// per its summary (analysed earlier); results flow to `ks`.
    fn call(&mut self, ks: &[Hole], func: &ir::Expr, args: &[ir::Expr], call: &ir::Expr) {
        let note = self.expr_note("call parameter", call);
        let param = |k: Hole| match &note {
            Some(n) => k.with_note(n.clone()),
            None => k,
        };
        let IK::Func(f) = func.kind else {
            for a in args {
                self.expr(param(Hole::at(HEAP)), a);
            }
            return;
        };
        let callee = &self.pkg.funcs[f.0 as usize];
        if let Some(ci) = self.funcs.iter().position(|x| *x == f) {
            // Same batch: flow through the callee's own locations.
            let saved = self.cur;
            self.cur = ci;
            let params: Vec<usize> = callee.params.iter().map(|p| self.local(*p)).collect();
            let results: Vec<usize> = callee.results.iter().map(|r| self.local(*r)).collect();
            self.cur = saved;
            for (a, p) in args.iter().zip(params) {
                self.expr(param(Hole::at(p)), a);
            }
            for (k, r) in ks.iter().zip(results) {
                self.flow(k.clone(), r, 0);
            }
            return;
        }
        let noescape = callee.pragmas.iter().any(|p| p == "go:noescape");
        let summary = self.summaries.get(&f).cloned();
        for (i, a) in args.iter().enumerate() {
            match &summary {
                Some(leaks) => {
                    let l = leaks.get(i).cloned().unwrap_or_default();
                    let mut any = false;
                    if let Some(d) = l.heap {
                        self.expr(param(Hole::at(HEAP).shift(d)), a);
                        any = true;
                    }
                    if let Some(d) = l.mutator {
                        self.expr(param(Hole::at(MUTATOR).shift(d)), a);
                        any = true;
                    }
                    for (j, r) in l.results.iter().enumerate() {
                        if let (Some(d), Some(k)) = (r, ks.get(j)) {
                            self.expr(param(k.clone().shift(*d)), a);
                            any = true;
                        }
                    }
                    if !any {
                        self.expr(Hole::DISCARD, a);
                    }
                }
                // A function without a body (the runtime's): its arguments
                // escape, unless it is marked //go:noescape.
                // A //go:noescape one may still write through them.
                None if noescape => self.expr(param(Hole::at(MUTATOR)), a),
                None if !callee.external => self.expr(Hole::DISCARD, a),
                None => self.expr(param(Hole::at(HEAP)), a),
            }
        }
    }

    fn expr(&mut self, k: Hole, e: &ir::Expr) {
        let d = Hole::DISCARD;
        // A value without pointers carries no address anywhere (gc's
        // exprSkipInit: such a flow goes to the blank location).
        let k = match k.dst {
            Some((_, derefs)) if derefs >= 0 && !has_pointers(&self.pkg.types, e.ty) => d.clone(),
            _ => k,
        };
        match &e.kind {
            IK::Const(_) | IK::Global(_) | IK::Func(_) => {}
            IK::Local(l) => {
                let loc = self.local(*l);
                self.flow(k, loc, 0);
            }
            IK::AddrOf(x) => {
                let k = self.enote(k.shift(-1), "address-of", e);
                self.addr(k, x)
            }
            IK::New { site, init } => {
                let loc = self.spill(k, *site, e);
                if let Some(x) = init {
                    self.expr(Hole::at(loc), x);
                }
            }
            IK::Deref(p) => {
                let k = self.enote(k.shift(1), "indirection", e);
                self.expr(k, p)
            }
            // p.f through a pointer is gc's ODOTPTR.
            IK::Field(x, _) => match &x.kind {
                IK::Deref(p) => {
                    let k = self.enote(k.shift(1), "dot of pointer", e);
                    self.expr(k, p)
                }
                _ => {
                    let k = self.enote(k, "dot", e);
                    self.expr(k, x)
                }
            },
            IK::Index(x, i) => {
                self.expr(d, i);
                if matches!(self.pkg.types.under(x.ty), TypeKind::Slice(_)) {
                    let k = self.enote(k.shift(1), "dot of pointer", e);
                    self.expr(k, x);
                } else {
                    let k = self.enote(k, "fixed-array-index-of", e);
                    self.expr(k, x);
                }
            }
            IK::Slice { x, lo, hi, max } => {
                for b in lo.iter().chain(hi).chain(max) {
                    self.expr(d.clone(), b);
                }
                // Slicing an array takes its address (gc's implicit &x,
                // printed as x, at the slice's position).
                let k = self.enote(k, "slice", e);
                if let IK::AddrOf(y) = &x.kind {
                    if x.span == y.span {
                        // a[i:j] of an addressable array: gc's implicit &a,
                        // printed `a`, at the slice's position.
                        let k = match self.expr_note("address-of", y) {
                            Some(n) => {
                                k.shift(-1).with_note(Note { at: self.inline_at.unwrap_or(self.gc_position(e)), ..n })
                            }
                            None => k.shift(-1),
                        };
                        self.addr(k, y);
                        return;
                    }
                }
                if matches!(self.pkg.types.under(x.ty), TypeKind::Array(..)) {
                    let k = match self.expr_note("address-of", x) {
                        Some(n) => k.shift(-1).with_note(Note { at: self.gc_position(e), ..n }),
                        None => k.shift(-1),
                    };
                    self.addr(k, x);
                } else {
                    self.expr(k, x);
                }
            }
            IK::StringSlice { s, lo, hi } => {
                for b in lo.iter().chain(hi) {
                    self.expr(d.clone(), b);
                }
                let k = self.enote(k, "slice", e);
                self.expr(k, s);
            }
            IK::Composite(elems) => {
                let why = match self.pkg.types.under(e.ty) {
                    TypeKind::Struct(_) => "struct literal element",
                    _ => "array literal element",
                };
                for (_, x) in elems {
                    let k = self.enote(k.clone(), why, e);
                    self.expr(k, x);
                }
            }
            IK::SliceLit { site, elems, .. } => {
                let loc = self.spill(k, *site, e);
                for (_, x) in elems {
                    let k = self.enote(Hole::at(loc), "slice-literal-element", e);
                    self.expr(k, x);
                }
            }
            IK::MakeSlice { site, len, cap } => {
                self.expr(d.clone(), len);
                if let Some(c) = cap {
                    self.expr(d, c);
                }
                self.spill(k, *site, e);
            }
            IK::MakeMap { site, hint, entries } => {
                if let Some(h) = hint {
                    self.expr(d, h);
                }
                for (key, v) in entries {
                    let k = self.enote(Hole::at(HEAP), "map literal key", e);
                    self.expr(k, key);
                    let k = self.enote(Hole::at(HEAP), "map literal value", e);
                    self.expr(k, v);
                }
                self.spill(k, *site, e);
            }
            IK::MapIndex(m, key) | IK::MapIndexOk(m, key) => {
                self.expr(d.clone(), m);
                self.expr(d, key);
            }
            IK::Append { site, s, elems, spread } => {
                // The result is s itself (if it has room), or a new backing
                // array (the site), into which s's elements are copied.
                let elem_pointers = self.elem_has_pointers(s.ty);
                self.expr(k.clone(), s);
                // append writes into s's array when it has room.
                self.expr(Hole::at(MUTATOR), s);
                if elem_pointers {
                    let k = self.enote(Hole::at(HEAP).shift(1), "appendee slice", e);
                    self.expr(k, s);
                }
                for x in elems {
                    if !*spread {
                        let k = self.enote(Hole::at(HEAP), "call parameter", e);
                        self.expr(k, x);
                    } else if self.elem_has_pointers(x.ty) {
                        let k = self.enote(Hole::at(HEAP).shift(1), "appended slice...", e);
                        self.expr(k, x);
                    } else {
                        self.expr(d.clone(), x);
                    }
                }
                let loc = self.spill(k, *site, e);
                // gc: "As we have a boolean to prevent reuse, we can treat
                // these allocations as outside any loops."
                self.locs[loc].loop_depth = 0;
            }
            IK::ConvertSlice { site, x } => {
                self.expr(d, x);
                self.spill(k, *site, e);
            }
            IK::Concat(site, parts) => {
                for p in parts {
                    self.expr(d.clone(), p);
                }
                self.spill(k, *site, e);
            }
            IK::MakeInterface(site, x) => {
                let direct = self.pkg.types.is_direct_iface(x.ty);
                if direct || self.pkg.types.is_interface(x.ty) || site.0 == u32::MAX {
                    let k = self.enote(k, "interface-converted", e);
                    self.expr(k, x);
                } else {
                    let loc = self.spill(k, *site, e);
                    self.expr(Hole::at(loc), x);
                }
            }
            IK::Convert(x) => {
                // Conversions between pointer-carrying types keep the value;
                // numeric ones carry no pointer.
                if self.pkg.types.basic_of(e.ty).is_some_and(|b| b.is_numeric()) {
                    self.expr(d, x);
                } else {
                    self.expr(k, x);
                }
            }
            IK::Unary(_, x) => self.expr(d, x),
            IK::Binary(_, x, y) | IK::Compare(_, x, y) | IK::StringIndex(x, y) => {
                self.expr(d.clone(), x);
                self.expr(d, y);
            }
            IK::DecodeRune { s, i } => {
                self.expr(d.clone(), s);
                self.expr(d, i);
            }
            IK::Call { func, args } => self.call(&[k], func, args, e),
            IK::Inlined { inl, args, body, results } => self.inlined(&[k], *inl, args, body, results),
            IK::CallSpread { func, arg } => {
                // f(g()): g's results are f's arguments; conservatively heap.
                let IK::Func(f) = func.kind else { return };
                let n = self.pkg.funcs[f.0 as usize].params.len();
                let hs = vec![self.enote(Hole::at(HEAP), "call parameter", e); n];
                self.multi(&hs, arg, None);
            }
            IK::Builtin { which, args } => match which {
                ir::Builtin::Panic => {
                    for a in args {
                        let k = self.enote(Hole::at(HEAP), "call parameter", e);
                        self.expr(k, a);
                    }
                }
                ir::Builtin::Copy => {
                    self.expr(Hole::at(MUTATOR), &args[0]);
                    if self.elem_has_pointers(args[1].ty) {
                        let k = self.enote(Hole::at(HEAP).shift(1), "copied slice", e);
                        self.expr(k, &args[1]);
                    } else {
                        self.expr(d, &args[1]);
                    }
                }
                _ => {
                    for a in args {
                        self.expr(d.clone(), a);
                    }
                }
            },
            IK::BuiltinSpread { arg, .. } => self.multi(&vec![d; 8], arg, None),
        }
    }

    /// `&x`: the address of a local (through fields and array elements), of
    /// a pointer's target (the pointer itself), or of a slice element.
    fn addr(&mut self, k: Hole, x: &ir::Expr) {
        match &x.kind {
            IK::Local(l) => {
                let loc = self.local(*l);
                self.flow(k, loc, 0);
            }
            IK::Field(y, _) => match &y.kind {
                IK::Deref(p) => {
                    let k = self.enote(k.shift(1), "dot of pointer", x);
                    self.expr(k, p)
                }
                _ => self.addr(k, y),
            },
            IK::Index(y, i) => {
                self.expr(Hole::DISCARD, i);
                if matches!(self.pkg.types.under(y.ty), TypeKind::Slice(_)) {
                    self.expr(k.shift(1), y);
                } else {
                    self.addr(k, y);
                }
            }
            IK::Deref(p) => self.expr(k.shift(1), p),
            IK::Global(_) => {}
            // The address of a value with no home of its own (a composite
            // literal): the value's pointers flow as a dereference.
            _ => self.expr(k.shift(1), x),
        }
    }

    // ---- Solving --------------------------------------------------------------------------

    /// gc's walkAll: from every location (the heap first, then the others
    /// newest first), find what flows into it; an address reaching
    /// something that outlives it escapes, and the escaping location is
    /// walked again as a root.
    fn solve(&mut self) {
        let mut todo: VecDeque<usize> = VecDeque::new();
        for i in MUTATOR + 1..self.locs.len() {
            todo.push_front(i);
        }
        todo.push_front(MUTATOR);
        todo.push_front(HEAP);
        for l in &mut self.locs {
            l.queued = true;
        }
        let mut walkgen = 0;
        while let Some(root) = todo.pop_front() {
            self.locs[root].queued = false;
            walkgen += 1;
            self.walk_one(root, walkgen, &mut todo);
        }
    }

    /// gc's walkOne: a breadth-first walk back along the edges from `root`,
    /// keeping for each location the fewest dereferences on a path.
    fn walk_one(&mut self, root: usize, walkgen: u32, todo: &mut VecDeque<usize>) {
        self.locs[root].walkgen = walkgen;
        self.locs[root].derefs = 0;
        self.locs[root].dst = None;
        let mut work = VecDeque::from([root]);
        while let Some(l) = work.pop_front() {
            self.locs[l].queued_walk = 0;
            let mut derefs = self.locs[l].derefs;
            if derefs < 0 {
                // l's address flows to root.
                derefs = 0;
                if self.outlives(root, l) && !self.locs[l].escapes {
                    self.explain_escape(root, l);
                    self.locs[l].escapes = true;
                    self.locs[l].mutates = true;
                    if !self.locs[l].queued {
                        self.locs[l].queued = true;
                        todo.push_front(l);
                    }
                    continue;
                }
            }
            let root_mutates = self.locs[root].mutates;
            if self.is_param(l) {
                if self.outlives(root, l) {
                    if !self.locs[l].escapes {
                        self.explain_leak(root, l, derefs);
                    }
                    self.leak_to(l, root, derefs);
                }
                if root_mutates {
                    self.locs[l].leaks.add_mutator(derefs);
                }
            }
            // Reached with no dereference from something written through:
            // l is written through too, and passes that on as a root.
            if derefs == 0 && root_mutates && !self.locs[l].mutates {
                self.locs[l].mutates = true;
                if !self.locs[l].queued {
                    self.locs[l].queued = true;
                    todo.push_back(l);
                }
            }
            for i in 0..self.locs[l].edges.len() {
                let (src, ed) = (self.locs[l].edges[i].src, self.locs[l].edges[i].derefs);
                if self.locs[src].escapes {
                    continue;
                }
                let d = derefs + ed;
                if self.locs[src].walkgen != walkgen || self.locs[src].derefs > d {
                    self.locs[src].walkgen = walkgen;
                    self.locs[src].derefs = d;
                    self.locs[src].dst = Some((l, i));
                    if self.locs[src].queued_walk != walkgen {
                        self.locs[src].queued_walk = walkgen;
                        work.push_back(src);
                    }
                }
            }
        }
    }

    fn is_param(&self, l: usize) -> bool {
        match self.locs[l].kind {
            LocKind::Local(f, id) => self.func(f).params.contains(&id),
            _ => false,
        }
    }

    /// The index of a result location of function `f`, if it is one.
    fn result_index(&self, l: usize) -> Option<(usize, usize)> {
        match self.locs[l].kind {
            LocKind::Local(f, id) => self.func(f).results.iter().position(|r| *r == id).map(|i| (f, i)),
            _ => None,
        }
    }

    /// Whether `root` outlives `l` (gc's `outlives`).
    fn outlives(&self, root: usize, l: usize) -> bool {
        if self.locs[root].escapes {
            return true;
        }
        // The caller decides what happens to results: assume the worst.
        if self.result_index(root).is_some() {
            return true;
        }
        // Declared outside a loop that l is declared in: each iteration's l
        // must survive the next one.
        let same_func = match (self.locs[root].kind, self.locs[l].kind) {
            (LocKind::Local(a, _) | LocKind::Site(a, _), LocKind::Local(b, _) | LocKind::Site(b, _)) => a == b,
            _ => false,
        };
        same_func && self.locs[root].loop_depth < self.locs[l].loop_depth
    }

    fn leak_to(&mut self, param: usize, sink: usize, derefs: i32) {
        let LocKind::Local(pf, _) = self.locs[param].kind else { return };
        if !self.locs[sink].escapes {
            if let Some((f, i)) = self.result_index(sink) {
                if f == pf {
                    self.locs[param].leaks.add_result(i, derefs);
                    return;
                }
            }
        }
        self.locs[param].leaks.add_heap(derefs);
    }

    // ---- Explaining (-m=2) ----------------------------------------------------------------

    /// How `-m=2` names a location (gc's explainLoc).
    fn loc_name(&self, l: usize) -> String {
        match self.locs[l].kind {
            LocKind::Heap => "{heap}".into(),
            LocKind::Mutator => "{mutator}".into(),
            LocKind::Local(f, id) => {
                let local = self.func(f).local(id);
                if local.kind == ir::LocalKind::Temp { "{temp}".into() } else { local.name.clone() }
            }
            LocKind::Site(f, s) => format!("{{storage for {}}}", self.site_text(f, s)),
        }
    }

    /// The position and the name gc gives a location in its headers.
    fn loc_header(&self, l: usize) -> (Span, String, String) {
        match self.locs[l].kind {
            LocKind::Local(f, id) => {
                let func = self.func(f);
                (func.local(id).span, func.local(id).name.clone(), display_func(func))
            }
            LocKind::Site(f, s) => {
                let func = self.func(f);
                (func.sites[s.0 as usize].span, self.site_text(f, s), display_func(func))
            }
            LocKind::Heap | LocKind::Mutator => (Span::default(), self.loc_name(l), String::new()),
        }
    }

    /// The bytes `make([]T, len[, cap])` allocates when the last size is a
    /// local holding a constant (gc's static-value rewrite of make).
    fn static_make_size(&self, e: &ir::Expr) -> Option<u64> {
        let count = self.static_make_count(e)?;
        let TypeKind::Slice(elem) = self.pkg.types.under(e.ty) else { return None };
        count.checked_mul(self.pkg.types.size(*elem))
    }

    /// The element count of such a `make`.
    fn static_make_count(&self, e: &ir::Expr) -> Option<u64> {
        let IK::MakeSlice { len, cap, .. } = &e.kind else { return None };
        let last = cap.as_deref().unwrap_or(len);
        u64::try_from(self.statics[self.cur].make_size(last)?).ok()
    }

    fn site_text(&self, f: usize, s: ir::SiteId) -> String {
        self.site_text.get(&(f, s)).cloned().unwrap_or_default()
    }

    /// `-m=2`: `x escapes to heap in f:` and the path that made it so.
    fn explain_escape(&mut self, root: usize, l: usize) {
        if !self.explain || self.unexplained.contains(&l) {
            return;
        }
        // Composite literals of the package initializer are static data.
        if let LocKind::Site(f, s) = self.locs[l].kind {
            if self.func(f).name_span.hi == 0 && self.static_literal.contains(&(f, s)) {
                return;
            }
        }
        let (span, name, func) = self.loc_header(l);
        self.explained.push((span, format!("{name} escapes to heap in {func}:")));
        self.explain_path(root, l, span);
    }

    /// `-m=2`: `parameter p leaks to ~r0 for f with derefs=0:` and the path.
    fn explain_leak(&mut self, root: usize, l: usize, derefs: i32) {
        if !self.explain {
            return;
        }
        let (span, name, func) = self.loc_header(l);
        let to = self.loc_name(root);
        self.explained.push((span, format!("parameter {name} leaks to {to} for {func} with derefs={derefs}:")));
        self.explain_path(root, l, span);
    }

    /// gc's explainPath: from `src` back to `root` along the walk's
    /// recorded edges, a `flow:` line per edge and a `from` line per note.
    fn explain_path(&mut self, root: usize, mut src: usize, span: Span) {
        let mut visited = HashSet::new();
        while let Some((dst, edge)) = self.locs[src].dst {
            if !visited.insert(src) {
                self.explained.push((
                    span,
                    "  warning: truncated explanation due to assignment cycle; see golang.org/issue/35518".into(),
                ));
                break;
            }
            let e = &self.locs[dst].edges[edge];
            let ops = if e.derefs < 0 { "&".to_string() } else { "*".repeat(e.derefs as usize) };
            let notes = e.notes.clone();
            let line = format!("  flow: {} ← {ops}{}:", self.loc_name(dst), self.loc_name(src));
            self.explained.push((span, line));
            for n in notes {
                let line = format!("    from {} ({}) at {}", n.text, n.why, self.describe.position(n.at));
                self.explained.push((span, line));
            }
            if dst == root {
                break;
            }
            src = dst;
        }
    }
}

/// The labels of `f` that a `goto` after them jumps back to (gc's escape
/// analysis prepass: such a label heads a loop).
fn looping_labels(f: &ir::Func) -> HashSet<ir::LabelId> {
    fn visit(stmts: &[ir::Stmt], seen: &mut HashSet<ir::LabelId>, looping: &mut HashSet<ir::LabelId>) {
        for s in stmts {
            // Statements nested in expressions (inlined bodies) come first,
            // as they run before the statement completes.
            let mut inner: Vec<&[ir::Stmt]> = Vec::new();
            walk_stmt(s, &mut |e| {
                if let IK::Inlined { args, body, .. } = &e.kind {
                    inner.push(args);
                    inner.push(body);
                }
            });
            // walk_stmt reaches nested inlined bodies too; visiting them
            // twice is harmless (sets).
            for body in inner {
                visit(body, seen, looping);
            }
            match &s.kind {
                SK::Label(l) => {
                    seen.insert(*l);
                }
                SK::Goto(l) if seen.contains(l) => {
                    looping.insert(*l);
                }
                SK::If { then, els, .. } => {
                    visit(then, seen, looping);
                    visit(els, seen, looping);
                }
                SK::Loop { body, post, .. } => {
                    visit(body, seen, looping);
                    visit(post, seen, looping);
                }
                SK::Switch { clauses, .. } => clauses.iter().for_each(|c| visit(&c.body, seen, looping)),
                SK::Block(body) | SK::RangeMap { body, .. } => visit(body, seen, looping),
                _ => {}
            }
        }
    }
    let (mut seen, mut looping) = (HashSet::new(), HashSet::new());
    visit(&f.body, &mut seen, &mut looping);
    looping
}

/// How gc names a function in messages: `f` in package main.
fn display_func(f: &ir::Func) -> String {
    f.symbol.strip_prefix("main.").unwrap_or(&f.symbol).to_string()
}

/// gc's isSelfAssign: an assignment that stores back into the object it
/// reads from (`b.buf = b.buf[1:]`, `x.a[0], x.a[1] = x.a[1], x.a[0]`)
/// puts no new pointer anywhere, so escape analysis ignores it.
fn is_self_assign(dst: &ir::Expr, src: &ir::Expr) -> bool {
    // dst = *p or p.f; src a slice of *p or p.f (not of an array value).
    let base_name = |e: &ir::Expr| match &e.kind {
        IK::Deref(p) => match p.kind {
            IK::Local(l) => Some(l),
            _ => None,
        },
        IK::Field(x, _) => match &x.kind {
            IK::Deref(p) => match p.kind {
                IK::Local(l) => Some(l),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    };
    if let (Some(d), IK::Slice { x, .. } | IK::StringSlice { s: x, .. }) = (base_name(dst), &src.kind) {
        if base_name(x) == Some(d) {
            return true;
        }
    }
    // val.x = val.y, val.x[i] = val.y[j]: the same safe prefix.
    match (&dst.kind, &src.kind) {
        (IK::Field(a, _), IK::Field(b, _)) => same_safe_expr(a, b),
        (IK::Index(a, i), IK::Index(b, j)) => is_safe_index(i) && is_safe_index(j) && same_safe_expr(a, b),
        _ => false,
    }
}

/// An index that cannot change memory when evaluated (gc's !mayAffectMemory).
fn is_safe_index(e: &ir::Expr) -> bool {
    match &e.kind {
        IK::Const(_) | IK::Local(_) | IK::Global(_) => true,
        IK::Binary(_, x, y) => is_safe_index(x) && is_safe_index(y),
        IK::Unary(_, x) | IK::Convert(x) => is_safe_index(x),
        _ => false,
    }
}

/// gc's ir.SameSafeExpr: the same variable, field or element path.
fn same_safe_expr(a: &ir::Expr, b: &ir::Expr) -> bool {
    match (&a.kind, &b.kind) {
        (IK::Local(x), IK::Local(y)) => x == y,
        (IK::Global(x), IK::Global(y)) => x == y,
        (IK::Field(x, i), IK::Field(y, j)) => i == j && same_safe_expr(x, y),
        (IK::Deref(x), IK::Deref(y)) | (IK::Convert(x), IK::Convert(y)) => same_safe_expr(x, y),
        (IK::Index(x, i), IK::Index(y, j)) => same_safe_expr(x, y) && same_safe_expr(i, j),
        (IK::Const(x), IK::Const(y)) => x == y,
        _ => false,
    }
}

/// The package's static call graph, as strongly connected components in
/// the order they must be analysed (callees before callers).
pub fn call_order(pkg: &ir::Package) -> Vec<Vec<ir::FuncId>> {
    let n = pkg.funcs.len();
    let mut calls: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, f) in pkg.funcs.iter().enumerate() {
        let mut visit = |e: &ir::Expr| {
            if let IK::Call { func, .. } | IK::CallSpread { func, .. } = &e.kind {
                if let IK::Func(g) = func.kind {
                    calls[i].push(g.0 as usize);
                }
            }
        };
        walk_func(f, &mut visit);
    }
    // Tarjan's algorithm; components come out callees first.
    struct T {
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        on: Vec<bool>,
        stack: Vec<usize>,
        next: usize,
        out: Vec<Vec<ir::FuncId>>,
    }
    fn visit(t: &mut T, calls: &[Vec<usize>], v: usize) {
        t.index[v] = Some(t.next);
        t.low[v] = t.next;
        t.next += 1;
        t.stack.push(v);
        t.on[v] = true;
        for &w in &calls[v] {
            match t.index[w] {
                None => {
                    visit(t, calls, w);
                    t.low[v] = t.low[v].min(t.low[w]);
                }
                Some(iw) if t.on[w] => t.low[v] = t.low[v].min(iw),
                _ => {}
            }
        }
        if Some(t.low[v]) == t.index[v] {
            let mut comp = Vec::new();
            loop {
                let w = t.stack.pop().unwrap();
                t.on[w] = false;
                comp.push(ir::FuncId(w as u32));
                if w == v {
                    break;
                }
            }
            comp.sort();
            t.out.push(comp);
        }
    }
    let mut t =
        T { index: vec![None; n], low: vec![0; n], on: vec![false; n], stack: Vec::new(), next: 0, out: Vec::new() };
    for v in 0..n {
        if t.index[v].is_none() {
            visit(&mut t, &calls, v);
        }
    }
    t.out
}

/// Escape analysis for the whole package (gc's algorithm: a graph of
/// locations with dereference counts, solved by walking from every root),
/// a batch of mutually recursive functions at a time, callees first. With
/// `explain`, the report also carries the `-m=2` explanations.
pub fn analyze(pkg: &ir::Package, describe: &dyn Describe, explain: bool) -> Report {
    let mut report = Report::default();
    for comp in call_order(pkg) {
        let comp: Vec<ir::FuncId> = comp.into_iter().filter(|f| !pkg.funcs[f.0 as usize].external).collect();
        if comp.is_empty() {
            continue;
        }
        let summaries = std::mem::take(&mut report.params);
        let mut b = Batch {
            pkg,
            funcs: comp.clone(),
            locs: Vec::new(),
            local_locs: HashMap::new(),
            site_locs: HashMap::new(),
            summaries: &summaries,
            cur: 0,
            depth: 0,
            describe,
            explain,
            explained: Vec::new(),
            self_assigns: Vec::new(),
            statics: comp
                .iter()
                .map(|f| {
                    let func = &pkg.funcs[f.0 as usize];
                    crate::gcfmt::StaticLocals {
                        autotmps: autotmp_names(pkg, func, 0),
                        ..static_locals(&pkg.types, func)
                    }
                })
                .collect(),
            site_text: HashMap::new(),
            inline_at: None,
            static_literal: HashSet::new(),
            static_init: comp.iter().map(|f| static_init_sites(&pkg.funcs[f.0 as usize])).collect(),
            new_values: HashSet::new(),
            byte_conversions: HashSet::new(),
            inline_results: HashSet::new(),
            unexplained: HashSet::new(),
            site_sizes: HashMap::new(),
            static_counts: HashMap::new(),
            looping_labels: comp
                .iter()
                .enumerate()
                .flat_map(|(i, f)| looping_labels(&pkg.funcs[f.0 as usize]).into_iter().map(move |l| (i, l)))
                .collect(),
        };
        b.new_loc(LocKind::Heap, 0);
        b.new_loc(LocKind::Mutator, 0);
        for i in 0..comp.len() {
            b.cur = i;
            b.depth = 0;
            let f = b.func(i);
            for l in f.params.iter().chain(&f.results) {
                b.local(*l);
            }
            b.stmts(&f.body);
        }
        b.solve();
        let mut messages = std::mem::take(&mut b.self_assigns);
        b.finish(&mut report.decisions, &mut report.params, &mut messages);
        messages.sort_by_key(|(s, _)| s.lo);
        report.explained.append(&mut b.explained);
        report.explained.extend(messages.iter().cloned());
        report.messages.append(&mut messages);
        // The batch's own summaries join those of the batches before it.
        let fresh = std::mem::take(&mut report.params);
        report.params = summaries;
        report.params.extend(fresh);
    }
    report.messages.sort_by_key(|(s, _)| s.lo);
    report
}

impl<'a> Batch<'a> {
    /// Decisions and `-m` messages for the batch's functions.
    fn finish(
        &self,
        decisions: &mut HashMap<String, Decisions>,
        params: &mut HashMap<ir::FuncId, Vec<Leaks>>,
        messages: &mut Vec<(Span, String)>,
    ) {
        let types = &self.pkg.types;
        for (i, fid) in self.funcs.iter().enumerate() {
            let f = self.func(i);
            let mut d = Decisions::default();
            let taken = address_taken(f);
            // Parameters: their leaks (or "does not escape").
            let mut leaks_out = Vec::new();
            for p in &f.params {
                let loc = self.local_locs.get(&(i, *p)).copied();
                let mut leaks = loc.map(|l| self.locs[l].leaks.clone()).unwrap_or_default();
                leaks.optimize();
                let local = f.local(*p);
                let escapes = loc.is_some_and(|l| self.locs[l].escapes);
                if has_pointers(types, local.ty) && !escapes && local.name != "_" {
                    if leaks.is_empty() {
                        messages.push((local.span, format!("{} does not escape", local.name)));
                    } else {
                        if let Some(h) = leaks.heap {
                            let what = if h == 0 { "leaking param" } else { "leaking param content" };
                            messages.push((local.span, format!("{what}: {}", local.name)));
                        }
                        for (ri, r) in leaks.results.iter().enumerate() {
                            if let Some(level) = r {
                                let res = &f.local(f.results[ri]).name;
                                let msg = format!("leaking param: {} to result {res} level={level}", local.name);
                                messages.push((local.span, msg));
                            }
                        }
                    }
                }
                leaks_out.push(if escapes { Leaks { heap: Some(0), mutator: None, results: vec![] } } else { leaks });
            }
            params.insert(*fid, leaks_out);
            // Variables: moved to the heap when their address escapes, or
            // when they are too big for the frame.
            for (li, l) in f.locals.iter().enumerate() {
                let id = LocalId(li as u32);
                let escapes =
                    self.local_locs.get(&(i, id)).is_some_and(|x| self.locs[*x].escapes) && taken.contains(&id);
                // gc's limit is for declared variables, not parameters.
                let big = types.size(l.ty) > MAX_STACK_VAR && l.kind == ir::LocalKind::Var;
                if escapes || big {
                    d.heap_locals.insert(id);
                    if l.kind != ir::LocalKind::Temp {
                        messages.push((l.span, format!("moved to heap: {}", l.name)));
                    }
                }
            }
            // Allocation sites met in the code (others were folded away).
            // In the package initializer gocc writes, composite literals
            // report nothing: gc lays them out statically.
            let synthetic = f.name_span.hi == 0;
            for (&(fi, site), &loc) in &self.site_locs {
                if fi != i {
                    continue;
                }
                let s = &f.sites[site.0 as usize];
                let size = s.size.or_else(|| self.site_sizes.get(&(i, site)).copied());
                let too_big = site_too_big(s.kind, size);
                let escapes = self.locs[loc].escapes || too_big;
                if escapes {
                    d.heap_sites.insert(site);
                } else if let Some(&n) = self.static_counts.get(&(i, site)) {
                    d.static_caps.insert(site, n);
                }
                let zero_copy = !self.locs[loc].mutates && !escapes && self.byte_conversions.contains(&(i, site));
                let verdict = if escapes { "escapes to heap" } else { "does not escape" };
                let text = if s.kind == ir::SiteKind::Append { "append".to_string() } else { self.site_text(i, site) };
                if self.new_values.contains(&(i, site)) {
                    if escapes {
                        messages.push((s.span, format!("moved to heap: {}", autotmp_name(f, s.span))));
                    }
                } else if !(synthetic && self.static_literal.contains(&(i, site))) {
                    messages.push((s.span, format!("{text} {verdict}")));
                }
                if zero_copy {
                    d.zero_copy.insert(site);
                    messages.push((s.span, "zero-copy string->[]byte conversion".into()));
                }
            }
            decisions.insert(f.symbol.clone(), d);
        }
    }
}

/// Whether values of `t` can hold pointers (only those get `-m` lines).
pub fn has_pointers(types: &TypeTable, t: crate::types::types::Type) -> bool {
    use crate::types::types::{Basic, TypeKind};
    match types.under(t) {
        TypeKind::Basic(b) => matches!(b, Basic::String | Basic::UnsafePointer),
        TypeKind::Array(e, n) => *n > 0 && has_pointers(types, *e),
        TypeKind::Struct(fields) => fields.iter().any(|f| has_pointers(types, f.typ)),
        _ => true,
    }
}

/// The locals gc would see through when it prints an expression or sizes
/// a `make`: assigned exactly once, a constant (`n := 10`, which the
/// checker may split into a declaration and an assignment) or a slice
/// literal, and never address-taken (gc's `ir.StaticValue`). `-m` prints
/// `make([]int, 10)` for `n := 10; make([]int, n)`, and `make([]int, 4)`
/// for `s := []int{1, 2, 3, 4}; make([]int, len(s))`.
/// Whether an allocation of `size` bytes is too big for the frame: gc's
/// limit for implicit allocations (64 KB), or for variables (128 KB).
fn site_too_big(kind: ir::SiteKind, size: Option<u64>) -> bool {
    match kind {
        ir::SiteKind::Alloc => size.is_some_and(|n| n > MAX_IMPLICIT),
        ir::SiteKind::Variable => size.is_some_and(|n| n > MAX_STACK_VAR),
        _ => false,
    }
}

/// The name gc gives the hidden variable of `new(v)` at `at`: `.autotmp_N`
/// with N the number of variables the function declared before it (gc's
/// `TempAt` numbers by `len(fn.Dcl)`): parameters, results, the variables
/// of the function's own code up to `at` (those of the statement holding
/// the call included) and the earlier `new(v)` temporaries.
fn autotmp_name(f: &ir::Func, at: Span) -> String {
    let own = |s: Span| s.lo >= f.span.lo && s.hi <= f.span.hi;
    let vars = f.locals.iter().filter(|l| match l.kind {
        ir::LocalKind::Param | ir::LocalKind::Result => true,
        ir::LocalKind::Var => l.span.lo < at.lo && own(l.span),
        ir::LocalKind::Temp => false,
    });
    let temps = f.sites.iter().filter(|s| s.kind == ir::SiteKind::Variable && s.span.lo < at.lo && own(s.span));
    format!(".autotmp_{}", vars.count() + temps.count())
}

/// The allocation sites of the package initializer that gc initializes
/// statically (its staticinit pass), so that escape analysis never sees
/// them: a package variable's composite literals (`&T{...}`, `[]T{...}`,
/// struct and array values) and what they contain, the box of a value
/// converted to an interface (a static temporary, even when the value is
/// computed at run time), `[]byte` of a constant string. A map literal is
/// built at run time, and so is everything inside it.
/// Go: cmd/compile/internal/staticinit/sched.go (`staticAssign`).
fn static_init_sites(f: &ir::Func) -> HashSet<ir::SiteId> {
    fn mark(e: &ir::Expr, out: &mut HashSet<ir::SiteId>) {
        match &e.kind {
            IK::New { site, init: Some(x) } => {
                out.insert(*site);
                mark(x, out);
            }
            IK::SliceLit { site, elems, .. } => {
                out.insert(*site);
                elems.iter().for_each(|(_, x)| mark(x, out));
            }
            IK::Composite(elems) => elems.iter().for_each(|(_, x)| mark(x, out)),
            // The box is a static temporary, whatever fills it.
            IK::MakeInterface(site, x) => {
                out.insert(*site);
                mark(x, out);
            }
            IK::ConvertSlice { site, x } if matches!(x.kind, IK::Const(_)) => {
                out.insert(*site);
            }
            // `var G = F(400)` with F's body a lone `return expr`: gc puts
            // the arguments in and lays out expr statically (staticinit's
            // staticAssignInlinedCall), when the arguments have no effects.
            IK::Inlined { args, body, results, .. } if results.len() == 1 => {
                let pure_args = args.iter().all(|a| match &a.kind {
                    SK::Decl(_, Some(x)) => !has_effects(x),
                    SK::Decl(_, None) => true,
                    _ => false,
                });
                if let (true, Some(x)) = (pure_args, lone_result(body, results[0])) {
                    mark(x, out);
                }
            }
            _ => {}
        }
    }
    /// Whether evaluating `e` calls or allocates.
    fn has_effects(e: &ir::Expr) -> bool {
        let mut effects = false;
        walk_expr(e, &mut |x| {
            effects |= !matches!(
                x.kind,
                IK::Const(_)
                    | IK::Local(_)
                    | IK::Global(_)
                    | IK::Unary(..)
                    | IK::Binary(..)
                    | IK::Compare(..)
                    | IK::Convert(_)
                    | IK::Field(..)
                    | IK::Composite(_)
            )
        });
        effects
    }
    /// The value of an inlined body that is only `result = expr` (and the
    /// declarations and jump around it).
    fn lone_result(body: &[ir::Stmt], result: LocalId) -> Option<&ir::Expr> {
        let mut found = None;
        for s in body {
            match &s.kind {
                SK::Assign(places, values) if places.len() == 1 && found.is_none() => match (&places[0], &values[..]) {
                    (ir::Place::Local(l), [v]) if *l == result => found = Some(v),
                    _ => return None,
                },
                SK::Block(inner) if found.is_none() => found = Some(lone_result(inner, result)?),
                SK::Decl(_, None) | SK::Goto(_) | SK::Label(_) => {}
                _ => return None,
            }
        }
        found
    }
    let mut out = HashSet::new();
    if f.name_span.hi != 0 {
        return out; // only gocc's own package initializer
    }
    // `var a, b any = f()` (gc's OAS2FUNC) is not static: the results,
    // in hidden locals, are boxed at run time.
    let from_results = |v: &ir::Expr| {
        let mut found = false;
        walk_expr(v, &mut |e| found |= matches!(e.kind, IK::Local(l) if f.local(l).name == ".result"));
        found
    };
    for s in &f.body {
        if let SK::Assign(places, values) = &s.kind {
            for (p, v) in places.iter().zip(values) {
                if matches!(p, ir::Place::Global(_)) && !from_results(v) {
                    mark(v, &mut out);
                }
            }
        }
    }
    out
}

/// gc's names for the hidden locals (`.result`) that hold a multi-value
/// call's results: `.autotmp_N`, N counting the variables gc's function
/// has declared before them (its `Dcl` list, as typecheck.TempAt numbers):
/// parameters and results, then in source order each declared variable and
/// one temporary per result of every multi-value call assignment (gc's
/// OAS2FUNC and comma-ok forms always assign through temporaries). In an
/// inlined body they keep the callee's names.
pub fn autotmp_names(pkg: &ir::Package, f: &ir::Func, depth: u32) -> HashMap<LocalId, String> {
    fn walk(f: &ir::Func, body: &[ir::Stmt], count: &mut usize, names: &mut HashMap<LocalId, String>) {
        ir::walk_stmts(body, &mut |s| match &s.kind {
            SK::Decl(l, _) if f.local(*l).kind == ir::LocalKind::Var => *count += 1,
            SK::AssignMulti(places, _) => {
                for (i, p) in places.iter().enumerate() {
                    if let Place::Local(t) = p {
                        if f.local(*t).name == ".result" {
                            names.insert(*t, format!(".autotmp_{}", *count + i));
                        }
                    }
                }
                *count += places.len();
            }
            _ => {}
        });
    }
    /// The `.result` locals of a body, in order.
    fn results(f: &ir::Func, body: &[ir::Stmt], out: &mut Vec<LocalId>) {
        let mut names = HashMap::new();
        let mut count = 0;
        walk(f, body, &mut count, &mut names);
        let mut found: Vec<(usize, LocalId)> =
            names.into_iter().map(|(l, n)| (n[".autotmp_".len()..].parse().unwrap_or(0), l)).collect();
        found.sort();
        out.extend(found.into_iter().map(|(_, l)| l));
    }
    let mut names = HashMap::new();
    let mut count = f.params.len() + f.results.len();
    walk(f, &f.body, &mut count, &mut names);
    if depth < 8 {
        walk_func(f, &mut |e| {
            if let IK::Inlined { inl, body, .. } = &e.kind {
                let callee_symbol = &f.inlines[*inl as usize].callee;
                let Some(callee) = pkg.funcs.iter().find(|g| &g.symbol == callee_symbol) else { return };
                let callee_names = autotmp_names(pkg, callee, depth + 1);
                let (mut mine, mut theirs) = (Vec::new(), Vec::new());
                results(f, body, &mut mine);
                results(callee, &callee.body, &mut theirs);
                for (m, t) in mine.into_iter().zip(theirs) {
                    if let Some(name) = callee_names.get(&t) {
                        names.insert(m, name.clone());
                    }
                }
            }
        });
    }
    names
}

/// The `.call` temporaries of `f` (order.rs) and the calls they hold.
pub fn call_temps(f: &ir::Func) -> HashMap<LocalId, ir::Expr> {
    let mut out = HashMap::new();
    ir::walk_stmts(&f.body, &mut |s| {
        if let SK::Decl(l, Some(e)) = &s.kind {
            if f.local(*l).kind == ir::LocalKind::Temp && f.local(*l).name == ".call" {
                out.insert(*l, e.clone());
            }
        }
    });
    out
}

pub fn static_locals(types: &TypeTable, f: &ir::Func) -> crate::gcfmt::StaticLocals {
    // For each local, its assignments: Some(value) or None (not a plain
    // assignment of a value).
    let mut stores: HashMap<LocalId, Vec<Option<&ir::Expr>>> = HashMap::new();
    fn record<'a>(stores: &mut HashMap<LocalId, Vec<Option<&'a ir::Expr>>>, l: LocalId, e: Option<&'a ir::Expr>) {
        stores.entry(l).or_default().push(e);
    }
    let mut stmts: Vec<&ir::Stmt> = Vec::new();
    ir::walk_stmts(&f.body, &mut |s| stmts.push(s));
    // Statements inside expressions: the bodies of inlined calls.
    walk_func(f, &mut |e| {
        if let IK::Inlined { args, body, .. } = &e.kind {
            ir::walk_stmts(args, &mut |s| stmts.push(s));
            ir::walk_stmts(body, &mut |s| stmts.push(s));
        }
    });
    for s in stmts {
        match &s.kind {
            SK::Decl(l, Some(e)) => record(&mut stores, *l, Some(e)),
            SK::Assign(places, values) => {
                for (p, v) in places.iter().zip(values) {
                    if let Place::Local(l) = p {
                        record(&mut stores, *l, Some(v));
                    }
                }
            }
            SK::AssignMulti(places, _) => places.iter().for_each(|p| {
                if let Place::Local(l) = p {
                    record(&mut stores, *l, None)
                }
            }),
            SK::OpAssign(Place::Local(l), ..) => record(&mut stores, *l, None),
            SK::RangeMap { key, value, .. } => key.iter().chain(value).for_each(|l| record(&mut stores, *l, None)),
            _ => {}
        }
    }
    // Address-taken locals, but `&s[i]` of a slice takes the address of
    // its backing array, not of s.
    let mut taken = HashSet::new();
    walk_func(f, &mut |e: &ir::Expr| {
        if let IK::AddrOf(x) = &e.kind {
            let mut x = &**x;
            while let IK::Field(inner, _) | IK::Index(inner, _) = &x.kind {
                if matches!(x.kind, IK::Index(..)) && matches!(types.under(inner.ty), TypeKind::Slice(_)) {
                    return;
                }
                x = inner;
            }
            if let IK::Local(l) = x.kind {
                taken.insert(l);
            }
        }
    });
    let mut statics = crate::gcfmt::StaticLocals { calls: call_temps(f), ..Default::default() };
    // Locals assigned once, and never through their address.
    let single: Vec<(LocalId, &ir::Expr)> = stores
        .iter()
        .filter(|(l, _)| !taken.contains(*l) && f.local(**l).kind != ir::LocalKind::Param)
        .filter_map(|(l, values)| match values.as_slice() {
            [Some(e)] => Some((*l, *e)),
            _ => None,
        })
        .collect();
    // gc's ir.StaticValue follows a chain to its end: `n := 100; k := n;
    // make([]int, k)` is constant-size, as is `m := len(lit)`.
    loop {
        let mut changed = false;
        for &(l, e) in &single {
            if statics.constants.contains_key(&l) || statics.slice_lens.contains_key(&l) {
                continue;
            }
            match &e.kind {
                IK::Const(v) => _ = statics.constants.insert(l, v.clone()),
                IK::SliceLit { len, .. } => _ = statics.slice_lens.insert(l, *len),
                IK::Local(x) if statics.constants.contains_key(x) => {
                    let v = statics.constants[x].clone();
                    statics.constants.insert(l, v);
                }
                IK::Local(x) if statics.slice_lens.contains_key(x) => {
                    let n = statics.slice_lens[x];
                    statics.slice_lens.insert(l, n);
                }
                IK::Builtin { which: ir::Builtin::Len, args } => match args.as_slice() {
                    [ir::Expr { kind: IK::Local(x), .. }] if statics.slice_lens.contains_key(x) => {
                        let n = statics.slice_lens[x] as i64;
                        statics.constants.insert(l, crate::types::constant::Value::int(n));
                    }
                    _ => continue,
                },
                _ => continue,
            }
            changed = true;
        }
        if !changed {
            break;
        }
    }
    statics
}
