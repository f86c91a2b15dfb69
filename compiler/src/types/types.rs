//! The type table: every Go type of the program, identified by a small `Type`
//! index.
//!
//! Structural types (`[]int`, `func(int) string`, `struct{...}`) are interned:
//! two identical structural types get the same `Type`, so type identity is
//! `==` on indices, as the spec's "identical types" rule wants. A named type
//! (`type MyInt int`) is a new type at every declaration and is never
//! interned; its underlying type is filled in after the declaration is
//! resolved (which allows `type List struct{ next *List }`).
//!
//! Layout (size, alignment, pointer words) follows gc on amd64: `int` and
//! pointers are 8 bytes, a string is {ptr, len}, a slice {ptr, len, cap}, an
//! interface {type, data}.
//!
//! Go: src/cmd/compile/internal/types2 (type.go, basic.go, sizes.go).

use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Type(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Basic {
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedString,
    UntypedNil,
}

impl Basic {
    pub fn name(self) -> &'static str {
        use Basic::*;
        match self {
            Invalid => "invalid type",
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            UnsafePointer => "unsafe.Pointer",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
        }
    }
    pub fn is_untyped(self) -> bool {
        use Basic::*;
        matches!(self, UntypedBool | UntypedInt | UntypedRune | UntypedFloat | UntypedString | UntypedNil)
    }
    pub fn is_integer(self) -> bool {
        use Basic::*;
        matches!(
            self,
            Int | Int8
                | Int16
                | Int32
                | Int64
                | Uint
                | Uint8
                | Uint16
                | Uint32
                | Uint64
                | Uintptr
                | UntypedInt
                | UntypedRune
        )
    }
    pub fn is_unsigned(self) -> bool {
        use Basic::*;
        matches!(self, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }
    pub fn is_float(self) -> bool {
        matches!(self, Basic::Float32 | Basic::Float64 | Basic::UntypedFloat)
    }
    pub fn is_complex(self) -> bool {
        matches!(self, Basic::Complex64 | Basic::Complex128)
    }
    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }
    pub fn is_string(self) -> bool {
        matches!(self, Basic::String | Basic::UntypedString)
    }
    pub fn is_boolean(self) -> bool {
        matches!(self, Basic::Bool | Basic::UntypedBool)
    }
    pub fn is_ordered(self) -> bool {
        self.is_integer() || self.is_float() || self.is_string()
    }
    /// Size in bytes on amd64.
    pub fn size(self) -> u64 {
        use Basic::*;
        match self {
            Bool | Int8 | Uint8 => 1,
            Int16 | Uint16 => 2,
            Int32 | Uint32 | Float32 => 4,
            Int | Int64 | Uint | Uint64 | Uintptr | Float64 | Complex64 | UnsafePointer => 8,
            Complex128 | String => 16,
            _ => 8,
        }
    }
    /// The width in bits of an integer type.
    pub fn bits(self) -> u32 {
        self.size() as u32 * 8
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    pub name: String,
    pub typ: Type,
    pub embedded: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    pub params: Vec<Type>,
    pub results: Vec<Type>,
    pub variadic: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Method {
    pub name: String,
    pub sig: Type,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TypeKind {
    Basic(Basic),
    /// A defined type. `underlying` is `None` until its declaration is resolved.
    Named {
        name: String,
        pkg: String,
        underlying: Option<Type>,
        id: u32,
    },
    Pointer(Type),
    Slice(Type),
    Array(Type, u64),
    Map(Type, Type),
    Chan(ChanDir, Type),
    Struct(Vec<Field>),
    Func(Signature),
    Interface(Vec<Method>),
    /// The results of a call returning several values.
    Tuple(Vec<Type>),
}

#[derive(Clone)]
pub struct TypeTable {
    kinds: Vec<TypeKind>,
    interned: HashMap<TypeKind, Type>,
    named_count: u32,
}

/// `byte` and `rune` are aliases of `uint8` and `int32`: identical types,
/// but messages name them as written (`cannot use r (variable of type rune)`),
/// as types2 does. They get their own indices, and `canon` maps them to the
/// real ones wherever identity matters.
pub const BYTE: Type = Type(BASICS.len() as u32);
pub const RUNE: Type = Type(BASICS.len() as u32 + 1);

/// The predeclared basic types have fixed indices, in `Basic` order.
pub const BASICS: [Basic; 25] = {
    use Basic::*;
    [
        Invalid,
        Bool,
        Int,
        Int8,
        Int16,
        Int32,
        Int64,
        Uint,
        Uint8,
        Uint16,
        Uint32,
        Uint64,
        Uintptr,
        Float32,
        Float64,
        Complex64,
        Complex128,
        String,
        UnsafePointer,
        UntypedBool,
        UntypedInt,
        UntypedRune,
        UntypedFloat,
        UntypedString,
        UntypedNil,
    ]
};

impl Default for TypeTable {
    fn default() -> Self {
        let mut t = TypeTable { kinds: Vec::new(), interned: HashMap::new(), named_count: 0 };
        for b in BASICS {
            t.intern(TypeKind::Basic(b));
        }
        // The aliases are not interned: looking up Basic(Uint8) finds uint8.
        t.kinds.push(TypeKind::Basic(Basic::Uint8));
        t.kinds.push(TypeKind::Basic(Basic::Int32));
        t
    }
}

impl TypeTable {
    pub fn basic(b: Basic) -> Type {
        Type(BASICS.iter().position(|x| *x == b).unwrap() as u32)
    }

    /// The type itself, or for `byte`/`rune` the type they alias.
    pub fn canon(&self, t: Type) -> Type {
        match t {
            BYTE => TypeTable::basic(Basic::Uint8),
            RUNE => TypeTable::basic(Basic::Int32),
            t => t,
        }
    }

    /// The spec's type identity.
    pub fn identical(&self, a: Type, b: Type) -> bool {
        self.canon(a) == self.canon(b)
    }

    /// Interns a structural type. Components are canonicalised first, so
    /// `[]byte` and `[]uint8` are one type (printed `[]uint8`).
    pub fn intern(&mut self, kind: TypeKind) -> Type {
        let c = |t: &mut Type| {
            *t = match *t {
                BYTE => TypeTable::basic(Basic::Uint8),
                RUNE => TypeTable::basic(Basic::Int32),
                t => t,
            }
        };
        let mut kind = kind;
        match &mut kind {
            TypeKind::Pointer(e) | TypeKind::Slice(e) | TypeKind::Array(e, _) | TypeKind::Chan(_, e) => c(e),
            TypeKind::Map(k, v) => {
                c(k);
                c(v);
            }
            TypeKind::Struct(fields) => fields.iter_mut().for_each(|f| c(&mut f.typ)),
            TypeKind::Func(sig) => sig.params.iter_mut().chain(sig.results.iter_mut()).for_each(c),
            TypeKind::Tuple(elems) => elems.iter_mut().for_each(c),
            _ => {}
        }
        if let Some(t) = self.interned.get(&kind) {
            return *t;
        }
        let t = Type(self.kinds.len() as u32);
        self.kinds.push(kind.clone());
        self.interned.insert(kind, t);
        t
    }

    /// A new defined type; its underlying type is set with `set_underlying`.
    pub fn new_named(&mut self, name: &str, pkg: &str) -> Type {
        self.named_count += 1;
        let t = Type(self.kinds.len() as u32);
        self.kinds.push(TypeKind::Named { name: name.into(), pkg: pkg.into(), underlying: None, id: self.named_count });
        t
    }

    pub fn set_underlying(&mut self, named: Type, underlying: Type) {
        let u = self.underlying(underlying);
        if let TypeKind::Named { underlying: slot, .. } = &mut self.kinds[named.0 as usize] {
            *slot = Some(u);
        }
    }

    pub fn kind(&self, t: Type) -> &TypeKind {
        &self.kinds[t.0 as usize]
    }

    /// The underlying type: itself for everything but named types.
    pub fn underlying(&self, t: Type) -> Type {
        let mut t = t;
        for _ in 0..100 {
            match &self.kinds[t.0 as usize] {
                TypeKind::Named { underlying: Some(u), .. } => t = *u,
                TypeKind::Named { underlying: None, .. } => return TypeTable::basic(Basic::Invalid),
                _ => return t,
            }
        }
        TypeTable::basic(Basic::Invalid)
    }

    pub fn under(&self, t: Type) -> &TypeKind {
        self.kind(self.underlying(t))
    }

    /// The basic kind of `t`'s underlying type, if it is basic.
    pub fn basic_of(&self, t: Type) -> Option<Basic> {
        match self.under(t) {
            TypeKind::Basic(b) => Some(*b),
            _ => None,
        }
    }

    pub fn is_untyped(&self, t: Type) -> bool {
        matches!(self.kind(t), TypeKind::Basic(b) if b.is_untyped())
    }

    pub fn is_invalid(&self, t: Type) -> bool {
        t == TypeTable::basic(Basic::Invalid)
    }

    pub fn is_integer(&self, t: Type) -> bool {
        self.basic_of(t).is_some_and(|b| b.is_integer())
    }
    pub fn is_unsigned(&self, t: Type) -> bool {
        self.basic_of(t).is_some_and(|b| b.is_unsigned())
    }
    pub fn is_float(&self, t: Type) -> bool {
        self.basic_of(t).is_some_and(|b| b.is_float())
    }
    pub fn is_numeric(&self, t: Type) -> bool {
        self.basic_of(t).is_some_and(|b| b.is_numeric())
    }
    pub fn is_string(&self, t: Type) -> bool {
        self.basic_of(t).is_some_and(|b| b.is_string())
    }
    pub fn is_boolean(&self, t: Type) -> bool {
        self.basic_of(t).is_some_and(|b| b.is_boolean())
    }
    pub fn is_interface(&self, t: Type) -> bool {
        matches!(self.under(t), TypeKind::Interface(_))
    }

    pub fn pointer(&mut self, elem: Type) -> Type {
        self.intern(TypeKind::Pointer(elem))
    }
    pub fn slice(&mut self, elem: Type) -> Type {
        self.intern(TypeKind::Slice(elem))
    }
    pub fn tuple(&mut self, elems: Vec<Type>) -> Type {
        self.intern(TypeKind::Tuple(elems))
    }
    pub fn func(&mut self, params: Vec<Type>, results: Vec<Type>, variadic: bool) -> Type {
        self.intern(TypeKind::Func(Signature { params, results, variadic }))
    }
    /// `interface{}` (`any`).
    pub fn empty_interface(&mut self) -> Type {
        self.intern(TypeKind::Interface(Vec::new()))
    }

    /// The type as Go prints it in messages and type descriptors: `int`,
    /// `main.MyInt` (`qualified`) or `MyInt`, `[]string`, `func(int) bool`.
    pub fn name(&self, t: Type, qualified: bool) -> String {
        let mut s = String::new();
        self.write_name(t, qualified, &mut s, 0);
        s
    }

    fn write_name(&self, t: Type, q: bool, s: &mut String, depth: u32) {
        if depth > 20 {
            s.push_str("...");
            return;
        }
        let d = depth + 1;
        match self.kind(t) {
            _ if t == BYTE => s.push_str("byte"),
            _ if t == RUNE => s.push_str("rune"),
            TypeKind::Basic(b) => s.push_str(b.name()),
            // Unqualified names still qualify types of other packages
            // (`time.Duration`), as gc prints them from package main.
            TypeKind::Named { name, pkg, .. } => {
                if (q || pkg != "main") && !pkg.is_empty() {
                    s.push_str(pkg);
                    s.push('.');
                }
                s.push_str(name);
            }
            TypeKind::Pointer(e) => {
                s.push('*');
                self.write_name(*e, q, s, d);
            }
            TypeKind::Slice(e) => {
                s.push_str("[]");
                self.write_name(*e, q, s, d);
            }
            TypeKind::Array(e, n) => {
                s.push_str(&format!("[{n}]"));
                self.write_name(*e, q, s, d);
            }
            TypeKind::Map(k, v) => {
                s.push_str("map[");
                self.write_name(*k, q, s, d);
                s.push(']');
                self.write_name(*v, q, s, d);
            }
            TypeKind::Chan(dir, e) => {
                s.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                self.write_name(*e, q, s, d);
            }
            TypeKind::Struct(fields) => {
                s.push_str("struct{");
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    if !f.embedded {
                        s.push_str(&f.name);
                        s.push(' ');
                    }
                    self.write_name(f.typ, q, s, d);
                }
                s.push('}');
            }
            TypeKind::Func(sig) => {
                s.push_str("func");
                self.write_signature(sig, q, s, d);
            }
            TypeKind::Interface(methods) => {
                if methods.is_empty() {
                    s.push_str("interface {}");
                } else {
                    s.push_str("interface {");
                    for (i, m) in methods.iter().enumerate() {
                        if i > 0 {
                            s.push(';');
                        }
                        s.push(' ');
                        s.push_str(&m.name);
                        if let TypeKind::Func(sig) = self.kind(m.sig) {
                            self.write_signature(sig, q, s, d);
                        }
                    }
                    s.push_str(" }");
                }
            }
            TypeKind::Tuple(elems) => {
                s.push('(');
                for (i, e) in elems.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_name(*e, q, s, d);
                }
                s.push(')');
            }
        }
    }

    fn write_signature(&self, sig: &Signature, q: bool, s: &mut String, d: u32) {
        s.push('(');
        for (i, p) in sig.params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if sig.variadic && i + 1 == sig.params.len() {
                s.push_str("...");
                if let TypeKind::Slice(e) = self.kind(*p) {
                    self.write_name(*e, q, s, d);
                    continue;
                }
            }
            self.write_name(*p, q, s, d);
        }
        s.push(')');
        match sig.results.len() {
            0 => {}
            1 => {
                s.push(' ');
                self.write_name(sig.results[0], q, s, d);
            }
            _ => {
                s.push_str(" (");
                for (i, r) in sig.results.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_name(*r, q, s, d);
                }
                s.push(')');
            }
        }
    }

    /// Size in bytes (amd64).
    /// Whether a value of type `t` is its interface's data word itself
    /// (pointer-shaped): a pointer, map, channel or func, or a struct or
    /// array holding just one such value. Go: `types.IsDirectIface`.
    pub fn is_direct_iface(&self, t: Type) -> bool {
        match self.under(t) {
            TypeKind::Pointer(_) | TypeKind::Map(..) | TypeKind::Chan(..) | TypeKind::Func(_) => true,
            TypeKind::Array(e, 1) => self.is_direct_iface(*e),
            TypeKind::Struct(fields) if fields.len() == 1 => self.is_direct_iface(fields[0].typ),
            _ => false,
        }
    }

    pub fn size(&self, t: Type) -> u64 {
        match self.under(t) {
            TypeKind::Basic(b) => b.size(),
            TypeKind::Pointer(_) | TypeKind::Map(..) | TypeKind::Chan(..) | TypeKind::Func(_) => 8,
            TypeKind::Slice(_) => 24,
            TypeKind::Interface(_) => 16,
            TypeKind::Array(e, n) => self.size(*e).saturating_mul(*n),
            TypeKind::Struct(fields) => {
                let mut off = 0u64;
                let mut align = 1;
                for f in fields {
                    let a = self.align(f.typ);
                    align = align.max(a);
                    off = off.next_multiple_of(a) + self.size(f.typ);
                }
                // A final zero-size field gets a byte of padding in gc.
                if let Some(last) = fields.last() {
                    if self.size(last.typ) == 0 && off > 0 {
                        off += 1;
                    }
                }
                off.next_multiple_of(align)
            }
            TypeKind::Tuple(elems) => elems.iter().map(|e| self.size(*e)).sum(),
            TypeKind::Named { .. } => 0,
        }
    }

    pub fn align(&self, t: Type) -> u64 {
        match self.under(t) {
            TypeKind::Basic(Basic::Complex128) | TypeKind::Basic(Basic::String) => 8,
            TypeKind::Basic(Basic::Complex64) => 4,
            TypeKind::Basic(b) => b.size().clamp(1, 8),
            TypeKind::Array(e, _) => self.align(*e),
            TypeKind::Struct(fields) => fields.iter().map(|f| self.align(f.typ)).max().unwrap_or(1),
            _ => 8,
        }
    }

    /// Byte offsets of a struct's fields.
    pub fn field_offsets(&self, t: Type) -> Vec<u64> {
        let mut out = Vec::new();
        if let TypeKind::Struct(fields) = self.under(t) {
            let mut off = 0u64;
            for f in fields {
                off = off.next_multiple_of(self.align(f.typ));
                out.push(off);
                off += self.size(f.typ);
            }
        }
        out
    }

    /// Whether values of `t` can be compared with `==`.
    pub fn comparable(&self, t: Type) -> bool {
        match self.under(t) {
            TypeKind::Basic(b) => *b != Basic::UntypedNil,
            TypeKind::Pointer(_) | TypeKind::Chan(..) | TypeKind::Interface(_) => true,
            TypeKind::Struct(fields) => fields.iter().all(|f| self.comparable(f.typ)),
            TypeKind::Array(e, _) => self.comparable(*e),
            _ => false,
        }
    }
}
