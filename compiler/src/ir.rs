//! The typed IR: what the checker produces and the back end consumes.
//!
//! It is still a tree (like gc's `ir.Node` after typechecking), but every
//! name is resolved to a local, global or function, every expression has its
//! final type (no untyped values survive: constants are converted), and every
//! implicit operation is explicit: conversions, the boxing of a value into an
//! interface, the comparison of a switch tag with each case, the zero value
//! of a declaration. Go statements that are pure syntax are gone: `x++`
//! becomes `x += 1`, `for` loops have one shape, `switch` clauses hold
//! boolean conditions.
//!
//! A tree rather than SSA because the back end is Cranelift, which builds
//! SSA itself (cranelift-frontend's `Variable`s), and because escape
//! analysis and inlining, like gc's, work best on a tree.
//!
//! Invariants:
//! - `Expr::ty` is never an untyped type.
//! - Binary arithmetic operands have the expression's type; comparison
//!   operands have identical types; shift counts are unsigned or signed
//!   integers of any width.
//! - `Local` ids index `Func::locals`; parameters come first, in order, then
//!   results, then everything else.
//!
//! Go: src/cmd/compile/internal/ir.

use crate::source::Span;
use crate::syntax::ast::{BinaryOp, UnaryOp};
use crate::types::constant::Value;
use crate::types::types::{Type, TypeTable};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LocalId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GlobalId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FuncId(pub u32);
/// A jump target: a loop, a switch, or a `goto` label.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LabelId(pub u32);

pub struct Package {
    pub types: TypeTable,
    pub funcs: Vec<Func>,
    pub globals: Vec<Global>,
    /// `main.main`.
    pub main: Option<FuncId>,
    /// `main.init`: the package initializer the compiler writes (the
    /// package-level variables, in dependency order).
    pub init: FuncId,
    /// The `init` functions (`main.init.0`...), in source order. The runtime
    /// calls `main.init` and then these, from `main..inittask`.
    pub inits: Vec<FuncId>,
}

