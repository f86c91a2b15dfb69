//! Branch statements: labels, `goto`, `break`, `continue` and `fallthrough`.
//!
//! gc checks these in its syntax package, right after parsing each function
//! body, so its messages about them are syntax errors: they come with the
//! other syntax errors and stop the compile before type checking. This is a
//! port of that check: one walk over a body's blocks, in source order,
//! declaring each label where it stands. So a `break M` before `M:` reads
//! `break label not defined: M`, and a forward `goto` that skips variable
//! declarations names the last one it skips (`goto L jumps over declaration
//! of y, z at FILE:6:7`, at the `:=` of `y, z := 2, 3`).
//!
//! A body with a syntax error is not checked (its tree may be incomplete).
//! Function literal bodies are not checked: gocc does not compile them yet
//! and says so when it type-checks them.
//!
//! Go: src/cmd/compile/internal/syntax/branches.go.

use std::collections::HashMap;

use crate::diag::Diagnostics;
use crate::source::SourceMap;
use crate::syntax::ast::{self, AssignOp, BranchKind, StmtKind};
use crate::syntax::printer::expr_string;

/// Checks the bodies of a file's functions that parsed without errors.
pub fn check_file(file: &ast::File, sources: &SourceMap, diags: &mut Diagnostics) {
    for d in &file.decls {
        let ast::Decl::Func(f) = d else { continue };
        let Some(body) = &f.body else { continue };
        let (lo, hi) = (body.span.lo, body.span.hi);
        if diags.list.iter().any(|d| d.span.lo >= lo && d.span.lo <= hi) {
            continue;
        }
        let mut ls = LabelScope { sources, diags, labels: HashMap::new(), blocks: Vec::new() };
        let fwd = ls.block_branches(None, Targets::default(), None, body.span.lo, &body.stmts);
        // Forward gotos left over found no label in their own or an
        // enclosing block: the label is missing, or inside another block.
        for g in fwd {
            match ls.labels.get_mut(&g.name) {
                Some(l) => {
                    l.used = true; // no "defined and not used" on top
                    let start = ls.blocks[l.block].start;
                    let at = ls.sources.describe(start);
                    ls.diags.error(g.at, format!("goto {} jumps into block starting at {at}", g.name));
                }
                None => ls.diags.error(g.at, format!("label {} not defined", g.name)),
            }
        }
        let mut unused: Vec<(&String, &Label)> = ls.labels.iter().filter(|(_, l)| !l.used).collect();
        unused.sort_by_key(|(_, l)| l.at.lo);
        for (name, l) in unused {
            ls.diags.error(l.at, format!("label {name} defined and not used"));
        }
    }
}

/// What a labeled statement is, for `break L` and `continue L`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Loop,
    /// A switch or select: `break` may leave it.
    Breakable,
    Other,
}

struct Label {
    /// The block declaring the label.
    block: usize,
    /// The label in its labeled statement (identifies that statement).
    at: crate::source::Span,
    kind: Kind,
    used: bool,
}

struct Block {
    parent: Option<usize>,
    /// Where the block starts (its `{`, or a case clause's `case`).
    start: u32,
    /// The labeled statement this block belongs to (its label's offset).
    lstmt: Option<u32>,
}

/// The statements an unlabeled `break` or `continue` may leave.
#[derive(Clone, Copy, Default)]
struct Targets {
    breaks: Option<Breaks>,
    continues: bool,
    /// The index of the immediately enclosing switch clause, if the
    /// statement list is a clause's own.
    case_index: Option<usize>,
}

#[derive(Clone, Copy)]
enum Breaks {
    Loop,
    Select,
    Switch { clauses: usize, type_switch: bool },
}

/// A `goto` whose label has not been seen yet.
#[derive(Clone)]
struct Goto {
    name: String,
    /// The label in the goto statement (where gc reports it).
    at: crate::source::Span,
}

struct LabelScope<'a> {
    sources: &'a SourceMap,
    diags: &'a mut Diagnostics,
    labels: HashMap<String, Label>,
    blocks: Vec<Block>,
}

