//! The type checker: `ast::File`s → `ir::Package`, with gc's diagnostics.
//!
//! It works like gc's types2, in three steps:
//! 1. Collect: every package-level name goes into the package scope with a
//!    reference to its declaration, unresolved (`collect`).
//! 2. Resolve: names are resolved on first use, recursively (`resolve`):
//!    a constant's value, a type's underlying type, a variable's type, a
//!    function's signature. A name met again while it is being resolved is a
//!    cycle (`initialization cycle`, `invalid recursive type`).
//! 3. Check bodies: each function body, and each package-level variable
//!    initializer, is checked and lowered to IR in one walk
//!    (`stmt.rs`, `expr.rs`).
//! Finally the package initializer `main.init` is assembled, with the
//! variables in the order the spec gives ("Package initialization"):
//! repeatedly the earliest variable in declaration order that has no
//! dependency on an uninitialized variable.
//!
//! Diagnostics never stop the checker: an invalid operand gets the invalid
//! type, and nothing is reported again about an invalid operand.
//!
//! Go: src/cmd/compile/internal/types2 (resolver.go, decl.go, initorder.go).

mod builtins;
mod composite;
mod expr;
mod range;

mod stmt;
mod typexpr;

use crate::diag::Diagnostics;
use crate::ir::{self, FuncId, GlobalId, LocalId};
use crate::source::{SourceMap, Span};
use crate::syntax::ast;
use crate::types::constant::Value;
use crate::types::types::{Basic, Type, TypeKind, TypeTable};
use std::collections::{HashMap, HashSet};

/// An entity: anything a name can denote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EntId(u32);

#[derive(Clone, Debug)]
pub enum Obj {
    Const {
        ty: Type,
        val: Value,
    },
    TypeName(Type),
    Global(GlobalId),
    Local(LocalId),
    Func(FuncId),
    Builtin(BuiltinName),
    Nil,
    /// An imported package (index into `Checker::pkgs`).
    Package(usize),
    /// A package-level name whose declaration is bad: uses stay silent.
    Invalid,
}

/// The predeclared functions. Only some are implemented; the rest are
/// known so that using them gets a clear message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinName {
    Print,
    Println,
    Panic,
    Len,
    Cap,
    New,
    Make,
    Append,
    Copy,
    Delete,
    Other(&'static str),
}

impl BuiltinName {
    pub fn name(self) -> &'static str {
        match self {
            BuiltinName::Print => "print",
            BuiltinName::Println => "println",
            BuiltinName::Panic => "panic",
            BuiltinName::Len => "len",
            BuiltinName::Cap => "cap",
            BuiltinName::New => "new",
            BuiltinName::Make => "make",
            BuiltinName::Append => "append",
            BuiltinName::Copy => "copy",
            BuiltinName::Delete => "delete",
            BuiltinName::Other(n) => n,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    Unresolved,
    Resolving,
    Resolved,
}

/// Where a package-level name was declared.
#[derive(Clone, Debug)]
enum Decl {
    None,
    Const { spec: ast::ValueSpec, index: usize },
    Var { spec_id: usize, index: usize },
    Type(ast::TypeSpec),
    Func(usize),
}

#[derive(Clone, Debug)]
pub struct Entity {
    pub name: String,
    pub span: Span,
    pub obj: Obj,
    state: State,
    decl: Decl,
    /// For local variables: read at least once.
    pub used: bool,
    /// The package that declares it (index into `Checker::pkgs`).
    pub pkg: usize,
}

/// A package-level `var` spec: several names may share one initializer.
#[derive(Clone, Debug)]
struct VarSpec {
    spec: ast::ValueSpec,
    ents: Vec<EntId>,
    /// Checked initializer(s): one per name, or one multi-value call.
    init: Option<VarInit>,
    checked: bool,
    /// Package-level variables and functions the initializer refers to.
    deps: HashSet<DepKey>,
}

#[derive(Clone, Debug)]
enum VarInit {
    Each(Vec<ir::Expr>),
    Multi(ir::Expr),
    /// A multi-value call whose results the targets take converted (a
    /// value boxed into an interface): the call into hidden locals first,
    /// then each converted value assigned.
    Converted {
        call: ir::Expr,
        temps: Vec<LocalId>,
        values: Vec<ir::Expr>,
    },
}

impl VarInit {
    /// The statements assigning the values to `places`.
    fn stmts(self, places: Vec<ir::Place>, span: Span) -> Vec<ir::Stmt> {
        let stmt = |kind| ir::Stmt { kind, span };
        match self {
            VarInit::Each(values) => vec![stmt(ir::StmtKind::Assign(places, values))],
            VarInit::Multi(call) => vec![stmt(ir::StmtKind::AssignMulti(places, call))],
            VarInit::Converted { call, temps, values } => {
                let mut out: Vec<ir::Stmt> = temps.iter().map(|t| stmt(ir::StmtKind::Decl(*t, None))).collect();
                out.push(stmt(ir::StmtKind::AssignMulti(temps.iter().map(|t| ir::Place::Local(*t)).collect(), call)));
                out.push(stmt(ir::StmtKind::Assign(places, values)));
                out
            }
        }
    }
}

/// A node of the initialization dependency graph.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DepKey {
    Var(usize),
    Func(FuncId),
}

