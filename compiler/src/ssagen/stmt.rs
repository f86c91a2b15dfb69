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

use super::mem::Prepared;
use super::{FnLower, Jump};
use crate::ir::{self, Place, StmtKind as SK};
use cranelift_codegen::ir::{InstBuilder, Value};
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
            // A range over an array of constant length with no value
            // variable does not evaluate its operand (the spec): its
            // temporary is never read.
            SK::Decl(l, Some(x)) if self.unread_range_temp(*l, x) => {
                self.declare_local(*l, None);
            }
            SK::Decl(l, init) => {
                let vals = init.as_ref().map(|e| self.expr(e));
                self.at(s.span);
                self.declare_local(*l, vals);
            }
            SK::Assign(places, values) => {
                // Phase 1: the targets' operands, then every value; phase 2:
                // the stores, left to right (the spec's "Assignment statements").
                let prepared: Vec<Prepared> = places.iter().map(|p| self.prepare_place(p)).collect();
                let mut vals: Vec<Vec<Value>> = values.iter().map(|v| self.expr(v)).collect();
                if places.len() > 1 {
                    // A memory value is an address: copy it before any store.
                    for (v, x) in vals.iter_mut().zip(values) {
                        if self.cg.is_mem(x.ty) {
                            *v = vec![self.copy_value(x.ty, v[0])];
                        }
                    }
                }
                self.at(s.span);
                for ((p, prep), v) in places.iter().zip(&prepared).zip(vals) {
                    let (t, mt) = self.place_types(p);
                    self.store_prepared(prep, t, mt, &v);
                }
            }
            SK::AssignMulti(places, call) => {
                let prepared: Vec<Prepared> = places.iter().map(|p| self.prepare_place(p)).collect();
                let vals = self.expr(call);
                let types = self.result_types(call);
                let mut it = vals.into_iter();
                self.at(s.span);
                for ((p, prep), t) in places.iter().zip(&prepared).zip(types) {
                    let n = self.cg.parts(t).len();
                    let v: Vec<Value> = it.by_ref().take(n).collect();
                    let (pt, mt) = self.place_types(p);
                    let _ = pt;
                    self.store_prepared(prep, t, mt, &v);
                }
            }
            SK::OpAssign(place, op, rhs) => {
                let (ty, mt) = self.place_types(place);
                let mut prep = self.prepare_place(place);
                let r = self.expr(rhs);
                self.at(s.span);
                let cur = self.load_prepared(&mut prep, ty, mt);
                let v = self.binary_values(*op, ty, rhs.ty, cur, r);
                self.store_prepared(&prep, ty, mt, &v);
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
            SK::RangeMap { label, map, key, value, body } => self.range_map(*label, map, *key, *value, body),
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

    /// The type stored at a place, and for a map entry the map's type.
    fn place_types(&self, p: &Place) -> (crate::types::types::Type, Option<crate::types::types::Type>) {
        use crate::types::types::{Basic, TypeTable};
        match p {
            Place::Local(l) => (self.f.local(*l).ty, None),
            Place::Global(g) => (self.cg.pkg.globals[g.0 as usize].ty, None),
            Place::Blank => (TypeTable::basic(Basic::Invalid), None),
            Place::Addr(e) => (e.ty, None),
            Place::MapIndex { map, .. } => match self.cg.types().under(map.ty) {
                crate::types::types::TypeKind::Map(_, v) => (*v, Some(map.ty)),
                _ => (TypeTable::basic(Basic::Invalid), None),
            },
        }
    }

    pub(super) fn global_addr(&mut self, g: ir::GlobalId) -> Value {
        let id = self.cg.global_id(g);
        let gv = self.cg.module.declare_data_in_func(id, self.b.func);
        self.b.ins().symbol_value(cranelift_codegen::ir::types::I64, gv)
    }

    /// A frame copy of a memory value (its new address).
    pub(super) fn copy_value(&mut self, t: crate::types::types::Type, src: Value) -> Value {
        let size = self.cg.types().size(t) as u32;
        let slot = self.new_slot(size, t);
        let dst = self.b.ins().stack_addr(cranelift_codegen::ir::types::I64, slot, 0);
        self.copy_mem(dst, src, size);
        dst
    }
}