impl LabelScope<'_> {
    /// The labeled statement named `name` if it encloses block `b`: `Some(Some(kind))`;
    /// `Some(None)` if the label exists but does not enclose `b`; `None`
    /// if it is not (yet) declared. Any mention uses the label.
    fn enclosing_target(&mut self, b: usize, name: &str) -> Option<Option<Kind>> {
        let l = self.labels.get_mut(name)?;
        l.used = true;
        let mut cur = Some(b);
        while let Some(i) = cur {
            if self.blocks[i].lstmt == Some(l.at.lo) {
                return Some(Some(l.kind));
            }
            cur = self.blocks[i].parent;
        }
        Some(None)
    }

    /// Whether a declared label named `name` is in block `b` or one
    /// enclosing it (a valid backward goto target).
    fn goto_target(&mut self, b: usize, name: &str) -> bool {
        let Some(l) = self.labels.get_mut(name) else { return false };
        l.used = true; // even if it is not a valid target
        let mut cur = Some(b);
        while let Some(i) = cur {
            if l.block == i {
                return true;
            }
            cur = self.blocks[i].parent;
        }
        false
    }

    /// Checks one block's statements; returns its unresolved forward gotos.
    fn block_branches(
        &mut self,
        parent: Option<usize>,
        ctxt: Targets,
        lstmt: Option<u32>,
        start: u32,
        body: &[ast::Stmt],
    ) -> Vec<Goto> {
        let b = self.blocks.len();
        self.blocks.push(Block { parent, start, lstmt });
        // The last variable declaration so far, and the forward gotos
        // before it (they jump over it unless they leave the block).
        let mut var_decl: Option<(u32, String)> = None;
        let mut fwd: Vec<Goto> = Vec::new();
        let mut bad: Vec<u32> = Vec::new();
        // A fallthrough is the last statement even before empty ones.
        let n = body.iter().rposition(|s| !matches!(s.kind, StmtKind::Empty)).map_or(0, |i| i + 1);
        for (index, stmt) in body[..n].iter().enumerate() {
            let mut lstmt = None;
            let mut s = stmt;
            // A labeled statement declares its label, resolves the forward
            // gotos to it, then is checked as the statement it labels.
            while let StmtKind::Labeled { label, stmt: inner } = &s.kind {
                if label.name != "_" {
                    self.declare(b, label, inner);
                    let mut kept = Vec::new();
                    for g in fwd.drain(..) {
                        if g.name != label.name {
                            kept.push(g);
                            continue;
                        }
                        if let Some(l) = self.labels.get_mut(&label.name) {
                            l.used = true;
                        }
                        if let Some((pos, what)) = &var_decl {
                            if bad.contains(&g.at.lo) {
                                let at = self.sources.describe(*pos);
                                let msg = format!("goto {} jumps over declaration of {what} at {at}", g.name);
                                self.diags.error(g.at, msg);
                            }
                        }
                    }
                    fwd = kept;
                    lstmt = Some(label.span.lo);
                }
                s = inner;
            }
            // Unresolved forward gotos of an inner block become the
            // current block's.
            let inner_block = |this: &mut Self, fwd: &mut Vec<Goto>, ctxt: Targets, start: u32, body: &[ast::Stmt]| {
                let more = this.block_branches(Some(b), ctxt, lstmt, start, body);
                fwd.extend(more);
            };
            let nested = Targets { case_index: None, ..ctxt };
            match &s.kind {
                StmtKind::Decl(d) if d.kind == ast::DeclKind::Var => {
                    // The first variable of the declaration will do.
                    if let Some(ast::Spec::Value(v)) = d.specs.first() {
                        if let Some(name) = v.names.first() {
                            var_decl = Some((name.span.lo, name.name.clone()));
                            bad = fwd.iter().map(|g| g.at.lo).collect();
                        }
                    }
                }
                StmtKind::Assign { lhs, op: AssignOp::Define, .. } => {
                    // gc places an assignment at its operator.
                    let end = lhs.last().map_or(s.span.lo, |l| l.span.hi);
                    let pos = super::token_after(self.sources, end);
                    let names = lhs.iter().map(expr_string).collect::<Vec<_>>().join(", ");
                    var_decl = Some((pos, names));
                    bad = fwd.iter().map(|g| g.at.lo).collect();
                }
                StmtKind::Branch { kind, label } => {
                    self.branch(s, *kind, label.as_ref(), b, ctxt, index + 1 == n, &mut fwd);
                }
                StmtKind::Block(blk) => inner_block(self, &mut fwd, nested, blk.span.lo, &blk.stmts),
                StmtKind::If { then, els, .. } => {
                    inner_block(self, &mut fwd, nested, then.span.lo, &then.stmts);
                    if let Some(e) = els {
                        inner_block(self, &mut fwd, nested, e.span.lo, std::slice::from_ref(e));
                    }
                }
                StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                    let inner = Targets { breaks: Some(Breaks::Loop), continues: true, case_index: None };
                    inner_block(self, &mut fwd, inner, body.span.lo, &body.stmts);
                }
                StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                    let type_switch = matches!(s.kind, StmtKind::TypeSwitch { .. });
                    let breaks = Breaks::Switch { clauses: clauses.len(), type_switch };
                    for (i, c) in clauses.iter().enumerate() {
                        let inner = Targets { breaks: Some(breaks), continues: ctxt.continues, case_index: Some(i) };
                        inner_block(self, &mut fwd, inner, c.span.lo, &c.body);
                    }
                }
                StmtKind::Select { clauses } => {
                    let inner = Targets { breaks: Some(Breaks::Select), continues: ctxt.continues, case_index: None };
                    for c in clauses {
                        inner_block(self, &mut fwd, inner, c.span.lo, &c.body);
                    }
                }
                _ => {}
            }
        }
        fwd
    }

    /// Declares a label in block `b`, unless it already is (an error).
    fn declare(&mut self, b: usize, label: &ast::Ident, stmt: &ast::Stmt) {
        if let Some(prev) = self.labels.get(&label.name) {
            let at = self.sources.describe(prev.at.lo);
            self.diags.error(label.span, format!("label {} already defined at {at}", label.name));
            return;
        }
        let kind = match stmt.kind {
            StmtKind::For { .. } | StmtKind::Range { .. } => Kind::Loop,
            StmtKind::Switch { .. } | StmtKind::TypeSwitch { .. } | StmtKind::Select { .. } => Kind::Breakable,
            _ => Kind::Other,
        };
        self.labels.insert(label.name.clone(), Label { block: b, at: label.span, kind, used: false });
    }

    #[allow(clippy::too_many_arguments)]
    fn branch(
        &mut self,
        s: &ast::Stmt,
        kind: BranchKind,
        label: Option<&ast::Ident>,
        b: usize,
        ctxt: Targets,
        last: bool,
        fwd: &mut Vec<Goto>,
    ) {
        let Some(label) = label else {
            match kind {
                BranchKind::Break if ctxt.breaks.is_none() => {
                    self.diags.error(s.span, "break is not in a loop, switch, or select")
                }
                BranchKind::Continue if !ctxt.continues => self.diags.error(s.span, "continue is not in a loop"),
                BranchKind::Fallthrough => {
                    let msg = match (ctxt.breaks, ctxt.case_index) {
                        (Some(Breaks::Switch { type_switch: true, .. }), _) => {
                            Some("cannot fallthrough in type switch")
                        }
                        // Nested in a block, or not the clause's last statement.
                        (Some(Breaks::Switch { .. }), None) => Some("fallthrough statement out of place"),
                        (Some(Breaks::Switch { .. }), Some(_)) if !last => Some("fallthrough statement out of place"),
                        (Some(Breaks::Switch { clauses, .. }), Some(i)) if i + 1 == clauses => {
                            Some("cannot fallthrough final case in switch")
                        }
                        (Some(Breaks::Switch { .. }), Some(_)) => None, // fine
                        _ => Some("fallthrough statement out of place"),
                    };
                    if let Some(msg) = msg {
                        self.diags.error(s.span, msg);
                    }
                }
                _ => {}
            }
            return;
        };
        let name = &label.name;
        match kind {
            BranchKind::Break | BranchKind::Continue => {
                let (word, ok): (&str, fn(Kind) -> bool) = if kind == BranchKind::Break {
                    ("break", |k| matches!(k, Kind::Loop | Kind::Breakable))
                } else {
                    ("continue", |k| k == Kind::Loop)
                };
                match self.enclosing_target(b, name) {
                    Some(Some(k)) if ok(k) => {}
                    Some(_) => self.diags.error(label.span, format!("invalid {word} label {name}")),
                    None => self.diags.error(label.span, format!("{word} label not defined: {name}")),
                }
            }
            BranchKind::Goto => {
                if !self.goto_target(b, name) {
                    // The label may be declared later.
                    fwd.push(Goto { name: name.clone(), at: label.span });
                }
            }
            BranchKind::Fallthrough => {}
        }
    }
}