/// A function being declared at package level.
struct FuncDecl {
    decl: ast::FuncDecl,
    id: FuncId,
    ent: Option<EntId>,
    sig: Option<Type>,
    deps: HashSet<DepKey>,
    pkg: usize,
}

pub struct Checker<'a> {
    pub sources: &'a SourceMap,
    pub diags: &'a mut Diagnostics,
    pub types: TypeTable,
    pub ents: Vec<Entity>,
    universe: HashMap<String, EntId>,
    /// The packages being compiled: `main` first, then the imported ones.
    pkgs: Vec<PackageScope>,
    /// The package whose code is being checked.
    cur: usize,
    funcs: Vec<ir::Func>,
    func_decls: Vec<FuncDecl>,
    globals: Vec<ir::Global>,
    var_specs: Vec<VarSpec>,
    /// Which var spec declares each global.
    global_spec: HashMap<GlobalId, usize>,
    /// The function whose body is being checked (also used for package-level
    /// initializers, which are checked inside `main.init`).
    fs: Option<stmt::FuncState>,
    /// Dependencies are recorded into this node while it is checked.
    dep_owner: Option<DepKey>,
    /// The `iota` value inside a constant declaration.
    iota: Option<i64>,
    /// Names of the `init` functions, in order.
    inits: Vec<FuncId>,
    /// Entities currently being resolved, for cycle reports.
    resolving: Vec<EntId>,
    /// The package initializer `main.init` while it is not the current
    /// function: package-level initializers are checked inside it.
    init_fs: Option<stmt::FuncState>,
    /// Errors gc finds only after type checking (in walk, e.g. `illegal
    /// types for operand: println`): gc reports them only when type
    /// checking found nothing, so they wait for the end.
    late_errors: Vec<(Span, String)>,
    /// Where the statement being checked assigns (a `var` name, the `=`,
    /// `return`): gc reports the boxing of a multi-value call's results
    /// there (`spread_results`).
    pub(super) spread_at: Option<Span>,
}

/// A package's name, import path and scope.
pub struct PackageScope {
    pub name: String,
    pub path: String,
    pub scope: HashMap<String, EntId>,
    /// The entities of this package's imports (reported if never used).
    imports: Vec<EntId>,
}

/// Checks the main package (`files`) and the packages it imports
/// (`imported`: their files, by import path).
pub fn check_package(
    files: &[ast::File],
    imported: &[(String, Vec<ast::File>)],
    sources: &SourceMap,
    diags: &mut Diagnostics,
) -> ir::Package {
    let mut c = Checker {
        sources,
        diags,
        types: TypeTable::default(),
        ents: Vec::new(),
        universe: HashMap::new(),
        pkgs: vec![PackageScope { name: "main".into(), path: "main".into(), scope: HashMap::new(), imports: vec![] }],
        cur: 0,
        funcs: Vec::new(),
        func_decls: Vec::new(),
        globals: Vec::new(),
        var_specs: Vec::new(),
        global_spec: HashMap::new(),
        fs: None,
        dep_owner: None,
        iota: None,
        inits: Vec::new(),
        resolving: Vec::new(),
        late_errors: Vec::new(),
        spread_at: None,
        init_fs: Some(stmt::FuncState::new(ir::Func {
            name: "init".into(),
            symbol: "main.init".into(),
            params: vec![],
            results: vec![],
            locals: vec![],
            body: vec![],
            span: Span::default(),
            pragmas: vec![],
            labels: 0,
            sites: Vec::new(),
            external: false,
            name_span: Span::default(),
            inlines: Vec::new(),
        })),
    };
    c.declare_universe();
    // The imported packages first, so main's imports can name them.
    for (path, pfiles) in imported {
        let name = pfiles.first().and_then(|f| f.package.as_ref()).map_or(path.clone(), |p| p.name.clone());
        c.pkgs.push(PackageScope { name, path: path.clone(), scope: HashMap::new(), imports: vec![] });
        c.cur = c.pkgs.len() - 1;
        for f in pfiles {
            c.collect(f);
        }
    }
    c.cur = 0;
    for f in files {
        c.check_package_clause(f);
    }
    for f in files {
        c.collect(f);
    }
    c.resolve_all();
    c.check_bodies();
    let late = std::mem::take(&mut c.late_errors);
    let pkg = c.finish();
    if diags.is_empty() {
        for (span, msg) in late {
            diags.error(span, msg);
        }
    }
    pkg
}

impl<'a> Checker<'a> {
    pub fn error(&mut self, span: Span, msg: impl Into<String>) {
        self.diags.error(span, msg);
    }

    /// An error gc's walk phase reports, after type checking (see
    /// `late_errors`).
    pub fn late_error(&mut self, span: Span, msg: impl Into<String>) {
        self.late_errors.push((span, msg.into()));
    }

    fn new_ent(&mut self, name: &str, span: Span, obj: Obj, state: State, decl: Decl) -> EntId {
        let id = EntId(self.ents.len() as u32);
        let pkg = self.cur;
        self.ents.push(Entity { name: name.into(), span, obj, state, decl, used: false, pkg });
        id
    }

