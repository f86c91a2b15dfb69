//! Pointers, structs, arrays, slices and maps: the expressions that reach
//! into memory.
//!
//! - `&x` needs an addressable operand (a variable, `*p`, `x.f` of an
//!   addressable struct, `a[i]` of an addressable array, `s[i]`) or a
//!   composite literal (`&T{...}` makes a new variable: an allocation site).
//! - `x.f` finds `f` the way the spec's "Selectors" says: at the shallowest
//!   depth of embedding, through pointers, and reports an ambiguous selector.
//! - `a[i]`, `s[i]`, `m[k]`: arrays and slices check constant indices here
//!   and the rest at run time; a map index is assignable but not addressable.
//! - Composite literals, `new`, `make`, `append`, `copy`, `delete`, `cap`.
//!
//! Every expression that may allocate (`&T{}`, `new`, `make`, `[]T{...}`,
//! `[]byte(s)`) gets a `SiteId`: escape analysis later decides, site by site,
//! whether the memory can live in the frame or must be on the heap.
//!
//! Go: src/cmd/compile/internal/types2 (lookup.go, index.go, literals.go,
//! builtins.go).

use super::Checker;
use super::expr::{Mode, Operand};
use crate::ir::{self, ElemKey, ExprKind as IK, SiteId};
use crate::source::Span;
use crate::syntax::ast::{self, ExprKind, KeyedElement};
use crate::syntax::printer::expr_string;
use crate::types::constant::Value;
use crate::types::types::{Basic, Type, TypeKind, TypeTable};
use num_traits::ToPrimitive;

fn invalid_ty() -> Type {
    TypeTable::basic(Basic::Invalid)
}

/// One step of a field selection: dereference first (for embedded pointers),
/// then take field `index`.
struct FieldStep {
    deref: bool,
    index: usize,
}

enum FieldLookup {
    Found(Vec<FieldStep>, Type),
    Ambiguous,
    NotFound,
}

impl<'a> Checker<'a> {
    /// A new allocation site of type `t` (what it allocates), reported at
    /// `span` as the expression `expr` in `-m` output.
    pub fn new_site(&mut self, span: Span, expr: &ast::Expr, t: Option<Type>, kind: ir::SiteKind) -> SiteId {
        let size = t.map(|t| self.types.size(t));
        let fs = self.fs.as_mut().expect("inside a function");
        fs.func.sites.push(ir::Site { span, expr: expr.clone(), size, kind });
        SiteId(fs.func.sites.len() as u32 - 1)
    }

    /// Where gc reports a composite literal: its `{`.
    fn lbrace_of(&self, e: &ast::Expr) -> Span {
        match &e.kind {
            ExprKind::CompositeLit { typ: Some(t), .. } => {
                let text = self.sources.snippet(Span::new(t.span.hi, e.span.hi));
                let skip = text.find('{').unwrap_or(0) as u32;
                Span::new(t.span.hi + skip, t.span.hi + skip + 1)
            }
            _ => e.span.start_span(),
        }
    }

