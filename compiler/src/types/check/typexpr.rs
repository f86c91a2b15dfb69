//! Type expressions: `int`, `[]string`, `map[K]V`, `func(int) bool`,
//! `struct{...}` → a `Type`.
//!
//! A named type being declared may refer to itself through a pointer, slice,
//! map, channel or function (`type List struct{ next *List }`) but not
//! directly (`type T struct{ t T }`): `type_expr_decl` knows which named type
//! is being declared and reports the direct case as gc does.
//!
//! Go: src/cmd/compile/internal/types2/typexpr.go.

use super::{Checker, Obj};
use crate::source::Span;
use crate::syntax::ast::{self, ExprKind};
use crate::syntax::printer::expr_string;
use crate::types::types::{Basic, ChanDir, Field, Method, Type, TypeKind, TypeTable};

impl<'a> Checker<'a> {
    pub fn type_expr(&mut self, e: &ast::Expr) -> Type {
        self.type_expr_in(e, None, false)
    }

    /// A type expression on the right of `type Named ...`.
    pub fn type_expr_decl(&mut self, e: &ast::Expr, named: Type) -> Type {
        self.type_expr_in(e, Some(named), true)
    }

    /// `direct`: whether we are outside any pointer/slice/map/chan/func, where
    /// a reference to a type being declared is an invalid recursion.
    fn type_expr_in(&mut self, e: &ast::Expr, declaring: Option<Type>, direct: bool) -> Type {
        let invalid = TypeTable::basic(Basic::Invalid);
        match &e.kind {
            ExprKind::Bad => invalid,
            ExprKind::Paren(x) => self.type_expr_in(x, declaring, direct),
            ExprKind::Name(name) => {
                if name == "_" {
                    self.error(e.span, "cannot use _ as value or type");
                    return invalid;
                }
                let Some(ent) = self.lookup(name) else {
                    self.error(e.span, format!("undefined: {name}"));
                    return invalid;
                };
                // A local type naming itself directly (`type Y struct{ Y }`
                // in a function): local types are declared as they are met,
                // never "resolving", so the check is on the type itself.
                if let (Some(d), true) = (declaring, direct) {
                    if matches!(self.ents[ent.0 as usize].obj, Obj::TypeName(t) if t == d)
                        && !self.is_resolving(ent)
                        && self.ents[ent.0 as usize].span.lo != 0
                    {
                        let msg = format!("invalid recursive type: {name} refers to itself");
                        let at = self.ents[ent.0 as usize].span;
                        self.error(at, msg);
                        return invalid;
                    }
                }
                // A type being declared may be referred to indirectly (through
                // a pointer, slice...), not directly.
                if self.is_resolving(ent) {
                    if let Obj::TypeName(t) = self.ents[ent.0 as usize].obj {
                        if direct {
                            self.report_cycle(ent, Some(e.span));
                            return invalid;
                        }
                        return t;
                    }
                }
                self.resolve(ent, Some(e.span));
                self.ents[ent.0 as usize].used = true;
                match self.ents[ent.0 as usize].obj.clone() {
                    Obj::TypeName(t) => t,
                    Obj::Invalid => invalid,
                    obj => {
                        let what = match obj {
                            Obj::Global(_) => "package-level variable",
                            Obj::Local(_) => "local variable",
                            Obj::Func(_) => "function",
                            Obj::Const { .. } => "constant",
                            Obj::Builtin(_) => "built-in",
                            Obj::Nil => "nil",
                            _ => "value",
                        };
                        self.error(e.span, format!("{name} ({what}) is not a type"));
                        invalid
                    }
                }
            }
            ExprKind::Selector { x, sel } => {
                // A qualified type name: `runtime.MemStats`.
                if let ExprKind::Name(name) = &x.kind {
                    if let Some(ent) = self.lookup(name) {
                        if let Obj::Package(p) = self.ents[ent.0 as usize].obj {
                            self.ents[ent.0 as usize].used = true;
                            if let Some(&te) = self.pkgs[p].scope.get(&sel.name) {
                                if sel.name.starts_with(|c: char| c.is_uppercase()) {
                                    self.resolve(te, Some(sel.span));
                                    if let Obj::TypeName(t) = self.ents[te.0 as usize].obj {
                                        return t;
                                    }
                                    self.error(e.span, format!("{} is not a type", expr_string(e)));
                                    return invalid;
                                }
                            }
                        }
                    }
                }
                let pkg = expr_string(x);
                self.error(e.span, format!("undefined: {pkg}.{}", sel.name));
                invalid
            }
            ExprKind::Star(x) => {
                let elem = self.type_expr_in(x, declaring, false);
                if self.invalid(elem) {
                    return invalid;
                }
                self.types.pointer(elem)
            }
            ExprKind::ArrayType { len: None, elem } => {
                let elem = self.type_expr_in(elem, declaring, false);
                if self.invalid(elem) {
                    return invalid;
                }
                self.types.slice(elem)
            }
            ExprKind::ArrayType { len: Some(len), elem } => {
                let n = self.array_length(len);
                let elem = self.type_expr_in(elem, declaring, direct);
                match n {
                    Some(n) if !self.invalid(elem) => self.types.intern(TypeKind::Array(elem, n)),
                    _ => invalid,
                }
            }
            ExprKind::MapType { key, value } => {
                let k = self.type_expr_in(key, declaring, false);
                let v = self.type_expr_in(value, declaring, false);
                if self.invalid(k) || self.invalid(v) {
                    return invalid;
                }
                if !self.types.comparable(k) {
                    self.error(key.span, format!("invalid map key type {}", self.type_name(k)));
                    return invalid;
                }
                self.types.intern(TypeKind::Map(k, v))
            }
            ExprKind::ChanType { dir, elem } => {
                let el = self.type_expr_in(elem, declaring, false);
                if self.invalid(el) {
                    return invalid;
                }
                let dir = match dir {
                    ast::ChanDir::Both => ChanDir::Both,
                    ast::ChanDir::Send => ChanDir::Send,
                    ast::ChanDir::Recv => ChanDir::Recv,
                };
                self.types.intern(TypeKind::Chan(dir, el))
            }
            ExprKind::FuncType(ft) => self.signature(ft),
            ExprKind::StructType(fields) => {
                let mut out: Vec<Field> = Vec::new();
                // Where each field was declared, for "other declaration of".
                let mut spans = Vec::new();
                for f in fields {
                    let t = self.type_expr_in(&f.typ, declaring, direct);
                    if f.names.is_empty() {
                        // Embedded field: named after its type.
                        let name = match &f.typ.unparen().kind {
                            ExprKind::Star(inner) => expr_string(inner),
                            _ => expr_string(&f.typ),
                        };
                        self.add_field(&mut out, &mut spans, name, t, true, f.typ.span);
                    } else {
                        for n in &f.names {
                            self.add_field(&mut out, &mut spans, n.name.clone(), t, false, n.span);
                        }
                    }
                }
                self.types.intern(TypeKind::Struct(out))
            }
            ExprKind::InterfaceType(elems) => {
                let mut methods = Vec::new();
                for m in elems {
                    match m.names.first() {
                        Some(name) => {
                            let sig = self.type_expr_in(&m.typ, declaring, false);
                            methods.push(Method { name: name.name.clone(), sig });
                        }
                        None => {
                            self.error(m.span, "embedded interfaces are not supported by gocc yet");
                        }
                    }
                }
                methods.sort_by(|a, b| a.name.cmp(&b.name));
                self.types.intern(TypeKind::Interface(methods))
            }
            _ => {
                self.error(e.span, format!("{} is not a type", expr_string(e)));
                invalid
            }
        }
    }