    fn declare_universe(&mut self) {
        let basics = [
            ("bool", Basic::Bool),
            ("int", Basic::Int),
            ("int8", Basic::Int8),
            ("int16", Basic::Int16),
            ("int32", Basic::Int32),
            ("int64", Basic::Int64),
            ("uint", Basic::Uint),
            ("uint8", Basic::Uint8),
            ("uint16", Basic::Uint16),
            ("uint32", Basic::Uint32),
            ("uint64", Basic::Uint64),
            ("uintptr", Basic::Uintptr),
            ("float32", Basic::Float32),
            ("float64", Basic::Float64),
            ("complex64", Basic::Complex64),
            ("complex128", Basic::Complex128),
            ("string", Basic::String),
        ];
        for (name, b) in basics {
            let e =
                self.new_ent(name, Span::default(), Obj::TypeName(TypeTable::basic(b)), State::Resolved, Decl::None);
            self.universe.insert(name.into(), e);
        }
        for (name, t) in [("byte", crate::types::types::BYTE), ("rune", crate::types::types::RUNE)] {
            let e = self.new_ent(name, Span::default(), Obj::TypeName(t), State::Resolved, Decl::None);
            self.universe.insert(name.into(), e);
        }
        let any = self.types.empty_interface();
        let e = self.new_ent("any", Span::default(), Obj::TypeName(any), State::Resolved, Decl::None);
        self.universe.insert("any".into(), e);
        // type error interface { Error() string }
        let error_sig = self.types.func(Vec::new(), vec![TypeTable::basic(Basic::String)], false);
        let error_iface =
            self.types.intern(crate::types::types::TypeKind::Interface(vec![crate::types::types::Method {
                name: "Error".into(),
                sig: error_sig,
            }]));
        let error = self.types.new_named("error", "");
        self.types.set_underlying(error, error_iface);
        let e = self.new_ent("error", Span::default(), Obj::TypeName(error), State::Resolved, Decl::None);
        self.universe.insert("error".into(), e);
        for (name, val) in [("true", true), ("false", false)] {
            let obj = Obj::Const { ty: TypeTable::basic(Basic::UntypedBool), val: Value::Bool(val) };
            let e = self.new_ent(name, Span::default(), obj, State::Resolved, Decl::None);
            self.universe.insert(name.into(), e);
        }
        let e = self.new_ent("nil", Span::default(), Obj::Nil, State::Resolved, Decl::None);
        self.universe.insert("nil".into(), e);
        let e = self.new_ent("iota", Span::default(), Obj::Invalid, State::Resolved, Decl::None);
        self.universe.insert("iota".into(), e);
        let builtins = [
            BuiltinName::Print,
            BuiltinName::Println,
            BuiltinName::Panic,
            BuiltinName::Len,
            BuiltinName::Append,
            BuiltinName::Cap,
            BuiltinName::Other("clear"),
            BuiltinName::Other("close"),
            BuiltinName::Other("complex"),
            BuiltinName::Copy,
            BuiltinName::Delete,
            BuiltinName::Other("imag"),
            BuiltinName::Make,
            BuiltinName::Other("max"),
            BuiltinName::Other("min"),
            BuiltinName::New,
            BuiltinName::Other("real"),
            BuiltinName::Other("recover"),
        ];
        for b in builtins {
            let e = self.new_ent(b.name(), Span::default(), Obj::Builtin(b), State::Resolved, Decl::None);
            self.universe.insert(b.name().into(), e);
        }
    }

    fn check_package_clause(&mut self, f: &ast::File) {
        if let Some(p) = &f.package {
            if p.name != "main" {
                self.error(
                    p.span,
                    format!("package {} is not a main package: gocc builds commands (package main)", p.name),
                );
            }
        }
        for imp in &f.imports {
            match self.pkgs.iter().position(|p| p.path == imp.path) {
                Some(i) if i > 0 => {
                    let name = imp.name.as_ref().map_or(self.pkgs[i].name.clone(), |n| n.name.clone());
                    let e = self.new_ent(&name, imp.span, Obj::Package(i), State::Resolved, Decl::None);
                    self.pkgs[0].scope.insert(name, e);
                    self.pkgs[0].imports.push(e);
                }
                _ => self.error(
                    imp.span,
                    format!("could not import {} (gocc provides no package {} yet)", imp.path, imp.path),
                ),
            }
        }
    }

    /// Declares a package-level name, reporting a redeclaration as gc does.
    fn declare_package(&mut self, name: &ast::Ident, ent: EntId) {
        if name.name == "_" {
            return;
        }
        if let Some(&prev) = self.pkgs[self.cur].scope.get(&name.name) {
            let prev_span = self.ents[prev.0 as usize].span;
            let related = vec![(prev_span, format!("other declaration of {}", name.name))];
            self.diags.error_related(name.span, format!("{} redeclared in this block", name.name), related);
            return;
        }
        self.pkgs[self.cur].scope.insert(name.name.clone(), ent);
    }

