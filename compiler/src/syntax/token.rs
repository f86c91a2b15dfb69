//! Go's tokens (The Go Programming Language Specification, "Lexical elements").
//!
//! Literals keep their source text; `literal.rs` turns the text into values.
//! An automatic semicolon (inserted at a newline or at end of file) is the same
//! `Semi` token as a written one, so the grammar need not care; its span covers
//! the newline (or is empty at EOF), which is how error messages tell
//! "unexpected newline" from "unexpected semicolon".
//!
//! Go: src/cmd/compile/internal/syntax/tokens.go.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Token {
    Ident(String),
    Int(String),
    Float(String),
    Imag(String),
    Char(String),
    Str(String),

    // Keywords.
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,

    // Operators.
    Add,          // +
    Sub,          // -
    Mul,          // *
    Quo,          // /
    Rem,          // %
    And,          // &
    Or,           // |
    Xor,          // ^
    Shl,          // <<
    Shr,          // >>
    AndNot,       // &^
    AddAssign,    // +=
    SubAssign,    // -=
    MulAssign,    // *=
    QuoAssign,    // /=
    RemAssign,    // %=
    AndAssign,    // &=
    OrAssign,     // |=
    XorAssign,    // ^=
    ShlAssign,    // <<=
    ShrAssign,    // >>=
    AndNotAssign, // &^=
    LAnd,         // &&
    LOr,          // ||
    Arrow,        // <-
    Inc,          // ++
    Dec,          // --
    Eql,          // ==
    Lss,          // <
    Gtr,          // >
    Assign,       // =
    Not,          // !
    Tilde,        // ~
    Neq,          // !=
    Leq,          // <=
    Geq,          // >=
    Define,       // :=
    Ellipsis,     // ...

    LParen,
    LBrack,
    LBrace,
    Comma,
    Period,
    RParen,
    RBrack,
    RBrace,
    Semi,
    Colon,
}

pub const KEYWORDS: &[(&str, Token)] = &[
    ("break", Token::Break),
    ("case", Token::Case),
    ("chan", Token::Chan),
    ("const", Token::Const),
    ("continue", Token::Continue),
    ("default", Token::Default),
    ("defer", Token::Defer),
    ("else", Token::Else),
    ("fallthrough", Token::Fallthrough),
    ("for", Token::For),
    ("func", Token::Func),
    ("go", Token::Go),
    ("goto", Token::Goto),
    ("if", Token::If),
    ("import", Token::Import),
    ("interface", Token::Interface),
    ("map", Token::Map),
    ("package", Token::Package),
    ("range", Token::Range),
    ("return", Token::Return),
    ("select", Token::Select),
    ("struct", Token::Struct),
    ("switch", Token::Switch),
    ("type", Token::Type),
    ("var", Token::Var),
];

impl Token {
    pub fn is_keyword(&self) -> bool {
        KEYWORDS.iter().any(|(_, t)| t == self)
    }

    pub fn is_literal(&self) -> bool {
        matches!(self, Token::Int(_) | Token::Float(_) | Token::Imag(_) | Token::Char(_) | Token::Str(_))
    }

    /// The operator or punctuation text, as written in Go.
    pub fn text(&self) -> &str {
        use Token::*;
        match self {
            Ident(s) | Int(s) | Float(s) | Imag(s) | Char(s) | Str(s) => s,
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
            AddAssign => "+=",
            SubAssign => "-=",
            MulAssign => "*=",
            QuoAssign => "/=",
            RemAssign => "%=",
            AndAssign => "&=",
            OrAssign => "|=",
            XorAssign => "^=",
            ShlAssign => "<<=",
            ShrAssign => ">>=",
            AndNotAssign => "&^=",
            LAnd => "&&",
            LOr => "||",
            Arrow => "<-",
            Inc => "++",
            Dec => "--",
            Eql => "==",
            Lss => "<",
            Gtr => ">",
            Assign => "=",
            Not => "!",
            Tilde => "~",
            Neq => "!=",
            Leq => "<=",
            Geq => ">=",
            Define => ":=",
            Ellipsis => "...",
            LParen => "(",
            LBrack => "[",
            LBrace => "{",
            Comma => ",",
            Period => ".",
            RParen => ")",
            RBrack => "]",
            RBrace => "}",
            Semi => ";",
            Colon => ":",
            kw => KEYWORDS.iter().find(|(_, t)| t == kw).map_or("?", |(s, _)| s),
        }
    }
}

/// How gc's syntax errors name a token: `name x`, `literal 1`, `keyword
/// func`, `comma`, `newline`... (`newline` and `EOF` are decided by the caller,
/// who can see the source text of a semicolon's span).
impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Token::Ident(s) => write!(f, "name {s}"),
            t if t.is_literal() => write!(f, "literal {}", t.text()),
            t if t.is_keyword() => write!(f, "keyword {}", t.text()),
            Token::Comma => write!(f, "comma"),
            Token::Semi => write!(f, "semicolon"),
            t => write!(f, "{}", t.text()),
        }
    }
}
