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
}

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
    MakeInterface(Box<Expr>),
    /// `s[i]` of a string.
    StringIndex(Box<Expr>, Box<Expr>),
    /// `s[lo:hi]` of a string.
    StringSlice {
        s: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
    },
    /// `a + b + c` of strings, as one runtime call.
    Concat(Vec<Expr>),
}

impl Expr {
    pub fn new(kind: ExprKind, ty: Type, span: Span) -> Expr {
        Expr { kind, ty, span }
    }
}