    fn collect(&mut self, f: &ast::File) {
        for d in &f.decls {
            match d {
                ast::Decl::Bad(_) => {}
                ast::Decl::Func(fd) => self.collect_func(fd),
                ast::Decl::Gen(g) => {
                    for spec in &g.specs {
                        match (g.kind, spec) {
                            (ast::DeclKind::Const, ast::Spec::Value(v)) => {
                                for (i, name) in v.names.iter().enumerate() {
                                    if name.name == "init" || name.name == "main" {
                                        self.error(name.span, format!("cannot declare {} - must be func", name.name));
                                        continue;
                                    }
                                    let decl = Decl::Const { spec: v.clone(), index: i };
                                    let e = self.new_ent(&name.name, name.span, Obj::Invalid, State::Unresolved, decl);
                                    self.declare_package(name, e);
                                }
                            }
                            (ast::DeclKind::Var, ast::Spec::Value(v)) => {
                                let spec_id = self.var_specs.len();
                                let mut ents = Vec::new();
                                for (i, name) in v.names.iter().enumerate() {
                                    if name.name == "init" || name.name == "main" {
                                        self.error(name.span, format!("cannot declare {} - must be func", name.name));
                                    }
                                    let decl = Decl::Var { spec_id, index: i };
                                    let e = self.new_ent(&name.name, name.span, Obj::Invalid, State::Unresolved, decl);
                                    if name.name != "init" && name.name != "main" {
                                        self.declare_package(name, e);
                                    }
                                    ents.push(e);
                                }
                                self.var_specs.push(VarSpec {
                                    spec: v.clone(),
                                    ents,
                                    init: None,
                                    checked: false,
                                    deps: HashSet::new(),
                                });
                            }
                            (ast::DeclKind::Type, ast::Spec::Type(t)) => {
                                if t.name.name == "init" || t.name.name == "main" {
                                    self.error(t.name.span, format!("cannot declare {} - must be func", t.name.name));
                                    continue;
                                }
                                let e = self.new_ent(
                                    &t.name.name,
                                    t.name.span,
                                    Obj::Invalid,
                                    State::Unresolved,
                                    Decl::Type(t.clone()),
                                );
                                self.declare_package(&t.name, e);
                            }
                            _ => {}
                        }
                    }
                }
            }
        }
    }

    fn collect_func(&mut self, fd: &ast::FuncDecl) {
        if fd.recv.is_some() {
            self.error(fd.name.span, "methods are not supported by gocc yet");
            return;
        }
        let id = FuncId(self.funcs.len() as u32);
        let name = &fd.name.name;
        let is_init = name == "init";
        let go_name = if is_init { format!("init.{}", self.inits.len()) } else { name.clone() };
        let pkg = self.pkgs[self.cur].name.clone();
        self.funcs.push(ir::Func {
            name: go_name.clone(),
            symbol: format!("{pkg}.{go_name}"),
            params: Vec::new(),
            results: Vec::new(),
            locals: Vec::new(),
            body: Vec::new(),
            span: fd.span,
            pragmas: fd.pragmas.clone(),
            labels: 0,
            sites: Vec::new(),
            // A function of an imported package declared without a body is
            // implemented by the runtime, under the same symbol.
            external: self.cur != 0 && fd.body.is_none(),
            name_span: fd.name.span,
            inlines: Vec::new(),
        });
        let mut ent = None;
        if is_init {
            self.inits.push(id);
        } else if name != "_" {
            let e =
                self.new_ent(name, fd.name.span, Obj::Func(id), State::Unresolved, Decl::Func(self.func_decls.len()));
            if name == "main" && self.cur == 0 && self.pkgs[0].scope.contains_key("main") {
                let prev = self.pkgs[0].scope["main"];
                let prev_span = self.ents[prev.0 as usize].span;
                let related = vec![(prev_span, "other declaration of main".to_string())];
                self.diags.error_related(fd.name.span, "main redeclared in this block", related);
            } else {
                self.declare_package(&fd.name, e);
            }
            ent = Some(e);
        }
        if (is_init || name == "main") && (!fd.typ.params.is_empty() || !fd.typ.results.is_empty()) {
            self.error(fd.name.span, format!("func {name} must have no arguments and no return values"));
        }
        if fd.body.is_none() {
            // gc reports this only when everything else type-checks (see finish).
        }
        self.func_decls.push(FuncDecl { decl: fd.clone(), id, ent, sig: None, deps: HashSet::new(), pkg: self.cur });
    }

    /// Resolves every package-level name, in source order.
    fn resolve_all(&mut self) {
        let mut names: Vec<EntId> = self.pkgs.iter().flat_map(|p| p.scope.values().copied()).collect();
        names.sort_by_key(|e| self.ents[e.0 as usize].span.lo);
        for e in names {
            self.resolve(e, None);
        }
        for i in 0..self.func_decls.len() {
            self.func_signature(i);
        }
        for i in 0..self.var_specs.len() {
            self.check_var_spec(i);
        }
    }

