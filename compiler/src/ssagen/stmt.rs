//! Statements → Cranelift blocks.
//!
//! Control flow maps onto blocks directly: a loop is
//! `header: brif cond, body, exit` / `body: ...; jump post` /
//! `post: ...; jump header`; `break` and `continue` jump to the exit and the
//! post block; a `goto` jumps to its label's block. All blocks are sealed at
//! the end of the function (gotos can add predecessors anywhere), which
//! cranelift-frontend allows.
//!
//! Assignments evaluate every right-hand side before storing anything, as
//! the spec requires for `a, b = b, a`.

use super::{FnLower, Jump};
use crate::ir::{self, Place, StmtKind as SK};
use cranelift_codegen::ir::{InstBuilder, MemFlagsData, Value};
use cranelift_module::Module;

impl<'a, 'p, 'b> FnLower<'a, 'p, 'b> {
    pub(super) fn stmts(&mut self, stmts: &'p [ir::Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &'p ir::Stmt) {
        if self.terminated {
            // Dead code after a terminator: give it a block of its own.
            // (A label makes it reachable again: see SK::Label.)
            if !matches!(s.kind, SK::Label(_)) {
                self.start_dead_block();
            }
        }
        self.at(s.span);
        match &s.kind {
            SK::Expr(e) => {
                self.expr(e);
            }
            SK::Decl(l, init) => match init {
                Some(e) => {
                    let vals = self.expr(e);
                    self.store_local(*l, &vals);
                }
                None => self.zero_local(*l),
            },
            SK::Assign(places, values) => {
                let vals: Vec<Vec<Value>> = values.iter().map(|v| self.expr(v)).collect();
                for (p, v) in places.iter().zip(vals) {
                    self.store_place(p, &v);
                }
            }
            SK::AssignMulti(places, call) => {
                let vals = self.expr(call);
                let types = self.result_types(call);
                let mut it = vals.into_iter();
                for (p, t) in places.iter().zip(types) {
                    let n = self.cg.parts(t).len();
                    let v: Vec<Value> = it.by_ref().take(n).collect();
                    self.store_place(p, &v);
                }
            }
            SK::OpAssign(place, op, rhs) => {
                let ty = self.place_type(place);
                let cur = self.load_place(place);
                let r = self.expr(rhs);
                self.at(s.span);
                let v = self.binary_values(*op, ty, rhs.ty, cur, r);
                self.store_place(place, &v);
            }
            SK::If { cond, then, els } => {
                let c = self.expr(cond)[0];
                let then_b = self.b.create_block();
                let else_b = self.b.create_block();
                let join = self.b.create_block();
                self.b.ins().brif(c, then_b, &[], else_b, &[]);
                self.b.switch_to_block(then_b);
                self.terminated = false;
                self.stmts(then);
                if !self.terminated {
                    self.b.ins().jump(join, &[]);
                }
                self.b.switch_to_block(else_b);
                self.terminated = false;
                self.stmts(els);
                if !self.terminated {
                    self.b.ins().jump(join, &[]);
                }
                self.b.switch_to_block(join);
                self.terminated = false;
            }
            SK::Loop { label, cond, body, post } => {
                let header = self.b.create_block();
                let body_b = self.b.create_block();
                let post_b = self.b.create_block();
                let exit = self.b.create_block();
                self.jumps.insert(*label, Jump { brk: exit, cont: Some(post_b) });
                self.b.ins().jump(header, &[]);
                self.b.switch_to_block(header);
                match cond {
                    Some(c) => {
                        let v = self.expr(c)[0];
                        self.b.ins().brif(v, body_b, &[], exit, &[]);
                    }
                    None => {
                        self.b.ins().jump(body_b, &[]);
                    }
                }
                self.b.switch_to_block(body_b);
                self.terminated = false;
                self.stmts(body);
                if !self.terminated {
                    self.b.ins().jump(post_b, &[]);
                }
                self.b.switch_to_block(post_b);
                self.terminated = false;
                self.stmts(post);
                if !self.terminated {
                    self.b.ins().jump(header, &[]);
                }
                self.b.switch_to_block(exit);
                self.terminated = false;
            }
            SK::Switch { label, clauses } => self.switch(*label, clauses),
            SK::Block(stmts) => self.stmts(stmts),
            SK::Break(l) => {
                let target = self.jumps[l].brk;
                self.b.ins().jump(target, &[]);
                self.terminated = true;
            }
            SK::Continue(l) => {
                let target = self.jumps[l].cont.expect("continue target");
                self.b.ins().jump(target, &[]);
                self.terminated = true;
            }
            SK::Goto(l) => {
                let target = self.goto_block(*l);
                self.b.ins().jump(target, &[]);
                self.terminated = true;
            }
            SK::Label(l) => {
                let target = self.goto_block(*l);
                if !self.terminated {
                    self.b.ins().jump(target, &[]);
                }
                self.b.switch_to_block(target);
                self.terminated = false;
            }
            SK::Return(values) => {
                let vals: Vec<Value> = if values.is_empty() {
                    // A bare return: the (named) results' current values.
                    let results = &self.f.results;
                    results.iter().flat_map(|r| self.load_local(*r)).collect()
                } else {
                    values.iter().flat_map(|v| self.expr(v)).collect()
                };
                self.at(s.span);
                self.ret(vals);
            }
            SK::ReturnMulti(call) => {
                let vals = self.expr(call);
                self.at(s.span);
                self.ret(vals);
            }
        }
    }

