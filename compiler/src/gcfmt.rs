//! How gc prints an expression in an `-m` message (`&Account{...} escapes
//! to heap`, `"[" + s + "]" does not escape`, `make([]int, 10)`).
//!
//! gc prints its typed IR, not the source, so gocc prints its typed IR
//! too: that is what gives the same text as gc in the cases where the two
//! differ from the source. Named constants appear as their values; an
//! untyped constant converted to a type other than its kind's default
//! prints as a conversion (`b >> uint(4)`, `Name("al")`, but `s + "x"`); a
//! concatenation is one node listing all its operands; an inlined call
//! prints as the variable holding its result (`~r0`); implicit conversions
//! and dereferences vanish (`p.f` for `(*p).f`); an unnamed type in a
//! conversion is parenthesised (`([]byte)(s)`); composite literals are
//! abbreviated (`Account{...}`).
//!
//! Rejected: printing the source text (the first version did): it cannot
//! know the types gc shows, nor that a call was inlined.
//!
//! Go: src/cmd/compile/internal/ir/fmt.go (exprFmt, OpPrec).
//! Book: chapter 4 (reading `-m` output).

use crate::ir::{self, ExprKind as IK, LocalId};
use crate::syntax::ast::{BinaryOp, ExprKind, UnaryOp};
use crate::types::constant::Value;
use crate::types::types::{Basic, Type, TypeKind, TypeTable};
use num_traits::ToPrimitive;
use std::collections::HashMap;

/// Prints IR expressions of one function as gc would.
pub struct Printer<'a> {
    pub pkg: &'a ir::Package,
    pub f: &'a ir::Func,
    /// Locals whose value gc shows instead of their name, in a `make`
    /// size (gc's escape analysis rewrites `make([]T, n)` with a constant
    /// `n` to `make([]T, 10)`).
    pub statics: &'a StaticLocals,
}

/// The locals of a function that gc's `ir.StaticValue` sees through
/// (built by escape::static_locals).
#[derive(Default)]
pub struct StaticLocals {
    /// Assigned once, a constant.
    pub constants: HashMap<LocalId, Value>,
    /// Assigned once, a slice literal: its length.
    pub slice_lens: HashMap<LocalId, u64>,
    /// The `.call` temporaries order.rs moved calls into, with their
    /// calls: gc's tree (ordered after escape analysis) still has each call
    /// in place, so `-m` prints the call (or an inlined call's results,
    /// `(~r0)`) where the temporary is read.
    pub calls: HashMap<LocalId, ir::Expr>,
    /// The hidden locals holding a multi-value call's results, by gc's
    /// names for them (`.autotmp_N`: escape::autotmp_names).
    pub autotmps: HashMap<LocalId, String>,
}

impl StaticLocals {
    /// A `make` size as gc's escape analysis rewrites it: a constant, a
    /// local holding one, or `len` of a local holding a slice literal.
    pub fn make_size(&self, x: &ir::Expr) -> Option<i64> {
        match &x.kind {
            IK::Const(v) => v.to_i64(),
            IK::Local(l) => self.constants.get(l)?.to_i64(),
            IK::Builtin { which: ir::Builtin::Len, args } => match args.as_slice() {
                [ir::Expr { kind: IK::Local(l), .. }] => self.slice_lens.get(l).and_then(|n| i64::try_from(*n).ok()),
                _ => None,
            },
            _ => None,
        }
    }
}

/// Operator precedence, as gc's OpPrec: higher binds tighter.
fn precedence(e: &ir::Expr) -> u8 {
    match &e.kind {
        // The checker's implicit & and * print as their operand.
        IK::AddrOf(x) | IK::Deref(x) if x.span == e.span => precedence(x),
        IK::Binary(op, ..) | IK::Compare(op, ..) => binary_precedence(*op),
        IK::Unary(..) | IK::Deref(_) | IK::AddrOf(_) => 7,
        IK::Concat(..) => 4,
        _ => 8,
    }
}

fn binary_precedence(op: BinaryOp) -> u8 {
    use BinaryOp::*;
    match op {
        LOr => 1,
        LAnd => 2,
        Eql | Neq | Lss | Leq | Gtr | Geq => 3,
        Add | Sub | Or | Xor => 4,
        Mul | Quo | Rem | Shl | Shr | And | AndNot => 5,
    }
}