    fn op<'e>(&self, mode: Mode, ty: Type, kind: IK, e: &'e ast::Expr) -> Operand<'e> {
        Operand { mode, ty, ir: ir::Expr::new(kind, ty, e.span), src: e }
    }

    // ---- & and * ---------------------------------------------------------------

    /// `&x`.
    pub(super) fn address_of<'e>(&mut self, e: &'e ast::Expr, x: &'e ast::Expr) -> Operand<'e> {
        if let ExprKind::CompositeLit { .. } = &x.unparen().kind {
            let lit = self.expr(x);
            if lit.is_invalid() {
                return Operand::invalid(e);
            }
            let t = self.types.pointer(lit.ty);
            let site = self.new_site(e.span.start_span(), e, Some(lit.ty), ir::SiteKind::Alloc);
            return self.op(Mode::Value, t, IK::New { site, init: Some(Box::new(lit.ir)) }, e);
        }
        let xo = self.value(x);
        if xo.is_invalid() {
            return Operand::invalid(e);
        }
        if xo.mode != Mode::Variable {
            // gc points at the operand, here and for the other unary errors.
            let desc = self.describe(&xo);
            self.error(x.span, format!("invalid operation: cannot take address of {desc}"));
            return Operand::invalid(e);
        }
        let t = self.types.pointer(xo.ty);
        self.op(Mode::Value, t, IK::AddrOf(Box::new(xo.ir)), e)
    }

    /// `*p` (a dereference; `*T` types are handled by the caller).
    pub(super) fn deref<'e>(&mut self, e: &'e ast::Expr, p: Operand<'e>) -> Operand<'e> {
        if p.mode == Mode::Nil {
            self.error(p.src.span, "invalid operation: cannot indirect nil");
            return Operand::invalid(e);
        }
        let p = self.single_value(p);
        if p.is_invalid() {
            return Operand::invalid(e);
        }
        let TypeKind::Pointer(elem) = *self.types.under(p.ty) else {
            let msg = format!("invalid operation: cannot indirect {}", self.describe(&p));
            self.error(p.src.span, msg);
            return Operand::invalid(e);
        };
        self.op(Mode::Variable, elem, IK::Deref(Box::new(p.ir)), e)
    }

    // ---- Selectors --------------------------------------------------------------

    /// Finds field `name` in `t` (a struct or a pointer to one), at the
    /// shallowest depth of embedding.
    fn lookup_field(&self, t: Type, name: &str) -> FieldLookup {
        // Breadth-first over embedded fields: (type, path so far).
        let mut level: Vec<(Type, Vec<FieldStep>)> = vec![(t, Vec::new())];
        let mut seen = Vec::new();
        for _depth in 0..16 {
            let mut found: Vec<(Vec<FieldStep>, Type)> = Vec::new();
            let mut next = Vec::new();
            for (ty, path) in &level {
                let (deref, st) = match self.types.under(*ty) {
                    TypeKind::Pointer(e) => (true, *e),
                    _ => (false, *ty),
                };
                if seen.contains(&self.types.canon(st)) {
                    continue;
                }
                seen.push(self.types.canon(st));
                let TypeKind::Struct(fields) = self.types.under(st) else { continue };
                for (i, f) in fields.iter().enumerate() {
                    let mut p: Vec<FieldStep> =
                        path.iter().map(|s| FieldStep { deref: s.deref, index: s.index }).collect();
                    p.push(FieldStep { deref, index: i });
                    if f.name == name {
                        found.push((p, f.typ));
                    } else if f.embedded {
                        next.push((f.typ, p));
                    }
                }
            }
            match found.len() {
                0 => {}
                1 => {
                    let (p, t) = found.pop().unwrap();
                    return FieldLookup::Found(p, t);
                }
                _ => return FieldLookup::Ambiguous,
            }
            if next.is_empty() {
                return FieldLookup::NotFound;
            }
            level = next;
        }
        FieldLookup::NotFound
    }

    /// `x.f`.
    pub(super) fn selector<'e>(&mut self, e: &'e ast::Expr, x: &'e ast::Expr, sel: &ast::Ident) -> Operand<'e> {
        // A qualified identifier: `runtime.MemStats`.
        if let ExprKind::Name(pkg) = &x.kind {
            if let Some(ent) = self.lookup(pkg) {
                if let super::Obj::Package(p) = self.ents[ent.0 as usize].obj.clone() {
                    self.ents[ent.0 as usize].used = true;
                    return self.qualified(e, &p, sel);
                }
            }
        }
        let xo = self.expr(x);
        if xo.is_invalid() {
            return Operand::invalid(e);
        }
        if xo.mode == Mode::TypeExpr {
            self.unsupported(e.span, "method expressions");
            return Operand::invalid(e);
        }
        let xo = self.single_value(xo);
        if xo.is_invalid() {
            return Operand::invalid(e);
        }
        match self.lookup_field(xo.ty, &sel.name) {
            FieldLookup::Found(path, ty) => {
                // Addressable if x is, or as soon as a pointer is followed.
                let mut addressable = xo.mode == Mode::Variable;
                let mut cur = xo.ir;
                for step in path {
                    if step.deref {
                        let elem = match self.types.under(cur.ty) {
                            TypeKind::Pointer(t) => *t,
                            _ => cur.ty,
                        };
                        let span = cur.span;
                        cur = ir::Expr::new(IK::Deref(Box::new(cur)), elem, span);
                        addressable = true;
                    }
                    // A field of another package's type must be exported.
                    if let TypeKind::Named { pkg, .. } = self.types.kind(cur.ty) {
                        let field = match self.types.under(cur.ty) {
                            TypeKind::Struct(fields) => fields[step.index].name.clone(),
                            _ => String::new(),
                        };
                        if *pkg != self.pkgs[self.cur].name && !field.starts_with(|c: char| c.is_uppercase()) {
                            let msg = format!(
                                "{}.{} undefined (cannot refer to unexported field {})",
                                expr_string(x),
                                sel.name,
                                sel.name
                            );
                            self.error(sel.span, msg);
                            return Operand::invalid(e);
                        }
                    }
                    let fty = match self.types.under(cur.ty) {
                        TypeKind::Struct(fields) => fields[step.index].typ,
                        _ => invalid_ty(),
                    };
                    cur = ir::Expr::new(IK::Field(Box::new(cur), step.index), fty, e.span);
                }
                let mode = if addressable { Mode::Variable } else { Mode::Value };
                Operand { mode, ty, ir: cur, src: e }
            }
            FieldLookup::Ambiguous => {
                self.error(sel.span, format!("ambiguous selector {}", expr_string(e)));
                Operand::invalid(e)
            }
            FieldLookup::NotFound => {
                let tname = self.type_name(xo.ty);
                // types2's hint for a field spelled with another case.
                let base = match self.types.under(xo.ty) {
                    TypeKind::Pointer(p) => *p,
                    _ => xo.ty,
                };
                let hint = match self.types.under(base) {
                    TypeKind::Struct(fields) => fields
                        .iter()
                        .find(|f| f.name != sel.name && f.name.eq_ignore_ascii_case(&sel.name))
                        .map(|f| format!(", but does have field {}", f.name))
                        .unwrap_or_default(),
                    _ => String::new(),
                };
                let msg = format!(
                    "{}.{} undefined (type {tname} has no field or method {}{hint})",
                    expr_string(x),
                    sel.name,
                    sel.name
                );
                self.error(sel.span, msg);
                Operand::invalid(e)
            }
        }
    }

    // ---- Indexing ---------------------------------------------------------------

    /// `a[i]` of an array, pointer to array, slice or map (strings are in expr.rs).
    pub(super) fn index_composite<'e>(
        &mut self,
        e: &'e ast::Expr,
        xo: Operand<'e>,
        index: &'e ast::Expr,
    ) -> Operand<'e> {
        match self.types.under(xo.ty).clone() {
            TypeKind::Array(elem, n) => {
                let Some(i) = self.index_value(index, Some(n as i64), "index") else { return Operand::invalid(e) };
                let mode = if xo.mode == Mode::Variable { Mode::Variable } else { Mode::Value };
                self.op(mode, elem, IK::Index(Box::new(xo.ir), Box::new(i)), e)
            }
            TypeKind::Pointer(p) if matches!(self.types.under(p), TypeKind::Array(..)) => {
                let TypeKind::Array(elem, n) = *self.types.under(p) else { unreachable!() };
                let Some(i) = self.index_value(index, Some(n as i64), "index") else { return Operand::invalid(e) };
                // The implicit *p spans p (gc prints it as p).
                let span = xo.ir.span;
                let arr = ir::Expr::new(IK::Deref(Box::new(xo.ir)), p, span);
                self.op(Mode::Variable, elem, IK::Index(Box::new(arr), Box::new(i)), e)
            }
            TypeKind::Slice(elem) => {
                let Some(i) = self.index_value(index, None, "index") else { return Operand::invalid(e) };
                self.op(Mode::Variable, elem, IK::Index(Box::new(xo.ir), Box::new(i)), e)
            }
            TypeKind::Map(k, v) => {
                let ko = self.value(index);
                let Some(key) = self.assign_to(ko, k, "map index") else { return Operand::invalid(e) };
                self.op(Mode::MapIndex, v, IK::MapIndex(Box::new(xo.ir), Box::new(key)), e)
            }
            _ => {
                // gc: at the `[`.
                let msg = format!("cannot index {}", self.describe(&xo));
                let lbrack = crate::syntax::token_after(self.sources, xo.src.span.hi);
                self.error(Span::new(lbrack, lbrack + 1), msg);
                Operand::invalid(e)
            }
        }
    }

    /// `x[lo:hi:max]` of an array, pointer to array or slice.
    pub(super) fn slice_composite<'e>(
        &mut self,
        e: &'e ast::Expr,
        xo: Operand<'e>,
        lo: Option<&'e ast::Expr>,
        hi: Option<&'e ast::Expr>,
        max: Option<&'e ast::Expr>,
    ) -> Operand<'e> {
        let (base, elem, cap) = match self.types.under(xo.ty).clone() {
            TypeKind::Array(elem, n) => {
                if xo.mode != Mode::Variable {
                    let msg = format!("cannot slice unaddressable value {}", self.describe(&xo));
                    self.error(xo.src.span, msg);
                    return Operand::invalid(e);
                }
                let p = self.types.pointer(xo.ty);
                // The implicit &a spans a (gc prints it as a).
                let span = xo.ir.span;
                (ir::Expr::new(IK::AddrOf(Box::new(xo.ir)), p, span), elem, Some(n))
            }
            TypeKind::Pointer(p) if matches!(self.types.under(p), TypeKind::Array(..)) => {
                let TypeKind::Array(elem, n) = *self.types.under(p) else { unreachable!() };
                (xo.ir, elem, Some(n))
            }
            TypeKind::Slice(elem) => (xo.ir, elem, None),
            _ => {
                let msg = format!("cannot slice {}", self.describe(&xo));
                self.error(e.span, msg);
                return Operand::invalid(e);
            }
        };
        if max.is_some() && hi.is_none() {
            // gc (its parser) points at the second `:`, where the index is
            // missing.
            let from = xo.src.span.hi;
            let text = self.sources.snippet(Span::new(from, e.span.hi));
            let at =
                text.match_indices(':').nth(1).map_or(e.span, |(i, _)| Span::new(from + i as u32, from + i as u32 + 1));
            self.error(at, "middle index required in 3-index slice");
            return Operand::invalid(e);
        }
        let limit = cap.map(|n| n as i64 + 1);
        let mut bounds = Vec::new();
        for b in [lo, hi, max] {
            match b {
                Some(x) => match self.index_value(x, limit, "index") {
                    Some(i) => bounds.push(Some(i)),
                    None => return Operand::invalid(e),
                },
                None => bounds.push(None),
            }
        }
        // Constant bounds must be ordered; types2 reports the smaller,
        // later one.
        let consts: Vec<Option<i64>> = bounds.iter().map(|b| b.as_ref().and_then(|x| Self::const_int(x))).collect();
        let exprs = [lo, hi, max];
        for i in 0..3 {
            for j in i + 1..3 {
                if let (Some(a), Some(b), Some(at)) = (consts[i], consts[j], exprs[j]) {
                    if a > b {
                        self.error(at.span, format!("invalid slice indices: {b} < {a}"));
                        return Operand::invalid(e);
                    }
                }
            }
        }
        let t = if matches!(self.types.under(xo.ty), TypeKind::Slice(_)) { xo.ty } else { self.types.slice(elem) };
        let mut it = bounds.into_iter();
        let (lo, hi, max) = (it.next().unwrap(), it.next().unwrap(), it.next().unwrap());
        self.op(
            Mode::Value,
            t,
            IK::Slice { x: Box::new(base), lo: lo.map(Box::new), hi: hi.map(Box::new), max: max.map(Box::new) },
            e,
        )
    }

    fn const_int(e: &ir::Expr) -> Option<i64> {
        match &e.kind {
            IK::Const(v) => v.to_i64(),
            _ => None,
        }
    }

    // ---- Composite literals -------------------------------------------------------

    /// `T{...}`; `hint` is the type of an elided literal type (an element of
    /// an outer literal).
    pub(super) fn composite_lit<'e>(&mut self, e: &'e ast::Expr, hint: Option<Type>) -> Operand<'e> {
        let ExprKind::CompositeLit { typ, elems, .. } = &e.kind else { unreachable!() };
        let t = match (typ, hint) {
            (Some(t), _) => {
                // [...]T: the length comes from the elements.
                if let ExprKind::ArrayType { len: Some(len), elem } = &t.kind {
                    if matches!(len.kind, ExprKind::Ellipsis) {
                        let et = self.type_expr(elem);
                        if self.invalid(et) {
                            return Operand::invalid(e);
                        }
                        let n = self.array_lit_len(elems);
                        let at = self.types.intern(TypeKind::Array(et, n));
                        return self.composite_of(e, at, elems);
                    }
                }
                self.type_expr(t)
            }
            (None, Some(h)) => h,
            (None, None) => {
                self.error(e.span, "invalid composite literal type: missing type");
                return Operand::invalid(e);
            }
        };
        if self.invalid(t) {
            for el in elems {
                self.expr_or_lit(&el.value, None);
            }
            return Operand::invalid(e);
        }
        // An elided `&T` in `[]*T{{...}}`: the element is `&T{...}`.
        if typ.is_none() {
            if let TypeKind::Pointer(base) = *self.types.under(t) {
                let lit = self.composite_of(e, base, elems);
                if lit.is_invalid() {
                    return lit;
                }
                let site = self.new_site(e.span.start_span(), e, Some(base), ir::SiteKind::Alloc);
                return self.op(Mode::Value, t, IK::New { site, init: Some(Box::new(lit.ir)) }, e);
            }
        }
        let lit = self.composite_of(e, t, elems);
        if lit.is_invalid() {
            // Its elements had errors, reported; the literal still has its
            // type (as in types2), so that its uses raise no more of them.
            // Nothing is compiled after an error: the value is a stand-in.
            return self.op(Mode::Value, t, IK::Composite(Vec::new()), e);
        }
        lit
    }

    /// The length of `[...]T{...}`: one past the largest index.
    fn array_lit_len(&mut self, elems: &[KeyedElement]) -> u64 {
        let mut next = 0u64;
        let mut max = 0u64;
        for el in elems {
            if let Some(k) = &el.key {
                if let Some(Value::Int(i)) = self.peek_constant(k) {
                    next = i.to_u64().unwrap_or(0);
                }
            }
            next += 1;
            max = max.max(next);
        }
        max
    }

    /// The value of a constant expression, without reporting anything.
    fn peek_constant(&mut self, e: &ast::Expr) -> Option<Value> {
        let before = self.diags.list.len();
        let op = self.expr(e);
        self.diags.list.truncate(before);
        op.constant().cloned()
    }

    /// An element value, which may be an elided composite literal.
    fn expr_or_lit<'e>(&mut self, e: &'e ast::Expr, hint: Option<Type>) -> Operand<'e> {
        if let ExprKind::CompositeLit { typ: None, .. } = &e.kind {
            return self.composite_lit(e, hint);
        }
        self.value(e)
    }

    fn element(&mut self, e: &ast::Expr, t: Type, context: &str) -> Option<ir::Expr> {
        let op = self.expr_or_lit(e, Some(t));
        self.assign_to(op, t, context)
    }

    fn composite_of<'e>(&mut self, e: &'e ast::Expr, t: Type, elems: &'e [KeyedElement]) -> Operand<'e> {
        match self.types.under(t).clone() {
            TypeKind::Struct(fields) => self.struct_lit(e, t, &fields, elems),
            TypeKind::Array(elem, n) => match self.indexed_elems(elems, elem, Some(n), "array or slice literal") {
                Some(items) => self.op(Mode::Value, t, IK::Composite(items), e),
                None => Operand::invalid(e),
            },
            TypeKind::Slice(elem) => match self.indexed_elems(elems, elem, None, "array or slice literal") {
                Some(items) => {
                    let len =
                        items.iter().map(|(k, _)| if let ElemKey::Index(i) = k { i + 1 } else { 0 }).max().unwrap_or(0);
                    let at = self.lbrace_of(e);
                    let site = self.new_site(at, e, None, ir::SiteKind::Alloc);
                    self.op(Mode::Value, t, IK::SliceLit { site, len, elems: items }, e)
                }
                None => Operand::invalid(e),
            },
            TypeKind::Map(kt, vt) => {
                let mut entries = Vec::new();
                let mut seen: Vec<(Value, Span)> = Vec::new();
                let mut ok = true;
                for el in elems {
                    let Some(k) = &el.key else {
                        self.error(el.value.span, "missing key in map literal");
                        ok = false;
                        continue;
                    };
                    let key = self.element(k, kt, "map literal");
                    let value = self.element(&el.value, vt, "map literal");
                    if let Some(IK::Const(v)) = key.as_ref().map(|k| &k.kind) {
                        if seen.iter().any(|(s, _)| s == v) {
                            self.error(k.span, format!("duplicate key {} in map literal", expr_string(k)));
                            ok = false;
                        } else {
                            seen.push((v.clone(), k.span));
                        }
                    }
                    match (key, value) {
                        (Some(k), Some(v)) => entries.push((k, v)),
                        _ => ok = false,
                    }
                }
                if !ok {
                    return Operand::invalid(e);
                }
                let at = self.lbrace_of(e);
                let site = self.new_site(at, e, None, ir::SiteKind::Alloc);
                self.op(Mode::Value, t, IK::MakeMap { site, hint: None, entries }, e)
            }
            _ => {
                self.error(e.span, format!("invalid composite literal type {}", self.type_name(t)));
                Operand::invalid(e)
            }
        }
    }

    fn struct_lit<'e>(
        &mut self,
        e: &'e ast::Expr,
        t: Type,
        fields: &[crate::types::types::Field],
        elems: &'e [KeyedElement],
    ) -> Operand<'e> {
        let tname = self.type_name(t);
        let mut items = Vec::new();
        let mut ok = true;
        if elems.is_empty() {
            return self.op(Mode::Value, t, IK::Composite(items), e);
        }
        let keyed = elems[0].key.is_some();
        if keyed {
            let mut seen = Vec::new();
            for el in elems {
                let Some(k) = &el.key else {
                    self.error(el.value.span, "mixture of field:value and value elements in struct literal");
                    ok = false;
                    continue;
                };
                let ExprKind::Name(name) = &k.kind else {
                    self.error(k.span, format!("invalid field name {} in struct literal", expr_string(k)));
                    ok = false;
                    continue;
                };
                let Some(i) = fields.iter().position(|f| &f.name == name) else {
                    self.error(k.span, format!("unknown field {name} in struct literal of type {tname}"));
                    ok = false;
                    self.expr_or_lit(&el.value, None);
                    continue;
                };
                if seen.contains(&i) {
                    self.error(k.span, format!("duplicate field name {name} in struct literal"));
                    ok = false;
                    continue;
                }
                seen.push(i);
                match self.element(&el.value, fields[i].typ, "struct literal") {
                    Some(v) => items.push((ElemKey::Field(i), v)),
                    None => ok = false,
                }
            }
        } else {
            for (i, el) in elems.iter().enumerate() {
                if let Some(k) = &el.key {
                    // gc places a key: value element at its key.
                    self.error(k.span, "mixture of field:value and value elements in struct literal");
                    ok = false;
                    continue;
                }
                if i >= fields.len() {
                    self.error(el.value.span, format!("too many values in struct literal of type {tname}"));
                    ok = false;
                    break;
                }
                match self.element(&el.value, fields[i].typ, "struct literal") {
                    Some(v) => items.push((ElemKey::Field(i), v)),
                    None => ok = false,
                }
            }
            if ok && elems.len() < fields.len() {
                let at = match e.kind {
                    ExprKind::CompositeLit { rbrace, .. } => rbrace,
                    _ => e.span,
                };
                self.error(at, format!("too few values in struct literal of type {tname}"));
                ok = false;
            }
        }
        if !ok {
            return Operand::invalid(e);
        }
        self.op(Mode::Value, t, IK::Composite(items), e)
    }

    /// The elements of an array or slice literal, with their indices.
    fn indexed_elems(
        &mut self,
        elems: &[KeyedElement],
        elem: Type,
        len: Option<u64>,
        context: &str,
    ) -> Option<Vec<(ElemKey, ir::Expr)>> {
        let mut items = Vec::new();
        let mut next: u64 = 0;
        let mut ok = true;
        let mut used: Vec<u64> = Vec::new();
        // As types2's indexedElts: an error about an index is reported at
        // its element (the key, if any), and the element is still checked.
        for el in elems {
            let at = el.key.as_ref().map_or(el.value.span, |k| k.span);
            let mut valid = false;
            if let Some(k) = &el.key {
                let limit = len.and_then(|n| i64::try_from(n).ok());
                match self.index_value(k, limit, "index") {
                    Some(ir) => match &ir.kind {
                        IK::Const(v) => {
                            next = v.to_int().and_then(|i| i.to_u64()).unwrap_or(0);
                            valid = true;
                        }
                        _ => self.error(at, format!("index {} must be integer constant", expr_string(k))),
                    },
                    None => {}
                }
            } else if len.is_some_and(|n| next >= n) {
                self.error(at, format!("index {next} is out of bounds (>= {})", len.unwrap_or(0)));
            } else {
                valid = true;
            }
            ok &= valid;
            if valid {
                if used.contains(&next) {
                    self.error(at, format!("duplicate index {next} in array or slice literal"));
                    ok = false;
                }
                used.push(next);
            }
            match self.element(&el.value, elem, context) {
                Some(v) if valid => items.push((ElemKey::Index(next), v)),
                _ => ok = false,
            }
            next += 1;
        }
        if ok { Some(items) } else { None }
    }
}

impl<'a> Checker<'a> {
    /// `pkg.Name`: an exported name of an imported package.
    pub(super) fn qualified<'e>(&mut self, e: &'e ast::Expr, pkg: &usize, sel: &ast::Ident) -> Operand<'e> {
        let pkg = *pkg;
        let pname = self.pkgs[pkg].name.clone();
        // gc says the same of a missing name and of an unexported one.
        let exported = sel.name.starts_with(|c: char| c.is_uppercase());
        let Some(&ent) = self.pkgs[pkg].scope.get(&sel.name).filter(|_| exported) else {
            self.error(sel.span, format!("undefined: {pname}.{}", sel.name));
            return Operand::invalid(e);
        };
        self.resolve(ent, Some(sel.span));
        self.operand_of_entity(e, ent)
    }
}

impl<'a> Checker<'a> {
    /// An element value of type `t` that may be an elided composite literal.
    pub(super) fn expr_or_lit_pub<'e>(&mut self, e: &'e ast::Expr, t: Type) -> Operand<'e> {
        self.expr_or_lit(e, Some(t))
    }
}