    /// Looks a name up: the innermost local scope, then the package, then
    /// the universe.
    pub fn lookup(&self, name: &str) -> Option<EntId> {
        if let Some(fs) = &self.fs {
            for scope in fs.scopes.iter().rev() {
                if let Some(e) = scope.get(name) {
                    return Some(*e);
                }
            }
        }
        self.pkgs[self.cur].scope.get(name).or_else(|| self.universe.get(name)).copied()
    }

    /// Whether an entity is a constant, resolved or not (a bad declaration
    /// counts, to stay silent about it).
    pub(super) fn is_const_entity(&self, e: EntId) -> bool {
        let ent = &self.ents[e.0 as usize];
        matches!(ent.obj, Obj::Const { .. } | Obj::Invalid) || matches!(ent.decl, Decl::Const { .. })
    }

    /// Makes sure the entity's object is known (`use_span` is where it was
    /// used, for cycle reports).
    pub fn resolve(&mut self, e: EntId, use_span: Option<Span>) {
        let state = self.ents[e.0 as usize].state;
        match state {
            State::Resolved => {}
            State::Resolving => self.report_cycle(e, use_span),
            State::Unresolved => {
                // A name is resolved in the scope of the package declaring it.
                let saved_cur = std::mem::replace(&mut self.cur, self.ents[e.0 as usize].pkg);
                self.ents[e.0 as usize].state = State::Resolving;
                self.resolving.push(e);
                let decl = self.ents[e.0 as usize].decl.clone();
                match decl {
                    Decl::Const { spec, index } => self.resolve_const(e, &spec, index),
                    Decl::Type(t) => self.resolve_type_decl(e, &t),
                    Decl::Var { spec_id, index } => self.resolve_var(e, spec_id, index),
                    Decl::Func(i) => {
                        self.func_signature(i);
                    }
                    Decl::None => {}
                }
                self.resolving.pop();
                self.ents[e.0 as usize].state = State::Resolved;
                self.cur = saved_cur;
            }
        }
    }

    pub fn is_resolving(&self, e: EntId) -> bool {
        self.ents[e.0 as usize].state == State::Resolving
    }

    pub fn report_cycle(&mut self, e: EntId, _use_span: Option<Span>) {
        let ent = self.ents[e.0 as usize].clone();
        match ent.decl {
            Decl::Const { .. } => {
                // gc: "initialization cycle: k refers to itself", or the chain.
                let start = self.resolving.iter().position(|x| *x == e).unwrap_or(0);
                let chain: Vec<EntId> = self.resolving[start..].to_vec();
                if chain.len() <= 1 {
                    self.error(ent.span, format!("initialization cycle: {} refers to itself", ent.name));
                } else {
                    self.error(ent.span, format!("initialization cycle or recursion for {}", ent.name));
                }
                self.ents[e.0 as usize].obj = Obj::Invalid;
            }
            Decl::Type(_) => {
                let start = self.resolving.iter().position(|x| *x == e).unwrap_or(0);
                let chain: Vec<EntId> = self.resolving[start..].to_vec();
                if chain.len() <= 1 {
                    self.error(ent.span, format!("invalid recursive type: {} refers to itself", ent.name));
                } else {
                    let related = (0..chain.len())
                        .map(|w| {
                            let a = &self.ents[chain[w].0 as usize];
                            let b = &self.ents[chain[(w + 1) % chain.len()].0 as usize];
                            (a.span, format!("{} refers to {}", a.name, b.name))
                        })
                        .collect();
                    self.diags.error_related(ent.span, format!("invalid recursive type {}", ent.name), related);
                }
            }
            // A variable met again while its initializer is checked: the
            // initialization order reports the cycle (with the functions in it).
            Decl::Var { spec_id, .. } => self.record_dep(DepKey::Var(spec_id), ent.span),
            _ => {}
        }
    }

    fn resolve_const(&mut self, e: EntId, spec: &ast::ValueSpec, index: usize) {
        let saved_iota = self.iota.replace(spec.iota as i64);
        let (ty, val) = self.const_value(spec, index, true);
        self.iota = saved_iota;
        self.ents[e.0 as usize].obj = match val {
            Some(val) => Obj::Const { ty, val },
            None => Obj::Invalid,
        };
    }

    fn resolve_type_decl(&mut self, e: EntId, t: &ast::TypeSpec) {
        if t.alias {
            let ty = self.type_expr(&t.typ);
            self.ents[e.0 as usize].obj = Obj::TypeName(ty);
            return;
        }
        let pkg = self.pkgs[self.cur].name.clone();
        let named = self.types.new_named(&t.name.name, &pkg);
        self.ents[e.0 as usize].obj = Obj::TypeName(named);
        let underlying = self.type_expr_decl(&t.typ, named);
        self.types.set_underlying(named, underlying);
        self.check_width(named, t.name.span);
    }

    fn resolve_var(&mut self, _e: EntId, spec_id: usize, _index: usize) {
        self.check_var_spec(spec_id);
    }

    fn func_signature(&mut self, i: usize) -> Type {
        if let Some(t) = self.func_decls[i].sig {
            return t;
        }
        let ft = self.func_decls[i].decl.typ.clone();
        let sig = self.signature(&ft);
        self.func_decls[i].sig = Some(sig);
        if let Some(e) = self.func_decls[i].ent {
            self.ents[e.0 as usize].state = State::Resolved;
        }
        sig
    }

