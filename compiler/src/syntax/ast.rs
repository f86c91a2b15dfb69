//! The syntax tree: what the parser produces, before names are resolved.
//!
//! It follows the shape of Go's own `syntax` package: types are expressions
//! (`[]int` in `[]int{1}` or `make([]int, n)` is an `Expr`), a declaration
//! group keeps its specs, and every node has a `Span`. Nothing here knows
//! what a name means; `types::check` decides that and produces `ir`.
//!
//! `Bad` nodes stand where the parser recovered from an error, so the tree is
//! always complete and later phases can keep going (they report nothing new
//! about a `Bad` node).
//!
//! Go: src/cmd/compile/internal/syntax/nodes.go.

use crate::source::Span;

#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

#[derive(Clone, Debug, Default)]
pub struct File {
    pub package: Option<Ident>,
    pub imports: Vec<ImportSpec>,
    pub decls: Vec<Decl>,
}

#[derive(Clone, Debug)]
pub struct ImportSpec {
    pub name: Option<Ident>,
    pub path: String,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum Decl {
    Func(FuncDecl),
    /// `var`, `const` or `type`, possibly a parenthesised group.
    Gen(GenDecl),
    Bad(Span),
}

#[derive(Clone, Debug)]
pub struct FuncDecl {
    pub recv: Option<Field>,
    pub name: Ident,
    pub typ: FuncType,
    pub body: Option<Block>,
    /// `//go:noinline` and friends written just above the declaration.
    pub pragmas: Vec<String>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeclKind {
    Var,
    Const,
    Type,
}

#[derive(Clone, Debug)]
pub struct GenDecl {
    pub kind: DeclKind,
    pub specs: Vec<Spec>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum Spec {
    Value(ValueSpec),
    Type(TypeSpec),
}

/// `a, b int = 1, 2` in a var or const declaration.
#[derive(Clone, Debug)]
pub struct ValueSpec {
    pub names: Vec<Ident>,
    pub typ: Option<Expr>,
    pub values: Vec<Expr>,
    /// The index of this spec in its const group (the value of `iota`).
    pub iota: u32,
    /// For a const spec without values: the values were inherited from the
    /// previous spec (Go's implicit repetition).
    pub implicit: bool,
    pub span: Span,
}

/// `type T U` or `type T = U`.
#[derive(Clone, Debug)]
pub struct TypeSpec {
    pub name: Ident,
    pub alias: bool,
    pub typ: Expr,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FuncType {
    pub params: Vec<Field>,
    pub results: Vec<Field>,
    pub span: Span,
}

/// One entry of a parameter, result or struct field list: `a, b int`, or a
/// type alone (`int`, or an embedded field).
#[derive(Clone, Debug)]
pub struct Field {
    pub names: Vec<Ident>,
    pub typ: Expr,
    /// `...T` as the last parameter.
    pub variadic: bool,
    pub tag: Option<String>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub span: Span,
    /// The closing brace (gc reports `missing return` there).
    pub rbrace: Span,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BranchKind {
    Break,
    Continue,
    Goto,
    Fallthrough,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `+=`, `<<=`...
    Op(BinaryOp),
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Empty,
    Expr(Expr),
    Send {
        chan: Expr,
        value: Expr,
    },
    IncDec {
        x: Expr,
        inc: bool,
    },
    Assign {
        lhs: Vec<Expr>,
        op: AssignOp,
        rhs: Vec<Expr>,
        /// The operator token: gc's position of the statement (`no new
        /// variables on left side of :=` points at the `:=`).
        op_span: Span,
    },
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Branch {
        kind: BranchKind,
        label: Option<Ident>,
    },
    Block(Block),
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        els: Option<Box<Stmt>>,
    },
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        clauses: Vec<CaseClause>,
        lbrace: Span,
    },
    TypeSwitch {
        init: Option<Box<Stmt>>,
        bind: Option<Ident>,
        x: Expr,
        clauses: Vec<CaseClause>,
    },
    Select {
        clauses: Vec<CommClause>,
    },
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for k, v := range x` (`define`) or `for k, v = range x`.
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        define: bool,
        x: Expr,
        body: Block,
        /// A third iteration variable: a type error in gc, not a syntax
        /// error, so the checker reports it (and checks the rest).
        extra: Option<Span>,
    },
    Labeled {
        label: Ident,
        stmt: Box<Stmt>,
    },
    Decl(GenDecl),
    Bad,
}

#[derive(Clone, Debug)]
pub struct CaseClause {
    /// `None` for `default:`.
    pub exprs: Option<Vec<Expr>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct CommClause {
    /// `None` for `default:`.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Quo,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    LAnd,
    LOr,
    Eql,
    Neq,
    Lss,
    Leq,
    Gtr,
    Geq,
}

impl BinaryOp {
    pub fn text(self) -> &'static str {
        use BinaryOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Quo => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            LAnd => "&&",
            LOr => "||",
            Eql => "==",
            Neq => "!=",
            Lss => "<",
            Leq => "<=",
            Gtr => ">",
            Geq => ">=",
        }
    }

    pub fn is_comparison(self) -> bool {
        use BinaryOp::*;
        matches!(self, Eql | Neq | Lss | Leq | Gtr | Geq)
    }

    pub fn is_shift(self) -> bool {
        matches!(self, BinaryOp::Shl | BinaryOp::Shr)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Pos,
    Neg,
    Not,
    /// `^x`
    Xor,
    /// `&x`
    Addr,
    /// `<-ch`
    Recv,
    /// `~T` (only in constraints)
    Tilde,
}

impl UnaryOp {
    pub fn text(self) -> &'static str {
        match self {
            UnaryOp::Pos => "+",
            UnaryOp::Neg => "-",
            UnaryOp::Not => "!",
            UnaryOp::Xor => "^",
            UnaryOp::Addr => "&",
            UnaryOp::Recv => "<-",
            UnaryOp::Tilde => "~",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Char,
    String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct KeyedElement {
    pub key: Option<Expr>,
    pub value: Expr,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Bad,
    Name(String),
    BasicLit {
        kind: LitKind,
        text: String,
    },
    /// `T{...}`; `typ` is `None` for an elided type inside another literal.
    CompositeLit {
        typ: Option<Box<Expr>>,
        elems: Vec<KeyedElement>,
        rbrace: Span,
    },
    FuncLit {
        typ: FuncType,
        body: Block,
    },
    Paren(Box<Expr>),
    Selector {
        x: Box<Expr>,
        sel: Ident,
    },
    Index {
        x: Box<Expr>,
        index: Vec<Expr>,
    },
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
    },
    /// `x.(T)`, or `x.(type)` in a type switch (`typ` is `None`).
    TypeAssert {
        x: Box<Expr>,
        typ: Option<Box<Expr>>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        ellipsis: bool,
        /// The parentheses (gc reports calls at the `(`).
        lparen: Span,
        rparen: Span,
    },
    /// `*x`: a dereference or a pointer type.
    Star(Box<Expr>),
    Unary {
        op: UnaryOp,
        x: Box<Expr>,
    },
    Binary {
        op: BinaryOp,
        x: Box<Expr>,
        y: Box<Expr>,
    },
    /// `[N]T`, `[...]T` (`len` is an `Ellipsis` expr) or `[]T` (`len` is `None`).
    ArrayType {
        len: Option<Box<Expr>>,
        elem: Box<Expr>,
    },
    Ellipsis,
    StructType(Vec<Field>),
    FuncType(FuncType),
    InterfaceType(Vec<Field>),
    MapType {
        key: Box<Expr>,
        value: Box<Expr>,
    },
    ChanType {
        dir: ChanDir,
        elem: Box<Expr>,
    },
}

impl Expr {
    pub fn bad(span: Span) -> Expr {
        Expr { kind: ExprKind::Bad, span }
    }

    /// The expression without any enclosing parentheses.
    pub fn unparen(&self) -> &Expr {
        let mut e = self;
        while let ExprKind::Paren(inner) = &e.kind {
            e = inner;
        }
        e
    }
}