impl Printer<'_> {
    fn types(&self) -> &TypeTable {
        &self.pkg.types
    }

    /// A type as gc names it. gocc interns `[]byte` and `[]uint8` as one
    /// type (printed `[]uint8`, and `[]rune` as `[]int32`, `[]any` as
    /// `[]interface {}`); gc keeps the spelling, and programs spell them
    /// `[]byte`, `[]rune` and `[]any`, so inside composite types those are
    /// the names printed. gc also spaces struct types: `struct { A int; B
    /// string }`.
    pub fn type_name(&self, t: Type) -> String {
        let name = self.types().name(t, false);
        if matches!(self.types().kind(t), TypeKind::Basic(_) | TypeKind::Named { .. } | TypeKind::Interface(_)) {
            return name; // an interface on its own: see MakeInterface's written `any`
        }
        let name = replace_word(&replace_word(&name, "uint8", "byte"), "int32", "rune").replace("interface {}", "any");
        // Only struct and interface types print braces: `struct{A int}`
        // becomes `struct { A int }`, `struct{}` stays.
        name.replace("struct{}", "struct\0")
            .replace("interface {}", "interface\x01")
            .replace("struct{", "struct { ")
            .replace('}', " }")
            .replace("struct\0", "struct {}")
            .replace("interface\x01", "interface {}")
    }

    /// A local's value as gc's escape analysis sees it when it rewrites a
    /// `make` size or an interface conversion's operand (gc's
    /// ReassignOracle.StaticValue): a constant, or the length of a slice
    /// literal.
    fn static_value(&self, x: &ir::Expr) -> Option<String> {
        match &x.kind {
            IK::Local(l) => self.statics.constants.get(l).map(|v| self.constant(v, x.ty)),
            _ => None,
        }
    }

    /// `e` printed, parenthesised if it binds looser than `prec`.
    fn operand(&self, e: &ir::Expr, prec: u8) -> String {
        let text = self.expr(e);
        if precedence(e) < prec { format!("({text})") } else { text }
    }

    /// A constant of type `t`: plain when `t` is its kind's default type
    /// (int, float64, string, bool), else as a conversion, `byte(1)`.
    fn constant(&self, v: &Value, t: Type) -> String {
        // The zero value of a pointer, slice, map... is nil.
        if matches!(
            self.types().under(t),
            TypeKind::Pointer(_) | TypeKind::Slice(_) | TypeKind::Map(..) | TypeKind::Chan(..) | TypeKind::Func(_)
        ) || self.types().is_interface(t)
        {
            return "nil".into();
        }
        // gc prints a constant of type rune as a rune literal.
        if let (Value::Int(i), true) = (v, t == crate::types::types::RUNE) {
            if let Some(c) = i.to_u32().and_then(char::from_u32) {
                return rune_literal(c);
            }
        }
        let text = v.describe();
        let default = match self.types().kind(t) {
            TypeKind::Basic(b) => {
                matches!(b, Basic::Int | Basic::Float64 | Basic::String | Basic::Bool) || self.types().is_untyped(t)
            }
            _ => false,
        };
        if default { text } else { format!("{}({text})", self.type_name(t)) }
    }

    /// A conversion `T(x)`, with an unnamed `T` parenthesised.
    fn conversion(&self, t: Type, x: &ir::Expr) -> String {
        self.conversion_text(t, self.expr(x))
    }

    /// `T(x)`, with the type in parentheses unless it is a name.
    fn conversion_text(&self, t: Type, x: String) -> String {
        let name = self.type_name(t);
        let named = matches!(self.types().kind(t), TypeKind::Basic(_) | TypeKind::Named { .. });
        if named { format!("{name}({x})") } else { format!("({name})({x})") }
    }

    fn is_rune_slice(&self, t: Type) -> bool {
        matches!(self.types().under(t), TypeKind::Slice(el) if self.types().basic_of(*el) == Some(Basic::Int32))
    }

    fn list(&self, es: &[ir::Expr]) -> String {
        es.iter().map(|e| self.expr(e)).collect::<Vec<_>>().join(", ")
    }

    fn func_name(&self, func: &ir::Expr) -> String {
        match func.kind {
            IK::Func(f) => {
                let f = &self.pkg.funcs[f.0 as usize];
                f.symbol.strip_prefix("main.").unwrap_or(&f.symbol).to_string()
            }
            _ => self.expr(func),
        }
    }

    /// A composite literal of type `t`: `T{...}`, or `T{}` when empty.
    fn literal(&self, t: Type, empty: bool) -> String {
        self.literal_named(&self.type_name(t), empty)
    }

    fn literal_named(&self, name: &str, empty: bool) -> String {
        format!("{name}{{{}}}", if empty { "" } else { "..." })
    }

    /// The type of an allocation site as the source spells it, which is how
    /// gc prints it (it keeps `byte` apart from `uint8` and `any` from
    /// `interface {}`; gocc's type table does not): the type of `make(T,
    /// ...)`, `new(T)` and `T{...}`. Falls back to `type_name(t)` when the
    /// source has no such type or spells it in a way gc would not print.
    fn site_type(&self, site: ir::SiteId, t: Type) -> String {
        let written = self.f.sites.get(site.0 as usize).and_then(|s| {
            let mut x = &s.expr;
            loop {
                x = match &x.kind {
                    ExprKind::Paren(y) | ExprKind::Unary { x: y, .. } => y,
                    ExprKind::CompositeLit { typ: Some(typ), .. } => return spell(typ),
                    ExprKind::Call { args, .. } => return spell(args.first()?),
                    _ => return None,
                }
            }
        });
        written.unwrap_or_else(|| self.type_name(t))
    }

    pub fn expr(&self, e: &ir::Expr) -> String {
        match &e.kind {
            // A nil written as a conversion (`[]int(nil)`, longer than the
            // word nil) prints as one.
            IK::Const(_)
                if e.span.hi.saturating_sub(e.span.lo) > 3
                    && matches!(
                        self.types().under(e.ty),
                        TypeKind::Pointer(_)
                            | TypeKind::Slice(_)
                            | TypeKind::Map(..)
                            | TypeKind::Chan(..)
                            | TypeKind::Func(_)
                    ) =>
            {
                self.conversion_text(e.ty, "nil".into())
            }
            IK::Const(v) => self.constant(v, e.ty),
            IK::Local(l) => match self.statics.calls.get(l) {
                Some(call) => match &call.kind {
                    IK::Inlined { results, .. } => {
                        let names: Vec<&str> = results.iter().map(|r| self.f.local(*r).name.as_str()).collect();
                        format!("({})", names.join(", "))
                    }
                    _ => self.expr(call),
                },
                None => match self.statics.autotmps.get(l) {
                    Some(name) => name.clone(),
                    None => self.f.local(*l).name.clone(),
                },
            },
            IK::Global(g) => self.pkg.globals[g.0 as usize].name.clone(),
            IK::Func(_) => self.func_name(e),
            IK::Unary(op, x) => {
                let sym = match op {
                    UnaryOp::Neg => "-",
                    UnaryOp::Not => "!",
                    UnaryOp::Xor => "^",
                    UnaryOp::Pos => "+",
                    _ => "",
                };
                format!("{sym}{}", self.operand(x, 7))
            }
            IK::Binary(op, x, y) | IK::Compare(op, x, y) => {
                let p = binary_precedence(*op);
                format!("{} {} {}", self.operand(x, p), op.text(), self.operand(y, p + 1))
            }
            IK::Call { func, args } => format!("{}({})", self.func_name(func), self.list(args)),
            IK::CallSpread { func, arg } => format!("{}({})", self.func_name(func), self.expr(arg)),
            // The inlined call's value is its result variable.
            IK::Inlined { results, .. } => results.first().map_or_else(String::new, |r| self.f.local(*r).name.clone()),
            IK::Builtin { which, args } => format!("{}({})", builtin_name(*which), self.list(args)),
            IK::BuiltinSpread { which, arg } => format!("{}({})", builtin_name(*which), self.expr(arg)),
            // An implicit conversion (the checker's, for assignability)
            // spans its operand exactly; gc does not print those.
            IK::Convert(x) if x.span == e.span => self.expr(x),
            // gc turns []rune("constant") into a slice literal.
            IK::ConvertSlice { x, .. } if self.is_rune_slice(e.ty) && matches!(x.kind, IK::Const(_)) => {
                let empty = matches!(&x.kind, IK::Const(Value::String(s)) if s.is_empty());
                self.literal(e.ty, empty)
            }
            // string of a slice of named bytes or runes: gc converts the
            // slice to []byte or []rune first (`string(([]rune)(rs))`).
            IK::ConvertSlice { x, .. } if self.types().is_string(e.ty) => {
                let named_elem = match self.types().under(x.ty) {
                    TypeKind::Slice(el) => match (self.types().kind(*el), self.types().basic_of(*el)) {
                        (TypeKind::Named { .. }, Some(Basic::Int32)) => Some("[]rune"),
                        (TypeKind::Named { .. }, Some(Basic::Uint8)) => Some("[]byte"),
                        _ => None,
                    },
                    _ => None,
                };
                match named_elem {
                    Some(slice) => self.conversion_text(e.ty, format!("({slice})({})", self.expr(x))),
                    None => self.conversion(e.ty, x),
                }
            }
            IK::Convert(x) | IK::ConvertSlice { x, .. } => self.conversion(e.ty, x),
            // An explicit conversion, any(x), spans more than its operand.
            // gc remembers the alias: any(x) stays any(x).
            IK::MakeInterface(site, x) if x.span != e.span => {
                let inner = self.static_value(x).unwrap_or_else(|| self.expr(x));
                let written_any = self.f.sites.get(site.0 as usize).is_some_and(|s| {
                    matches!(&s.expr.kind, ExprKind::Call { func, .. } if matches!(&func.unparen().kind, ExprKind::Name(n) if n == "any"))
                });
                if written_any { format!("any({inner})") } else { self.conversion_text(e.ty, inner) }
            }
            IK::MakeInterface(_, x) => self.static_value(x).unwrap_or_else(|| self.expr(x)),
            IK::StringIndex(x, i) | IK::Index(x, i) => format!("{}[{}]", self.operand(x, 8), self.expr(i)),
            IK::StringSlice { s, lo, hi } => self.slice(s, lo, hi, &None),
            IK::Slice { x, lo, hi, max } => self.slice(x, lo, hi, max),
            IK::Concat(_, parts) => parts.iter().map(|p| self.operand(p, 5)).collect::<Vec<_>>().join(" + "),
            // The checker's implicit & (slicing an array) spans its operand.
            IK::AddrOf(x) if x.span == e.span => self.expr(x),
            IK::AddrOf(x) => format!("&{}", self.operand(x, 7)),
            IK::New { init: Some(x), .. } => format!("&{}", self.expr(x)),
            IK::New { site, init: None } => {
                let TypeKind::Pointer(t) = self.types().under(e.ty) else { return "new(?)".into() };
                format!("new({})", self.site_type(*site, *t))
            }
            // The checker's implicit * (indexing through a pointer to an
            // array, a selector through a pointer) spans its operand.
            IK::Deref(p) if p.span == e.span => self.expr(p),
            IK::Deref(p) => format!("*{}", self.operand(p, 7)),
            IK::Field(x, i) => {
                // The checker's implicit * (`gp.x`) spans just its pointer;
                // a written one (`(*gp).x`) is printed, as gc does.
                let base = match &x.kind {
                    IK::Deref(p) if p.span == x.span => p,
                    _ => x,
                };
                let name = match self.types().under(x.ty) {
                    TypeKind::Struct(fields) => fields.get(*i).map_or("?", |f| f.name.as_str()),
                    _ => "?",
                };
                format!("{}.{name}", self.operand(base, 8))
            }
            IK::Composite(elems) => self.literal(e.ty, elems.is_empty()),
            IK::SliceLit { site, elems, .. } => self.literal_named(&self.site_type(*site, e.ty), elems.is_empty()),
            // gc rewrites the last size (the capacity if given) to a
            // constant when it can (and it is not negative).
            IK::MakeSlice { site, len, cap } => {
                let name = self.site_type(*site, e.ty);
                // A size gc rewrites to a constant (not a negative one).
                let last = |x: &ir::Expr| match self.statics.make_size(x) {
                    Some(n) if n >= 0 && matches!(x.kind, IK::Builtin { .. }) => n.to_string(),
                    Some(n) if n >= 0 => self.static_value(x).unwrap_or_else(|| self.expr(x)),
                    _ => self.expr(x),
                };
                match cap {
                    Some(c) => format!("make({name}, {}, {})", self.expr(len), last(c)),
                    None => format!("make({name}, {})", last(len)),
                }
            }
            // A map literal, or make(map[K]V[, hint]).
            IK::MakeMap { site, hint, entries } => {
                let literal = self
                    .f
                    .sites
                    .get(site.0 as usize)
                    .is_some_and(|s| matches!(s.expr.kind, crate::syntax::ast::ExprKind::CompositeLit { .. }));
                let name = self.site_type(*site, e.ty);
                match hint {
                    _ if literal => self.literal_named(&name, entries.is_empty()),
                    Some(h) => format!("make({name}, {})", self.expr(h)),
                    None => format!("make({name})"),
                }
            }
            IK::MapIndex(m, k) | IK::MapIndexOk(m, k) => format!("{}[{}]", self.operand(m, 8), self.expr(k)),
            IK::Append { s, elems, spread, .. } => {
                let dots = if *spread { "..." } else { "" };
                let mut args = vec![self.expr(s)];
                args.extend(elems.iter().map(|x| self.expr(x)));
                format!("append({}{dots})", args.join(", "))
            }
            IK::DecodeRune { s, i } => format!("decoderune({}, {})", self.expr(s), self.expr(i)),
        }
    }

    /// `x[lo:hi:max]`: gc prints no spaces around the colons.
    fn slice(
        &self,
        x: &ir::Expr,
        lo: &Option<Box<ir::Expr>>,
        hi: &Option<Box<ir::Expr>>,
        max: &Option<Box<ir::Expr>>,
    ) -> String {
        let part = |b: &Option<Box<ir::Expr>>| b.as_ref().map_or(String::new(), |b| self.expr(b));
        let mut text = format!("{}[{}:{}", self.operand(x, 8), part(lo), part(hi));
        if max.is_some() {
            text += &format!(":{}", part(max));
        }
        text + "]"
    }
}