#[derive(Clone, Debug)]
pub struct Global {
    pub name: String,
    /// Linker symbol, `main.x`.
    pub symbol: String,
    pub ty: Type,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LocalKind {
    Param,
    Result,
    Var,
    /// A temporary the checker introduced.
    Temp,
}

#[derive(Clone, Debug)]
pub struct Local {
    pub name: String,
    pub ty: Type,
    pub kind: LocalKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Func {
    /// Go name as the user wrote it (`f`, `init.0` for the first init).
    pub name: String,
    /// Linker symbol: `main.f`.
    pub symbol: String,
    pub params: Vec<LocalId>,
    pub results: Vec<LocalId>,
    pub locals: Vec<Local>,
    pub body: Vec<Stmt>,
    pub span: Span,
    /// `//go:noinline` and friends.
    pub pragmas: Vec<String>,
    pub labels: u32,
    /// The allocation sites (indexed by `SiteId`), for escape analysis and `-m`.
    pub sites: Vec<Site>,
    /// Declared without a body: implemented by the runtime (as gc's
    /// assembly functions are), e.g. `runtime.ReadMemStats`.
    pub external: bool,
    /// The function's name in its declaration (where `-m` reports it).
    pub name_span: Span,
    /// The calls inlined into this function (`ExprKind::Inlined`): gc's
    /// inline tree, which tracebacks use to print inlined frames.
    pub inlines: Vec<InlinedCall>,
}

/// One inlined call: a node of the function's inline tree.
#[derive(Clone, Debug)]
pub struct InlinedCall {
    /// The callee's symbol (`main.box`), as a traceback prints its frame.
    pub callee: String,
    /// The callee's declaration: the inlined statements' file is its file.
    pub callee_span: Span,
    /// The call in the parent's code (the parent's frame shows its line).
    pub call: Span,
    /// The inlined call this one was inlined into, if any.
    pub parent: Option<u32>,
}

impl Func {
    pub fn local(&self, id: LocalId) -> &Local {
        &self.locals[id.0 as usize]
    }
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

/// Where an assignment stores.
#[derive(Clone, Debug)]
pub enum Place {
    Local(LocalId),
    Global(GlobalId),
    /// `_ = x`: evaluate and drop.
    Blank,
    /// Any other addressable expression: `*p`, `x.f`, `a[i]`, `s[i]`
    /// (an `Expr` for which `ssagen` can compute an address).
    Addr(Box<Expr>),
    /// `m[k] = v`: `runtime.mapassign`.
    MapIndex {
        map: Box<Expr>,
        key: Box<Expr>,
    },
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Expr(Expr),
    /// Declares a local, initialised with the value or the zero value.
    Decl(LocalId, Option<Expr>),
    /// `a, b = x, y`: all right-hand sides are evaluated before any store.
    Assign(Vec<Place>, Vec<Expr>),
    /// `a, b = f()` where `f` returns several values.
    AssignMulti(Vec<Place>, Expr),
    /// `x op= y`.
    OpAssign(Place, BinaryOp, Expr),
    If {
        cond: Expr,
        then: Vec<Stmt>,
        els: Vec<Stmt>,
    },
    /// Every `for` loop: `for ; cond; post { body }`. `continue` jumps to
    /// `post`, `break` past the loop.
    Loop {
        label: LabelId,
        cond: Option<Expr>,
        body: Vec<Stmt>,
        post: Vec<Stmt>,
    },
    /// A switch after the checker's desugaring: the tag (if any) is in a
    /// temporary and each clause has the boolean conditions that select it.
    Switch {
        label: LabelId,
        clauses: Vec<SwitchClause>,
    },
    Block(Vec<Stmt>),
    Break(LabelId),
    Continue(LabelId),
    Goto(LabelId),
    Label(LabelId),
    /// `return a, b` with the values, or `return` (values taken from the
    /// named results) with an empty list.
    Return(Vec<Expr>),
    /// `return f()` where `f` returns several values.
    ReturnMulti(Expr),
    /// `for k, v := range m`: iterates with `runtime.mapiterinit/next`,
    /// storing each entry's key and value in the hidden locals `key` and
    /// `value` before running `body` (which copies them to the user's
    /// variables).
    RangeMap {
        label: LabelId,
        map: Expr,
        key: Option<LocalId>,
        value: Option<LocalId>,
        body: Vec<Stmt>,
    },
}

#[derive(Clone, Debug)]
pub struct SwitchClause {
    /// Any true condition selects the clause; empty for `default`.
    pub conds: Vec<Expr>,
    pub is_default: bool,
    pub body: Vec<Stmt>,
    /// The clause ends with `fallthrough`.
    pub fallthrough: bool,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub ty: Type,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    Print,
    Println,
    Panic,
    Len,
    Cap,
    /// `copy(dst, src)`: the number of elements copied.
    Copy,
    /// `delete(m, k)`.
    Delete,
}

/// What a composite literal's element initializes.
#[derive(Clone, Debug)]
pub enum ElemKey {
    /// A struct field, by index.
    Field(usize),
    /// An array or slice index.
    Index(u64),
    /// A map key.
    Key(Expr),
}

/// An allocation site, as `-m` reports it.
#[derive(Clone, Debug)]
pub struct Site {
    /// Where gc reports it (`&` of `&T{...}`, `make`, the `{` of `[]T{...}`).
    pub span: Span,
    /// The source expression (`-m` prints the typed IR instead, gcfmt.rs;
    /// this tells a map literal from `make(map[K]V)`).
    pub expr: crate::syntax::ast::Expr,
    /// The bytes it allocates when known at compile time (gc's 64 KB limit
    /// for implicit allocations applies).
    pub size: Option<u64>,
    /// A conversion to an interface (`x escapes to heap`), reported by the
    /// converted value's text.
    pub kind: SiteKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SiteKind {
    /// `new`, `&T{}`, `make`, slice and map literals, conversions to slices.
    Alloc,
    /// `append`'s new backing array.
    Append,
    /// A string concatenation or `string(bytes)`: a new string.
    String,
    /// Boxing a value into an interface.
    Box,
    /// `new(v)` of a value (Go 1.26): gc's hidden variable `.autotmp_N :=
    /// v`, whose address is the result. A variable for the size limits
    /// (128 KB, not 64 KB) and for `-m` (`moved to heap: .autotmp_N`).
    Variable,
}

/// Where a value lives, as escape analysis decided. Every `AddrOf` of a
/// composite literal, `New`, `MakeSlice`, `SliceLit`, `MakeMap` and string
/// conversion to a slice is an allocation site with an id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SiteId(pub u32);

#[derive(Clone, Debug)]
pub enum ExprKind {
    Const(Value),
    Local(LocalId),
    Global(GlobalId),
    Func(FuncId),
    Unary(UnaryOp, Box<Expr>),
    /// Arithmetic, bitwise and shift operators (`&&`, `||` included: they
    /// short-circuit).
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
    /// Comparison; the result type is the expression's (a boolean type).
    Compare(BinaryOp, Box<Expr>, Box<Expr>),
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
    },
    /// A call the inliner replaced with the callee's body (`inline.rs`):
    /// `args` declares the parameters, initialised with the arguments (the
    /// caller's code); `body` declares the results and runs the callee's
    /// statements (each `return` became an assignment to the results and a
    /// `goto` to the body's last label); the value is `results`. `inl`
    /// indexes `Func::inlines`: the body's code belongs to that frame.
    Inlined {
        inl: u32,
        args: Vec<Stmt>,
        body: Vec<Stmt>,
        results: Vec<LocalId>,
    },
    /// `f(g())` where `g` returns as many values as `f` takes.
    CallSpread {
        func: Box<Expr>,
        arg: Box<Expr>,
    },
    Builtin {
        which: Builtin,
        args: Vec<Expr>,
    },
    /// `print(g())`/`println(g())` of a multi-value call.
    BuiltinSpread {
        which: Builtin,
        arg: Box<Expr>,
    },
    /// A conversion to the expression's type.
    Convert(Box<Expr>),
    /// Boxing a value into an interface (the expression's type).
    MakeInterface(SiteId, Box<Expr>),
    /// `s[i]` of a string.
    StringIndex(Box<Expr>, Box<Expr>),
    /// `s[lo:hi]` of a string.
    StringSlice {
        s: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
    },
    /// `a + b + c` of strings, as one runtime call.
    Concat(SiteId, Vec<Expr>),