    /// The type of a function, by id.
    pub fn func_type(&mut self, id: FuncId) -> Type {
        let i = self.func_decls.iter().position(|f| f.id == id).expect("declared function");
        self.func_signature(i)
    }

    /// Checks a package-level var spec's initializer (once), inside main.init.
    fn check_var_spec(&mut self, spec_id: usize) {
        if self.var_specs[spec_id].checked {
            return;
        }
        self.var_specs[spec_id].checked = true;
        let spec = self.var_specs[spec_id].spec.clone();
        let ents = self.var_specs[spec_id].ents.clone();
        for e in &ents {
            self.ents[e.0 as usize].state = State::Resolving;
        }
        // Initializers are checked in the package initializer's context: the
        // temporaries they need become locals of main.init. (A nested call,
        // for a variable referenced by an initializer, is already inside it.)
        let entered = match self.init_fs.take() {
            Some(init_fs) => Some(self.fs.replace(init_fs)),
            None => None,
        };
        let saved_owner = self.dep_owner.replace(DepKey::Var(spec_id));
        let declared = spec.typ.as_ref().map(|t| self.type_expr(t));
        self.spread_at = spec.names.first().map(|n| n.span.start_span());
        let (types, init) = self.var_decl_values(&spec, declared, "variable declaration");
        self.spread_at = None;
        self.dep_owner = saved_owner;
        if let Some(saved_fs) = entered {
            self.init_fs = std::mem::replace(&mut self.fs, saved_fs);
        }
        for (i, e) in ents.iter().enumerate() {
            let name = spec.names[i].clone();
            let id = GlobalId(self.globals.len() as u32);
            let pkg = self.pkgs[self.ents[e.0 as usize].pkg].name.clone();
            // Blank variables (`var _ = f()`) each get a symbol of their own.
            let symbol = if name.name == "_" { format!("{pkg}._·{}", id.0) } else { format!("{pkg}.{}", name.name) };
            // gc's limit on a symbol: 2e9 bytes.
            let size = self.types.size(types[i]);
            if !self.check_width(types[i], name.span) && size > 2_000_000_000 {
                // Found by gc after type checking (when it writes symbols).
                self.late_error(name.span, format!("{symbol}: symbol too large ({size} bytes > 2000000000 bytes)"));
            }
            self.globals.push(ir::Global { name: name.name.clone(), symbol, ty: types[i], span: name.span });
            self.global_spec.insert(id, spec_id);
            self.ents[e.0 as usize].obj = Obj::Global(id);
            self.ents[e.0 as usize].state = State::Resolved;
        }
        self.var_specs[spec_id].init = init;
    }

    fn check_bodies(&mut self) {
        for i in 0..self.func_decls.len() {
            let fd = self.func_decls[i].decl.clone();
            let id = self.func_decls[i].id;
            let sig = self.func_signature(i);
            let saved_owner = self.dep_owner.replace(DepKey::Func(id));
            self.cur = self.func_decls[i].pkg;
            self.check_func_body(id, &fd, sig);
            self.cur = 0;
            self.dep_owner = saved_owner;
        }
    }

    /// Records that the current declaration refers to a package-level
    /// variable or function (for the initialization order).
    pub fn record_dep(&mut self, to: DepKey, span: Span) {
        if let Some(owner) = self.dep_owner {
            let set = match owner {
                DepKey::Var(i) => &mut self.var_specs[i].deps,
                DepKey::Func(f) => {
                    let i = self.func_decls.iter().position(|d| d.id == f).unwrap();
                    &mut self.func_decls[i].deps
                }
            };
            set.insert(to);
            let _ = span;
        }
    }

    /// The variables each node depends on, through any chain of functions.
    fn var_dependencies(&self, start: DepKey) -> (HashSet<usize>, Option<Vec<DepKey>>) {
        let direct = |k: DepKey| -> Vec<DepKey> {
            match k {
                DepKey::Var(i) => self.var_specs[i].deps.iter().copied().collect(),
                DepKey::Func(f) => self
                    .func_decls
                    .iter()
                    .find(|d| d.id == f)
                    .map(|d| d.deps.iter().copied().collect())
                    .unwrap_or_default(),
            }
        };
        let mut vars = HashSet::new();
        let mut seen = HashSet::new();
        let mut stack = direct(start);
        stack.sort_by_key(|k| format!("{k:?}"));
        let mut cycle = None;
        // Depth-first search with a path, to name the cycle if there is one.
        fn dfs(
            k: DepKey,
            start: DepKey,
            direct: &dyn Fn(DepKey) -> Vec<DepKey>,
            path: &mut Vec<DepKey>,
            seen: &mut HashSet<DepKey>,
            vars: &mut HashSet<usize>,
            cycle: &mut Option<Vec<DepKey>>,
        ) {
            if k == start && cycle.is_none() {
                *cycle = Some(path.clone());
            }
            if !seen.insert(k) {
                return;
            }
            if let DepKey::Var(i) = k {
                vars.insert(i);
            }
            path.push(k);
            let mut next = direct(k);
            next.sort_by_key(|k| format!("{k:?}"));
            for n in next {
                dfs(n, start, direct, path, seen, vars, cycle);
            }
            path.pop();
        }
        let mut path = vec![start];
        for k in std::mem::take(&mut stack) {
            dfs(k, start, &direct, &mut path, &mut seen, &mut vars, &mut cycle);
        }
        (vars, cycle)
    }