    fn add_field(
        &mut self,
        out: &mut Vec<Field>,
        spans: &mut Vec<Span>,
        name: String,
        typ: Type,
        embedded: bool,
        span: Span,
    ) {
        if let Some(prev) = out.iter().position(|f| f.name == name).filter(|_| name != "_") {
            let related = vec![(spans[prev], format!("other declaration of {name}"))];
            self.diags.error_related(span, format!("{name} redeclared"), related);
            return;
        }
        out.push(Field { name, typ, embedded });
        spans.push(span);
    }

    /// The length of an array type: a non-negative integer constant.
    fn array_length(&mut self, len: &ast::Expr) -> Option<u64> {
        if matches!(len.kind, ExprKind::Ellipsis) {
            self.error(len.span, "invalid use of [...] array (outside a composite literal)");
            return None;
        }
        // A name that is not a constant may be a type parameter without its
        // constraint (`type A[n]int`): types2 says so without evaluating it,
        // so a variable named there is not "used".
        if let ExprKind::Name(name) = &len.kind {
            let Some(ent) = self.lookup(name) else {
                self.error(len.span, format!("undefined array length {name} or missing type constraint"));
                return None;
            };
            if !self.is_const_entity(ent) {
                self.error(len.span, format!("invalid array length {name}"));
                return None;
            }
        }
        let op = self.expr(len);
        if self.invalid(op.ty) {
            return None;
        }
        let Some(val) = op.constant() else {
            let msg = format!("array length {} must be constant", self.describe(&op));
            self.error(len.span, msg);
            return None;
        };
        let integer = self.types.is_integer(op.ty);
        if integer || self.types.is_untyped(op.ty) {
            if let Some(n) = val.to_int().and_then(|i| i64::try_from(i).ok()).filter(|n| *n >= 0) {
                return Some(n as u64);
            }
        }
        let msg = if integer { "invalid array length" } else { "array length" };
        let tail = if integer { "" } else { " must be integer" };
        let msg = format!("{msg} {}{tail}", self.describe(&op));
        self.error(len.span, msg);
        None
    }

    /// A function signature → a func type.
    pub fn signature(&mut self, ft: &ast::FuncType) -> Type {
        let mut params = Vec::new();
        let mut variadic = false;
        for (i, f) in ft.params.iter().enumerate() {
            let mut t = self.type_expr_in(&f.typ, None, false);
            if f.variadic {
                if i + 1 != ft.params.len() || f.names.len() > 1 {
                    self.error(f.span, "can only use ... with final parameter in list");
                } else {
                    variadic = true;
                    t = self.types.slice(t);
                }
            }
            for _ in 0..f.names.len().max(1) {
                params.push(t);
            }
        }
        let mut results = Vec::new();
        for f in &ft.results {
            let t = self.type_expr_in(&f.typ, None, false);
            for _ in 0..f.names.len().max(1) {
                results.push(t);
            }
        }
        self.types.func(params, results, variadic)
    }
}