    // ---- Memory -----------------------------------------------------------
    /// `&x` of an addressable expression (a variable, `*p`, `x.f`, `a[i]`).
    AddrOf(Box<Expr>),
    /// `&T{...}` or `new(T)` (with `init: None`): a new variable, on the stack
    /// or the heap as escape analysis decides for `site`.
    New {
        site: SiteId,
        init: Option<Box<Expr>>,
    },
    /// `*p`. A nil `p` faults, and the runtime turns the SIGSEGV into gc's
    /// nil-dereference panic.
    Deref(Box<Expr>),
    /// `x.f` of a struct value (embedded fields are explicit steps).
    Field(Box<Expr>, usize),
    /// `a[i]` of an array or slice (bounds-checked).
    Index(Box<Expr>, Box<Expr>),
    /// `x[lo:hi:max]` of an addressable array, a pointer to an array, or a slice.
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
    },
    /// A struct or array value built from its elements (the rest are zero).
    Composite(Vec<(ElemKey, Expr)>),
    /// `[]T{...}`: a new backing array of `len` elements at `site`, then the slice.
    SliceLit {
        site: SiteId,
        len: u64,
        elems: Vec<(ElemKey, Expr)>,
    },
    /// `make([]T, len, cap)`.
    MakeSlice {
        site: SiteId,
        len: Box<Expr>,
        cap: Option<Box<Expr>>,
    },
    /// `make(map[K]V, hint)` or a map literal's map (`entries`).
    MakeMap {
        site: SiteId,
        hint: Option<Box<Expr>>,
        entries: Vec<(Expr, Expr)>,
    },
    /// `m[k]`: the value, or the zero value.
    MapIndex(Box<Expr>, Box<Expr>),
    /// `m[k]` in `v, ok := m[k]`: a (value, bool) tuple.
    MapIndexOk(Box<Expr>, Box<Expr>),
    /// `append(s, elems...)`, or `append(s, other...)` when `spread`; `site`
    /// is the new backing array it may allocate.
    Append {
        site: SiteId,
        s: Box<Expr>,
        elems: Vec<Expr>,
        spread: bool,
    },
    /// The conversions that allocate: `string` ↔ `[]byte`/`[]rune`, and
    /// `string(r)` of an integer (the direction is in the types).
    ConvertSlice {
        site: SiteId,
        x: Box<Expr>,
    },
    /// For `range` over a string: the rune at byte index `i` and the index
    /// after it, as a (rune, int) tuple.
    DecodeRune {
        s: Box<Expr>,
        i: Box<Expr>,
    },
}

impl Expr {
    pub fn new(kind: ExprKind, ty: Type, span: Span) -> Expr {
        Expr { kind, ty, span }
    }
}

/// A pass that rewrites the tree in place (the inliner). Every hook runs
/// after the node's children were visited, so a hook sees rewritten
/// children and may replace its node wholesale.
pub trait Rewriter {
    fn expr(&mut self, _e: &mut Expr) {}
    fn stmt(&mut self, _s: &mut Stmt) {}
    fn place(&mut self, _p: &mut Place) {}
    /// A local named outside any expression or place (a declaration, a
    /// range map's hidden key and value, an inlined call's results).
    fn local(&mut self, _l: &mut LocalId) {}
    fn label(&mut self, _l: &mut LabelId) {}
    fn site(&mut self, _s: &mut SiteId) {}
}

/// Every statement of `body` and of the statement lists nested in it (if,
/// loop, switch and range bodies, blocks), in source order, each before
/// the ones inside it. Statements inside expressions (inlined bodies) are
/// not visited.
pub fn walk_stmts<'a>(body: &'a [Stmt], visit: &mut dyn FnMut(&'a Stmt)) {
    for s in body {
        visit(s);
        match &s.kind {
            StmtKind::If { then, els, .. } => {
                walk_stmts(then, visit);
                walk_stmts(els, visit);
            }
            StmtKind::Loop { body, post, .. } => {
                walk_stmts(body, visit);
                walk_stmts(post, visit);
            }
            StmtKind::Switch { clauses, .. } => clauses.iter().for_each(|c| walk_stmts(&c.body, visit)),
            StmtKind::Block(body) | StmtKind::RangeMap { body, .. } => walk_stmts(body, visit),
            _ => {}
        }
    }
}

/// Whether an expression calls a function or a builtin with a non-constant
/// result (types2's hasCallOrRecv: `len(x)` is not constant when x does);
/// constant builtins were folded away and conversions are not calls. An
/// inlined call is still a call.
pub fn calls_function(x: &Expr) -> bool {
    let mut calls = false;
    crate::escape::walk_expr(x, &mut |e| {
        calls |= matches!(
            e.kind,
            ExprKind::Call { .. }
                | ExprKind::CallSpread { .. }
                | ExprKind::Inlined { .. }
                | ExprKind::Builtin { .. }
                | ExprKind::BuiltinSpread { .. }
                | ExprKind::Append { .. }
                | ExprKind::MakeSlice { .. }
                | ExprKind::MakeMap { .. }
                | ExprKind::New { init: None, .. }
        )
    });
    calls
}

pub fn rewrite_stmts(r: &mut dyn Rewriter, stmts: &mut [Stmt]) {
    for s in stmts {
        rewrite_stmt(r, s);
    }
}

pub fn rewrite_stmt(r: &mut dyn Rewriter, s: &mut Stmt) {
    match &mut s.kind {
        StmtKind::Expr(e) | StmtKind::ReturnMulti(e) => rewrite_expr(r, e),
        StmtKind::Decl(l, init) => {
            r.local(l);
            if let Some(e) = init {
                rewrite_expr(r, e);
            }
        }
        StmtKind::Assign(places, values) => {
            places.iter_mut().for_each(|p| rewrite_place(r, p));
            values.iter_mut().for_each(|e| rewrite_expr(r, e));
        }
        StmtKind::AssignMulti(places, e) => {
            places.iter_mut().for_each(|p| rewrite_place(r, p));
            rewrite_expr(r, e);
        }
        StmtKind::OpAssign(p, _, e) => {
            rewrite_place(r, p);
            rewrite_expr(r, e);
        }
        StmtKind::If { cond, then, els } => {
            rewrite_expr(r, cond);
            rewrite_stmts(r, then);
            rewrite_stmts(r, els);
        }
        StmtKind::Loop { label, cond, body, post } => {
            r.label(label);
            if let Some(c) = cond {
                rewrite_expr(r, c);
            }
            rewrite_stmts(r, body);
            rewrite_stmts(r, post);
        }
        StmtKind::Switch { label, clauses } => {
            r.label(label);
            for c in clauses {
                c.conds.iter_mut().for_each(|e| rewrite_expr(r, e));
                rewrite_stmts(r, &mut c.body);
            }
        }
        StmtKind::Block(stmts) => rewrite_stmts(r, stmts),
        StmtKind::Break(l) | StmtKind::Continue(l) | StmtKind::Goto(l) | StmtKind::Label(l) => r.label(l),
        StmtKind::Return(values) => values.iter_mut().for_each(|e| rewrite_expr(r, e)),
        StmtKind::RangeMap { label, map, key, value, body } => {
            r.label(label);
            rewrite_expr(r, map);
            if let Some(k) = key {
                r.local(k);
            }
            if let Some(v) = value {
                r.local(v);
            }
            rewrite_stmts(r, body);
        }
    }
    r.stmt(s);
}

pub fn rewrite_place(r: &mut dyn Rewriter, p: &mut Place) {
    match p {
        Place::Addr(e) => rewrite_expr(r, e),
        Place::MapIndex { map, key } => {
            rewrite_expr(r, map);
            rewrite_expr(r, key);
        }
        Place::Local(_) | Place::Global(_) | Place::Blank => {}
    }
    r.place(p);
}

pub fn rewrite_expr(r: &mut dyn Rewriter, e: &mut Expr) {
    use ExprKind as K;
    let mut x = |e: &mut Expr| rewrite_expr(r, e);
    match &mut e.kind {
        K::Const(_) | K::Local(_) | K::Global(_) | K::Func(_) => {}
        K::Unary(_, a) | K::Convert(a) | K::AddrOf(a) | K::Deref(a) | K::Field(a, _) => x(a),
        K::Binary(_, a, b) | K::Compare(_, a, b) | K::StringIndex(a, b) | K::Index(a, b) => {
            x(a);
            x(b);
        }
        K::MapIndex(a, b) | K::MapIndexOk(a, b) | K::DecodeRune { s: a, i: b } => {
            x(a);
            x(b);
        }
        K::Call { func, args } => {
            x(func);
            args.iter_mut().for_each(x);
        }
        K::Inlined { args, body, .. } => {
            rewrite_stmts(r, args);
            rewrite_stmts(r, body);
        }
        K::CallSpread { func, arg } => {
            x(func);
            x(arg);
        }
        K::Builtin { args, .. } => args.iter_mut().for_each(x),
        K::BuiltinSpread { arg, .. } => x(arg),
        K::StringSlice { s, lo, hi } => {
            x(s);
            lo.iter_mut().chain(hi.iter_mut()).for_each(|b| x(b));
        }
        K::Slice { x: a, lo, hi, max } => {
            x(a);
            lo.iter_mut().chain(hi.iter_mut()).chain(max.iter_mut()).for_each(|b| x(b));
        }
        K::Composite(elems) => elems.iter_mut().for_each(|(_, v)| x(v)),
        K::New { init, .. } => init.iter_mut().for_each(|v| x(v)),
        K::SliceLit { elems, .. } => elems.iter_mut().for_each(|(_, v)| x(v)),
        K::MakeSlice { len, cap, .. } => {
            x(len);
            cap.iter_mut().for_each(|c| x(c));
        }
        K::MakeMap { hint, entries, .. } => {
            hint.iter_mut().for_each(|h| x(h));
            for (k, v) in entries {
                x(k);
                x(v);
            }
        }
        K::Append { s, elems, .. } => {
            x(s);
            elems.iter_mut().for_each(x);
        }
        K::ConvertSlice { x: a, .. } | K::MakeInterface(_, a) => x(a),
        K::Concat(_, parts) => parts.iter_mut().for_each(x),
    }
    match &mut e.kind {
        K::New { site, .. }
        | K::SliceLit { site, .. }
        | K::MakeSlice { site, .. }
        | K::MakeMap { site, .. }
        | K::Append { site, .. }
        | K::ConvertSlice { site, .. }
        | K::Concat(site, _)
        | K::MakeInterface(site, _) => r.site(site),
        K::Inlined { results, .. } => results.iter_mut().for_each(|l| r.local(l)),
        _ => {}
    }
    r.expr(e);
}