    /// The name of a dependency node, for cycle reports.
    fn dep_name(&self, k: DepKey) -> (String, Span) {
        match k {
            DepKey::Var(i) => {
                let s = &self.var_specs[i].spec;
                (s.names[0].name.clone(), s.names[0].span)
            }
            DepKey::Func(f) => {
                let d = self.func_decls.iter().find(|d| d.id == f).unwrap();
                (d.decl.name.name.clone(), d.decl.name.span)
            }
        }
    }

    /// Orders the package-level variables for initialization and builds
    /// `main.init`.
    fn init_order(&mut self) -> Vec<ir::Stmt> {
        let n = self.var_specs.len();
        let mut deps = Vec::with_capacity(n);
        let mut reported = HashSet::new();
        for i in 0..n {
            let (vars, cycle) = self.var_dependencies(DepKey::Var(i));
            if let Some(path) = cycle {
                if path.iter().all(|k| !reported.contains(k)) {
                    for k in &path {
                        reported.insert(*k);
                    }
                    let (name, span) = self.dep_name(DepKey::Var(i));
                    let related = (0..path.len())
                        .map(|w| {
                            let (an, at) = self.dep_name(path[w]);
                            let (bn, _) = self.dep_name(path[(w + 1) % path.len()]);
                            (at, format!("{an} refers to {bn}"))
                        })
                        .collect();
                    self.diags.error_related(span, format!("initialization cycle for {name}"), related);
                }
            }
            deps.push(vars);
        }
        let mut done = vec![false; n];
        let mut stmts = Vec::new();
        for _ in 0..n {
            // The earliest variable (in declaration order) that is ready.
            let next = (0..n)
                .filter(|i| !done[*i])
                .find(|i| deps[*i].iter().all(|d| *d == *i || done[*d]))
                .or_else(|| (0..n).find(|i| !done[*i]));
            let Some(i) = next else { break };
            done[i] = true;
            let spec = &self.var_specs[i];
            let places: Vec<ir::Place> = spec
                .ents
                .iter()
                .zip(&spec.spec.names)
                .map(|(e, name)| match self.ents[e.0 as usize].obj {
                    Obj::Global(g) if name.name != "_" => ir::Place::Global(g),
                    _ => ir::Place::Blank,
                })
                .collect();
            let span = spec.spec.span;
            if let Some(init) = spec.init.clone() {
                stmts.extend(init.stmts(places, span));
            }
        }
        stmts
    }

    fn finish(mut self) -> ir::Package {
        // main.init initializes the variables; the runtime calls it and then
        // each init.N itself (main..inittask), as gc's doInit does.
        let body = self.init_order();
        let init = FuncId(self.funcs.len() as u32);
        // The variables' initializers were checked in init_fs: their
        // temporaries and allocation sites belong to main.init.
        let (locals, sites) = self.init_fs.take().map(|fs| (fs.func.locals, fs.func.sites)).unwrap_or_default();
        self.funcs.push(ir::Func {
            name: "init".into(),
            symbol: "main.init".into(),
            params: vec![],
            results: vec![],
            locals,
            body,
            span: Span::default(),
            pragmas: vec![],
            labels: 0,
            sites,
            external: false,
            name_span: Span::default(),
            inlines: Vec::new(),
        });
        let main = self.pkgs[0].scope.get("main").and_then(|e| match self.ents[e.0 as usize].obj {
            Obj::Func(f) => Some(f),
            _ => None,
        });
        for e in self.pkgs[0].imports.clone() {
            let ent = &self.ents[e.0 as usize];
            if !ent.used {
                let (span, msg) = (ent.span, format!("\"{}\" imported and not used", ent.name));
                self.error(span, msg);
            }
        }
        if self.diags.is_empty() {
            // gc reports a missing body only once everything else is fine.
            for fd in &self.func_decls {
                if fd.decl.body.is_none() && fd.pkg == 0 {
                    let span = fd.decl.name.span;
                    self.diags.error(span, "missing function body");
                }
            }
        }
        if main.is_none() && self.diags.is_empty() {
            self.diags.error(Span::default(), "function main is undeclared in the main package");
        }
        if self.diags.is_empty() {
            self.reject_function_values();
        }
        let mut pkg =
            ir::Package { types: self.types, funcs: self.funcs, globals: self.globals, main, init, inits: self.inits };
        drop_blank_funcs(&mut pkg);
        pkg
    }

    /// `true` if the type is the invalid type (errors were reported).
    pub fn invalid(&self, t: Type) -> bool {
        self.types.is_invalid(t)
    }