/// `text` with each whole-word `from` replaced by `to`.
pub fn replace_word(text: &str, from: &str, to: &str) -> String {
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find(from) {
        let (before, after) = (rest[..i].chars().last(), rest[i + from.len()..].chars().next());
        out += &rest[..i];
        out += if word(before) || word(after) { from } else { to };
        rest = &rest[i + from.len()..];
    }
    out + rest
}

fn builtin_name(b: ir::Builtin) -> &'static str {
    use ir::Builtin::*;
    match b {
        Print => "print",
        Println => "println",
        Panic => "panic",
        Len => "len",
        Cap => "cap",
        Copy => "copy",
        Delete => "delete",
    }
}

/// A type expression as gc prints its type, when that is its spelling:
/// names (`byte`, `any`, `T`), `*T`, `[]T`, `[N]T` with a decimal `N`,
/// `map[K]V` and channels. Anything else (`[...]T`, struct and func types,
/// constant lengths) is `None`: the type table's name serves instead.
pub fn spell(t: &crate::syntax::ast::Expr) -> Option<String> {
    use crate::syntax::ast::ChanDir;
    Some(match &t.kind {
        ExprKind::Name(n) => n.clone(),
        ExprKind::Paren(x) => spell(x)?,
        ExprKind::Selector { x, sel } => format!("{}.{}", spell(x)?, sel.name),
        ExprKind::Star(x) => format!("*{}", spell(x)?),
        ExprKind::ArrayType { len: None, elem } => format!("[]{}", spell(elem)?),
        ExprKind::ArrayType { len: Some(len), elem } => match &len.kind {
            ExprKind::BasicLit { text, .. } if text.bytes().all(|b| b.is_ascii_digit()) && !text.starts_with('0') => {
                format!("[{text}]{}", spell(elem)?)
            }
            _ => return None,
        },
        ExprKind::MapType { key, value } => format!("map[{}]{}", spell(key)?, spell(value)?),
        ExprKind::ChanType { dir, elem } => {
            let dir = match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            };
            format!("{dir}{}", spell(elem)?)
        }
        _ => return None,
    })
}

/// A rune constant as gc prints it, Go's `%q` (strconv.QuoteRune): `'a'`,
/// `'é'`, `'\n'`, `'\x01'`, `'\u200b'` (Go: cmd/compile/internal/ir/fmt.go,
/// OLITERAL).
fn rune_literal(c: char) -> String {
    let x = c as u32;
    let printable = crate::types::constant::is_go_printable(c);
    match c {
        '\x07' => "'\\a'".into(),
        '\x08' => "'\\b'".into(),
        '\x0c' => "'\\f'".into(),
        '\n' => "'\\n'".into(),
        '\r' => "'\\r'".into(),
        '\t' => "'\\t'".into(),
        '\x0b' => "'\\v'".into(),
        '\\' => "'\\\\'".into(),
        '\'' => "'\\''".into(),
        _ if printable => format!("'{c}'"),
        _ if x < 0x80 => format!("'\\x{x:02x}'"),
        _ if x < 0x10000 => format!("'\\u{x:04x}'"),
        _ => format!("'\\U{x:08x}'"),
    }
}