    fn goto_block(&mut self, l: ir::LabelId) -> cranelift_codegen::ir::Block {
        if let Some(b) = self.goto_blocks.get(&l) {
            return *b;
        }
        let b = self.b.create_block();
        self.goto_blocks.insert(l, b);
        b
    }

    /// A switch: the clauses' conditions are tested in order (default last);
    /// a body ends by jumping past the switch, or into the next body for
    /// `fallthrough`.
    fn switch(&mut self, label: ir::LabelId, clauses: &'p [ir::SwitchClause]) {
        let exit = self.b.create_block();
        self.jumps.insert(label, Jump { brk: exit, cont: None });
        let bodies: Vec<_> = clauses.iter().map(|_| self.b.create_block()).collect();
        for (i, c) in clauses.iter().enumerate() {
            if c.is_default {
                continue;
            }
            for cond in &c.conds {
                let v = self.expr(cond)[0];
                let next = self.b.create_block();
                self.b.ins().brif(v, bodies[i], &[], next, &[]);
                self.b.switch_to_block(next);
            }
        }
        match clauses.iter().position(|c| c.is_default) {
            Some(d) => self.b.ins().jump(bodies[d], &[]),
            None => self.b.ins().jump(exit, &[]),
        };
        for (i, c) in clauses.iter().enumerate() {
            self.b.switch_to_block(bodies[i]);
            self.terminated = false;
            self.at(c.span);
            self.stmts(&c.body);
            if !self.terminated {
                let next = if c.fallthrough && i + 1 < bodies.len() { bodies[i + 1] } else { exit };
                self.b.ins().jump(next, &[]);
            }
        }
        self.b.switch_to_block(exit);
        self.terminated = false;
    }

    // ---- Places ---------------------------------------------------------------

    pub(super) fn load_local(&mut self, l: ir::LocalId) -> Vec<Value> {
        let vars = self.vars[l.0 as usize].clone();
        vars.into_iter().map(|(v, _)| self.b.use_var(v)).collect()
    }

    pub(super) fn store_local(&mut self, l: ir::LocalId, vals: &[Value]) {
        let vars = self.vars[l.0 as usize].clone();
        for ((v, _), val) in vars.into_iter().zip(vals) {
            self.b.def_var(v, *val);
        }
    }

    fn place_type(&self, p: &Place) -> crate::types::types::Type {
        match p {
            Place::Local(l) => self.f.local(*l).ty,
            Place::Global(g) => self.cg.pkg.globals[g.0 as usize].ty,
            Place::Blank => crate::types::types::TypeTable::basic(crate::types::types::Basic::Invalid),
        }
    }

    pub(super) fn global_addr(&mut self, g: ir::GlobalId) -> Value {
        let id = self.cg.global_id(g);
        let gv = self.cg.module.declare_data_in_func(id, self.b.func);
        self.b.ins().symbol_value(cranelift_codegen::ir::types::I64, gv)
    }

    pub(super) fn load_place(&mut self, p: &Place) -> Vec<Value> {
        match p {
            Place::Local(l) => self.load_local(*l),
            Place::Global(g) => {
                let ty = self.cg.pkg.globals[g.0 as usize].ty;
                let addr = self.global_addr(*g);
                let parts = self.cg.parts(ty);
                parts
                    .iter()
                    .map(|part| {
                        let v = self.b.ins().load(part.ty, MemFlagsData::trusted(), addr, part.offset as i32);
                        if part.ptr {
                            self.b.declare_value_needs_stack_map(v);
                        }
                        v
                    })
                    .collect()
            }
            Place::Blank => vec![],
        }
    }

    fn store_place(&mut self, p: &Place, vals: &[Value]) {
        match p {
            Place::Local(l) => self.store_local(*l, vals),
            Place::Global(g) => {
                let ty = self.cg.pkg.globals[g.0 as usize].ty;
                let addr = self.global_addr(*g);
                let parts = self.cg.parts(ty);
                for (part, v) in parts.iter().zip(vals) {
                    self.b.ins().store(MemFlagsData::trusted(), *v, addr, part.offset as i32);
                }
            }
            Place::Blank => {}
        }
    }
}