    /// gocc calls functions only by name: a function used as a value (`g :=
    /// f`, `call(f)`, `fv()` through a variable) needs closures, which
    /// gocc does not have yet. Checked last, in a correct program, so that
    /// gc's own errors about the same code come first.
    fn reject_function_values(&mut self) {
        let mut uses = Vec::new();
        for f in &self.funcs {
            let mut callees = std::collections::HashSet::new();
            crate::escape::walk_func(f, &mut |e| {
                if let ir::ExprKind::Call { func, .. } | ir::ExprKind::CallSpread { func, .. } = &e.kind {
                    callees.insert(&**func as *const ir::Expr);
                    if !matches!(func.kind, ir::ExprKind::Func(_)) {
                        uses.push(func.span);
                    }
                }
            });
            crate::escape::walk_func(f, &mut |e| {
                if matches!(e.kind, ir::ExprKind::Func(_)) && !callees.contains(&(e as *const ir::Expr)) {
                    uses.push(e.span);
                }
            });
        }
        uses.sort_by_key(|s| s.lo);
        uses.dedup();
        for span in uses {
            self.unsupported(span, "function values");
        }
    }

    /// A type as types2 names it. The type table keeps no aliases inside
    /// composite types (`[]byte` is `[]uint8`, `[]any` is `[]interface
    /// {}`); programs spell them `byte`, `rune` and `any`, so those are
    /// the names printed there (as gcfmt does for `-m`).
    pub fn type_name(&self, t: Type) -> String {
        let name = self.types.name(t, false);
        match self.types.kind(t) {
            TypeKind::Basic(_) | TypeKind::Named { .. } => name,
            TypeKind::Interface(m) if m.is_empty() => "any".into(),
            _ => crate::gcfmt::replace_word(&crate::gcfmt::replace_word(&name, "uint8", "byte"), "int32", "rune")
                .replace("interface {}", "any"),
        }
    }

    /// gc's limit on a type's size (`MaxWidth`, 2^50 bytes on amd64),
    /// reported where a variable or type is declared with it, once type
    /// checking found nothing else. Returns whether it reported.
    pub fn check_width(&mut self, t: Type, at: Span) -> bool {
        const MAX_WIDTH: u64 = 1 << 50;
        if self.invalid(t) || self.types.size(t) <= MAX_WIDTH {
            return false;
        }
        // Found by gc when it lays types out, after type checking.
        let msg = format!("type {} larger than address space", self.types.name(self.types.underlying(t), false));
        self.late_error(at, msg);
        true
    }

    /// A list of types as gc's count errors show them (`have (number,
    /// string)`): an untyped numeric constant is a `number`, any other
    /// untyped value drops its `untyped`. Go: types2 `typesSummary`.
    pub fn types_summary(&self, list: &[Type]) -> String {
        let names: Vec<String> = list
            .iter()
            .map(|t| match *t {
                t if self.invalid(t) => "unknown type".to_string(),
                t if self.types.is_untyped(t) && self.types.is_numeric(t) => "number".to_string(),
                t => self.type_name(t).replace("untyped ", ""),
            })
            .collect();
        format!("({})", names.join(", "))
    }

    /// gc's count error for a call or a return: `not enough arguments in
    /// call to f` with its `have`/`want` lines, at the first extra value or
    /// the last one given (at `whole` when none is).
    pub fn count_error(&mut self, what: &str, whole: Span, values: &[Span], have: &[Type], want: &[Type]) {
        let (qualifier, at) = match values.len().cmp(&want.len()) {
            std::cmp::Ordering::Greater => ("too many", values[want.len()]),
            _ => ("not enough", values.last().copied().unwrap_or(whole)),
        };
        let msg =
            format!("{qualifier} {what}\n\thave {}\n\twant {}", self.types_summary(have), self.types_summary(want));
        self.error(at, msg);
    }
}

/// A function named `_` is checked but, as in gc, compiles to nothing: no
/// code, no symbol, no `-m` lines (nothing can call it). The others are
/// renumbered.
fn drop_blank_funcs(pkg: &mut ir::Package) {
    struct Renumber(Vec<Option<FuncId>>);
    impl ir::Rewriter for Renumber {
        fn expr(&mut self, e: &mut ir::Expr) {
            if let ir::ExprKind::Func(f) = &mut e.kind {
                *f = self.0[f.0 as usize].unwrap_or(*f);
            }
        }
    }
    if pkg.funcs.iter().all(|f| f.name != "_") {
        return;
    }
    let mut next = 0;
    let map: Vec<Option<FuncId>> = pkg
        .funcs
        .iter()
        .map(|f| {
            (f.name != "_").then(|| {
                next += 1;
                FuncId(next - 1)
            })
        })
        .collect();
    pkg.funcs.retain(|f| f.name != "_");
    let mut renumber = Renumber(map);
    for f in &mut pkg.funcs {
        ir::rewrite_stmts(&mut renumber, &mut f.body);
    }
    let new = |f: FuncId| renumber.0[f.0 as usize].unwrap_or(f);
    pkg.main = pkg.main.map(new);
    pkg.init = new(pkg.init);
    pkg.inits = pkg.inits.iter().map(|f| new(*f)).collect();
}
