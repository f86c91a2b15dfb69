//! Memory: where locals live, addresses, loads and stores, and the
//! composite values built in memory (structs, arrays, slices, maps).
//!
//! A local lives in one of three places (`Storage`), decided per function:
//! - **SSA values** (cranelift-frontend `Variable`s, one per machine word):
//!   every local whose address is never taken and whose type has at most
//!   `MAX_SSA_PARTS` words. Field and constant-index accesses select words.
//! - **a stack slot** in the frame: locals whose address is taken (or that
//!   are indexed with a variable) when escape analysis proves the address
//!   does not outlive the frame, and big values.
//! - **the heap**: the same, when escape analysis says the address escapes
//!   (`moved to heap: x`); the local is then a pointer to a `newobject`.
//!
//! Stack slots that can hold pointers are zeroed on entry, and their pointer
//! words are listed in every call site's stack map (obj.rs), so they always
//! hold nil or a valid pointer.
//!
//! Loads through a Go pointer may fault (a nil `*T`): they are emitted
//! without Cranelift's `notrap` flag, at the place the program does them,
//! and the runtime turns the SIGSEGV into gc's nil-dereference panic.
//!
//! Go: src/cmd/compile/internal/ssagen/ssa.go (addr, canSSA, load, store),
//! src/cmd/compile/internal/walk (assignments, append, range).

use super::{FnLower, Jump};
use crate::abi;
use crate::ir::{self, ElemKey, ExprKind as IK, LocalId, Place};
use crate::types::types::{Basic, Type as GoType, TypeKind};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::{I8, I32, I64};
use cranelift_codegen::ir::{InstBuilder, MemFlagsData, StackSlot, StackSlotData, StackSlotKind, Value};
use cranelift_frontend::Variable;

/// Where a local lives.
#[derive(Clone)]
pub enum Storage {
    Ssa(Vec<(Variable, cranelift_codegen::ir::Type)>),
    Stack(StackSlot),
    /// A variable holding the address of the local's heap object.
    Heap(Variable),
}

/// An assignment target whose operands have been evaluated (the first
/// phase of an assignment, as the spec orders it).
pub enum Prepared {
    Local(LocalId),
    /// Words `start..start+count` of an SSA local (`x.f = v`, `a[2] = v`).
    SsaPart(LocalId, usize, usize),
    Addr(Value),
    /// `a[i]` with the bounds check still to do: (base address, index, length, element size).
    Checked {
        base: Value,
        index: Value,
        signed: bool,
        len: Value,
        elem_size: u32,
        /// The index is in range by construction (bounds.rs): no check.
        bounded: bool,
    },
    Map {
        map: Value,
        key: Value,
    },
    Blank,
}

/// Trusted accesses: the frame, globals, runtime-provided memory.
pub(super) fn trusted() -> MemFlagsData {
    MemFlagsData::trusted()
}

/// Accesses through a Go pointer: may fault (nil), must not move.
fn user() -> MemFlagsData {
    MemFlagsData::new().with_aligned()
}

/// gc's VariableMakeThreshold: a `make` with a variable size that does not
/// escape gets a frame buffer of this many bytes, used when it fits.
const VARIABLE_MAKE_THRESHOLD: u64 = 32;

impl<'a, 'p, 'b> FnLower<'a, 'p, 'b> {
    // ---- Locals -------------------------------------------------------------------

    /// Decides every local's storage and prepares it (called once, after the
    /// prologue). Parameters are stored by the caller of this function.
    pub(super) fn setup_locals(&mut self) {
        let needs_memory = crate::escape::needs_memory(self.f);
        for (i, l) in self.f.locals.iter().enumerate() {
            let id = LocalId(i as u32);
            let mem = needs_memory.contains(&id) || self.cg.is_mem(l.ty);
            let storage = if !mem {
                let mut vs = Vec::new();
                for p in self.cg.parts(l.ty) {
                    let v = self.b.declare_var(p.ty);
                    if p.ptr {
                        self.b.declare_var_needs_stack_map(v);
                    }
                    vs.push((v, p.ty));
                }
                Storage::Ssa(vs)
            } else if self.cg.heap_local(self.f, id) {
                let v = self.b.declare_var(I64);
                self.b.declare_var_needs_stack_map(v);
                // Until its declaration runs, the pointer is nil.
                let z = self.b.ins().iconst(I64, 0);
                self.b.def_var(v, z);
                Storage::Heap(v)
            } else {
                let size = self.cg.types().size(l.ty) as u32;
                let slot = self.new_slot(size, l.ty);
                Storage::Stack(slot)
            };
            self.storage.push(storage);
        }
    }

    /// A stack slot for a value of type `t`; if it can hold pointers it is
    /// zeroed now (the function is at its entry) and recorded for the stack maps.
    pub(super) fn new_slot(&mut self, size: u32, t: GoType) -> StackSlot {
        let align = self.cg.types().align(t).max(8) as u32;
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            size.max(1).next_multiple_of(8),
            align.trailing_zeros() as u8,
        ));
        let ptr_words: Vec<u32> = self.cg.layout_parts(t).iter().filter(|p| p.ptr).map(|p| p.offset).collect();
        if !ptr_words.is_empty() {
            self.pointer_slots.push((slot, ptr_words));
            self.zero_at_entry.push((slot, size));
        }
        slot
    }

    /// Zeroes the pointer-holding stack slots; emitted in the entry block,
    /// after the prologue, before any call.
    pub(super) fn zero_pointer_slots(&mut self, at: cranelift_codegen::ir::Block) {
        let current = self.b.current_block();
        let slots = std::mem::take(&mut self.zero_at_entry);
        if slots.is_empty() {
            return;
        }
        // The entry code is already emitted: insert before its terminator.
        let _ = at;
        if let Some(c) = current {
            self.b.switch_to_block(c);
        }
        for (slot, size) in slots {
            let addr = self.b.ins().stack_addr(I64, slot, 0);
            self.zero_mem(addr, size);
        }
    }

    pub(super) fn local_addr(&mut self, l: LocalId) -> Value {
        match self.storage[l.0 as usize].clone() {
            Storage::Stack(slot) => self.b.ins().stack_addr(I64, slot, 0),
            Storage::Heap(v) => self.b.use_var(v),
            Storage::Ssa(_) => unreachable!("the address of an SSA local (escape::needs_memory missed it)"),
        }
    }

    pub(super) fn load_local(&mut self, l: LocalId) -> Vec<Value> {
        let t = self.f.local(l).ty;
        match self.storage[l.0 as usize].clone() {
            Storage::Ssa(vars) => vars.into_iter().map(|(v, _)| self.b.use_var(v)).collect(),
            _ => {
                let addr = self.local_addr(l);
                self.load_parts(addr, t, false)
            }
        }
    }

    pub(super) fn store_local(&mut self, l: LocalId, vals: &[Value]) {
        let t = self.f.local(l).ty;
        match self.storage[l.0 as usize].clone() {
            Storage::Ssa(vars) => {
                for ((v, _), val) in vars.into_iter().zip(vals) {
                    self.b.def_var(v, *val);
                }
            }
            _ => {
                let addr = self.local_addr(l);
                self.store_parts(addr, t, vals);
            }
        }
    }

    /// `var x T` (or `x := init`): a heap local gets a new object here, so
    /// each execution of the declaration makes a new variable (Go's loop
    /// variables included); other locals get the zero value.
    pub(super) fn declare_local(&mut self, l: LocalId, init: Option<Vec<Value>>) {
        let t = self.f.local(l).ty;
        match self.storage[l.0 as usize].clone() {
            Storage::Heap(v) => {
                let obj = self.new_object(t);
                self.b.def_var(v, obj);
                if let Some(vals) = init {
                    self.store_parts(obj, t, &vals);
                }
            }
            _ => match init {
                Some(vals) => self.store_local(l, &vals),
                None => self.zero_local(l),
            },
        }
    }

    pub(super) fn zero_local(&mut self, l: LocalId) {
        let t = self.f.local(l).ty;
        match self.storage[l.0 as usize].clone() {
            Storage::Ssa(vars) => {
                for (v, ty) in vars {
                    let z = self.zero(ty);
                    self.b.def_var(v, z);
                }
            }
            _ => {
                let addr = self.local_addr(l);
                let size = self.cg.types().size(t) as u32;
                self.zero_mem(addr, size);
            }
        }
    }

    /// `runtime.newobject(type)`: zeroed heap memory for a `t`.
    pub(super) fn new_object(&mut self, t: GoType) -> Value {
        let td = self.type_desc(t);
        let p = self.call_runtime("runtime.newobject", &[td])[0];
        self.pointer(p)
    }

    /// The address of `t`'s type descriptor.
    pub(super) fn type_desc(&mut self, t: GoType) -> Value {
        let id = self.cg.type_descriptor(t);
        let gv = cranelift_module::Module::declare_data_in_func(&self.cg.module, id, self.b.func);
        self.b.ins().symbol_value(I64, gv)
    }

    // ---- Loads, stores, copies ----------------------------------------------------------

    /// Reads a value of type `t` at `addr`: its parts, or (for a memory
    /// type) `addr` itself.
    pub(super) fn load_parts(&mut self, addr: Value, t: GoType, may_fault: bool) -> Vec<Value> {
        if self.cg.is_mem(t) {
            return vec![addr];
        }
        let flags = if may_fault { user() } else { trusted() };
        let parts = self.cg.layout_parts(t);
        parts
            .iter()
            .map(|p| {
                let v = self.b.ins().load(p.ty, flags, addr, p.offset as i32);
                if p.ptr {
                    self.b.declare_value_needs_stack_map(v);
                }
                v
            })
            .collect()
    }

    /// Writes a value of type `t` (its parts, or the address of a memory value) at `addr`.
    pub(super) fn store_parts(&mut self, addr: Value, t: GoType, vals: &[Value]) {
        if self.cg.is_mem(t) {
            let size = self.cg.types().size(t) as u32;
            self.copy_mem(addr, vals[0], size);
            return;
        }
        let parts = self.cg.layout_parts(t);
        for (p, v) in parts.iter().zip(vals) {
            self.b.ins().store(user(), *v, addr, p.offset as i32);
        }
    }

    /// `memmove(dst, src, size)`: words inline for small sizes.
    pub(super) fn copy_mem(&mut self, dst: Value, src: Value, size: u32) {
        if size <= 64 && size % 8 == 0 {
            let mut words = Vec::new();
            for off in (0..size).step_by(8) {
                words.push(self.b.ins().load(I64, user(), src, off as i32));
            }
            for (i, w) in words.into_iter().enumerate() {
                self.b.ins().store(user(), w, dst, (i * 8) as i32);
            }
            return;
        }
        let n = self.b.ins().iconst(I64, size as i64);
        self.call_runtime("memmove", &[dst, src, n]);
    }

    pub(super) fn zero_mem(&mut self, addr: Value, size: u32) {
        if size <= 128 && size % 8 == 0 {
            let z = self.b.ins().iconst(I64, 0);
            for off in (0..size).step_by(8) {
                self.b.ins().store(trusted(), z, addr, off as i32);
            }
            return;
        }
        let z = self.b.ins().iconst(I32, 0);
        let n = self.b.ins().iconst(I64, size as i64);
        self.call_runtime("memset", &[addr, z, n]);
    }

    /// A temporary stack slot holding `vals` (a value of type `t`); returns its address.
    pub(super) fn spill(&mut self, t: GoType, vals: &[Value]) -> Value {
        let size = self.cg.types().size(t) as u32;
        let slot = self.new_slot(size, t);
        let addr = self.b.ins().stack_addr(I64, slot, 0);
        self.store_parts(addr, t, vals);
        addr
    }

    // ---- Addresses ------------------------------------------------------------------

    /// Whether `e`'s value lives in memory (so field and index accesses go
    /// through its address): a memory local, a global, `*p`, a slice element.
    pub(super) fn in_memory(&self, e: &ir::Expr) -> bool {
        match &e.kind {
            IK::Local(l) => !matches!(self.storage[l.0 as usize], Storage::Ssa(_)),
            IK::Global(_) | IK::Deref(_) => true,
            IK::Field(x, _) => self.in_memory(x),
            IK::Index(x, _) => matches!(self.cg.types().under(x.ty), TypeKind::Slice(_)) || self.in_memory(x),
            _ => self.cg.is_mem(e.ty),
        }
    }

    /// The words of an SSA local that `e` designates: `x`, `x.f`, `a[2]`
    /// chains rooted at an SSA local.
    pub(super) fn ssa_path(&self, e: &ir::Expr) -> Option<(LocalId, usize, usize)> {
        match &e.kind {
            IK::Local(l) => match &self.storage[l.0 as usize] {
                Storage::Ssa(vars) => Some((*l, 0, vars.len())),
                _ => None,
            },
            IK::Field(x, i) => {
                let (l, start, _) = self.ssa_path(x)?;
                let (s, n) = self.cg.field_part_range(x.ty, *i);
                Some((l, start + s, n))
            }
            IK::Index(x, i) => {
                let TypeKind::Array(elem, _) = *self.cg.types().under(x.ty) else { return None };
                let IK::Const(v) = &i.kind else { return None };
                let (l, start, _) = self.ssa_path(x)?;
                let n = self.cg.part_count(elem);
                Some((l, start + v.to_i64()? as usize * n, n))
            }
            _ => None,
        }
    }

    /// The address of an addressable expression (or of a temporary copy of
    /// any other value).
    pub(super) fn addr_of(&mut self, e: &'p ir::Expr) -> Value {
        match &e.kind {
            IK::Local(l) if !matches!(self.storage[l.0 as usize], Storage::Ssa(_)) => self.local_addr(*l),
            IK::Global(g) => self.global_addr(*g),
            IK::Deref(p) => {
                let addr = self.expr(p)[0];
                if self.taking_address {
                    self.nil_check(addr);
                } else {
                    self.nil_check_large(addr, e.ty);
                }
                addr
            }
            IK::Field(x, i) if self.in_memory(x) => {
                let base = self.addr_of(x);
                let off = self.cg.types().field_offsets(x.ty)[*i];
                self.b.ins().iadd_imm_s(base, off as i64)
            }
            IK::Index(x, i) if self.in_memory(x) || matches!(self.cg.types().under(x.ty), TypeKind::Slice(_)) => {
                match self.prepare_index(x, i) {
                    Prepared::Checked { base, index, signed, len, elem_size, bounded } => {
                        self.index_addr(base, index, signed, len, elem_size, bounded)
                    }
                    _ => unreachable!(),
                }
            }
            _ => {
                let vals = self.expr(e);
                if self.cg.is_mem(e.ty) {
                    return vals[0];
                }
                self.spill(e.ty, &vals)
            }
        }
    }

    /// A nil pointer faults on its own only within the first page (the
    /// SIGSEGV handler reports a fault below 0x1000 as a nil dereference,
    /// as gc's does); a field or element of a bigger object may lie
    /// beyond it, so, as gc does, touch the pointer itself first:
    ///     TESTB AX, (AX)
    pub(super) fn nil_check_large(&mut self, addr: Value, t: GoType) {
        const MIN_LEGAL_POINTER: u64 = 4096;
        if self.cg.types().size(t) >= MIN_LEGAL_POINTER {
            self.nil_check(addr);
        }
    }

    /// gc's nil check where no load of the pointer follows to fault for it
    /// (`&p.f`, `p[:]`, `*p` of a zero-size type): touch the pointer.
    ///     TESTB AX, (AX)
    pub(super) fn nil_check(&mut self, addr: Value) {
        // A load that may trap is never deleted, used or not.
        self.b.ins().load(I8, MemFlagsData::new(), addr, 0);
    }

    /// The address of `x` for `&x`: a dereference on the way is checked for
    /// nil, as nothing else will touch it.
    pub(super) fn addr_of_taken(&mut self, x: &'p ir::Expr) -> Value {
        let saved = std::mem::replace(&mut self.taking_address, true);
        let addr = self.addr_of(x);
        self.taking_address = saved;
        addr
    }

    /// Evaluates the operands of `x[i]` (array in memory, or slice), without
    /// the bounds check.
    fn prepare_index(&mut self, x: &'p ir::Expr, i: &'p ir::Expr) -> Prepared {
        let (base, len, elem) = match *self.cg.types().under(x.ty) {
            TypeKind::Slice(elem) => {
                let s = self.expr(x);
                (s[0], s[1], elem)
            }
            TypeKind::Array(elem, n) => {
                let base = self.addr_of(x);
                (base, self.b.ins().iconst(I64, n as i64), elem)
            }
            _ => unreachable!("index of a non-array"),
        };
        let iv = self.expr(i)[0];
        let (index, signed) = self.index_i64(i.ty, iv);
        let elem_size = self.cg.types().size(elem) as u32;
        let bounded = crate::bounds::elided(self.cg.types(), x, i);
        Prepared::Checked { base, index, signed, len, elem_size, bounded }
    }

    /// `base + index*size` after checking `index < len` (unless the index
    /// is `bounded` by construction: bounds.rs).
    fn index_addr(
        &mut self,
        base: Value,
        index: Value,
        signed: bool,
        len: Value,
        elem_size: u32,
        bounded: bool,
    ) -> Value {
        if !bounded {
            self.check_bounds(abi::bounds::INDEX, signed, index, len, IntCC::UnsignedGreaterThanOrEqual);
        }
        let off = self.b.ins().imul_imm_s(index, elem_size as i64);
        self.b.ins().iadd(base, off)
    }

    // ---- Places (assignment targets) ----------------------------------------------------

    /// The first phase of an assignment: evaluate the target's operands.
    pub(super) fn prepare_place(&mut self, p: &'p Place) -> Prepared {
        match p {
            Place::Local(l) => Prepared::Local(*l),
            Place::Global(g) => Prepared::Addr(self.global_addr(*g)),
            Place::Blank => Prepared::Blank,
            Place::MapIndex { map, key } => {
                let m = self.expr(map)[0];
                let k = self.expr(key);
                let key_addr = self.spill(key.ty, &k);
                Prepared::Map { map: m, key: key_addr }
            }
            Place::Addr(e) => {
                if let Some((l, start, n)) = self.ssa_path(e) {
                    return Prepared::SsaPart(l, start, n);
                }
                match &e.kind {
                    IK::Index(x, i) => self.prepare_index(x, i),
                    _ => Prepared::Addr(self.addr_of(e)),
                }
            }
        }
    }

    /// The address a prepared place stores to (doing deferred checks, and
    /// `runtime.mapassign` for a map entry); `None` for SSA targets.
    fn place_addr(&mut self, p: &Prepared, t: GoType, map_t: Option<GoType>) -> Option<Value> {
        match p {
            Prepared::Addr(a) => Some(*a),
            Prepared::Checked { base, index, signed, len, elem_size, bounded } => {
                Some(self.index_addr(*base, *index, *signed, *len, *elem_size, *bounded))
            }
            Prepared::Map { map, key } => {
                let mt = self.type_desc(map_t.expect("map type"));
                let _ = t;
                Some(self.call_runtime("runtime.mapassign", &[mt, *map, *key])[0])
            }
            _ => None,
        }
    }

    /// The second phase: store `vals` (a value of type `t`).
    pub(super) fn store_prepared(&mut self, p: &Prepared, t: GoType, map_t: Option<GoType>, vals: &[Value]) {
        match p {
            Prepared::Blank => {}
            Prepared::Local(l) => self.store_local(*l, vals),
            Prepared::SsaPart(l, start, n) => {
                let Storage::Ssa(vars) = self.storage[l.0 as usize].clone() else { unreachable!() };
                for ((v, _), val) in vars[*start..*start + *n].iter().zip(vals) {
                    self.b.def_var(*v, *val);
                }
            }
            _ => {
                let addr = self.place_addr(p, t, map_t).expect("an address");
                self.store_parts(addr, t, vals);
            }
        }
    }

    /// Reads the current value of a prepared place (for `x op= y`). A map
    /// entry is created by `mapassign` and then read and written in place.
    pub(super) fn load_prepared(&mut self, p: &mut Prepared, t: GoType, map_t: Option<GoType>) -> Vec<Value> {
        match p {
            Prepared::Blank => vec![],
            Prepared::Local(l) => self.load_local(*l),
            Prepared::SsaPart(l, start, n) => {
                let Storage::Ssa(vars) = self.storage[l.0 as usize].clone() else { unreachable!() };
                vars[*start..*start + *n].iter().map(|(v, _)| self.b.use_var(*v)).collect()
            }
            _ => {
                let addr = self.place_addr(p, t, map_t).expect("an address");
                *p = Prepared::Addr(addr);
                self.load_parts(addr, t, true)
            }
        }
    }

    // ---- Expressions in memory -----------------------------------------------------------

    /// `x.f`.
    pub(super) fn field(&mut self, e: &'p ir::Expr, x: &'p ir::Expr, i: usize) -> Vec<Value> {
        if self.in_memory(x) {
            let addr = self.addr_of(e);
            return self.load_parts(addr, e.ty, true);
        }
        let vals = self.expr(x);
        if self.cg.is_mem(x.ty) {
            let off = self.cg.types().field_offsets(x.ty)[i];
            let addr = self.b.ins().iadd_imm_s(vals[0], off as i64);
            return self.load_parts(addr, e.ty, false);
        }
        let (start, n) = self.cg.field_part_range(x.ty, i);
        vals[start..start + n].to_vec()
    }

    /// `a[i]` of an array or slice.
    pub(super) fn index(&mut self, e: &'p ir::Expr, x: &'p ir::Expr, i: &'p ir::Expr) -> Vec<Value> {
        let is_slice = matches!(self.cg.types().under(x.ty), TypeKind::Slice(_));
        if is_slice || self.in_memory(x) {
            let addr = self.addr_of(e);
            return self.load_parts(addr, e.ty, true);
        }
        // An array value in SSA words: a constant index selects words.
        let TypeKind::Array(elem, n) = *self.cg.types().under(x.ty) else { unreachable!() };
        if let IK::Const(v) = &i.kind {
            let vals = self.expr(x);
            let k = v.to_i64().unwrap_or(0) as usize;
            let w = self.cg.part_count(elem);
            return vals[k * w..(k + 1) * w].to_vec();
        }
        // A variable index into an array value: spill it first.
        let vals = self.expr(x);
        let base = self.spill(x.ty, &vals);
        let iv = self.expr(i)[0];
        let (index, signed) = self.index_i64(i.ty, iv);
        let len = self.b.ins().iconst(I64, n as i64);
        let size = self.cg.types().size(elem) as u32;
        let bounded = crate::bounds::elided(self.cg.types(), x, i);
        let addr = self.index_addr(base, index, signed, len, size, bounded);
        self.load_parts(addr, e.ty, false)
    }

    /// A struct or array value from its elements (the rest zero).
    pub(super) fn composite(&mut self, e: &'p ir::Expr, elems: &'p [(ElemKey, ir::Expr)]) -> Vec<Value> {
        if self.cg.is_mem(e.ty) {
            let size = self.cg.types().size(e.ty) as u32;
            let slot = self.new_slot(size, e.ty);
            let addr = self.b.ins().stack_addr(I64, slot, 0);
            self.zero_mem(addr, size);
            self.store_elems(addr, e.ty, elems);
            return vec![addr];
        }
        let parts = self.cg.parts(e.ty);
        let mut vals: Vec<Value> = parts.iter().map(|p| self.zero(p.ty)).collect();
        for (k, x) in elems {
            let v = self.expr(x);
            let (start, n) = match k {
                ElemKey::Field(i) => self.cg.field_part_range(e.ty, *i),
                ElemKey::Index(i) => {
                    let TypeKind::Array(elem, _) = *self.cg.types().under(e.ty) else { unreachable!() };
                    let w = self.cg.part_count(elem);
                    (*i as usize * w, w)
                }
                ElemKey::Key(_) => continue,
            };
            vals[start..start + n].copy_from_slice(&v[..n]);
        }
        vals
    }

    /// Stores a composite literal's elements into zeroed memory at `addr`.
    pub(super) fn store_elems(&mut self, addr: Value, t: GoType, elems: &'p [(ElemKey, ir::Expr)]) {
        let (offsets, elem_ty): (Vec<u64>, Option<GoType>) = match self.cg.types().under(t) {
            TypeKind::Struct(_) => (self.cg.types().field_offsets(t), None),
            TypeKind::Array(e, _) | TypeKind::Slice(e) => (vec![], Some(*e)),
            _ => (vec![], None),
        };
        for (k, x) in elems {
            let v = self.expr(x);
            let (off, ty) = match k {
                ElemKey::Field(i) => (offsets[*i], x.ty),
                ElemKey::Index(i) => (*i * self.cg.types().size(elem_ty.unwrap()), elem_ty.unwrap()),
                ElemKey::Key(_) => continue,
            };
            let a = self.b.ins().iadd_imm_s(addr, off as i64);
            self.store_parts(a, ty, &v);
        }
    }

    /// Memory for a new variable of type `t` at allocation site `site`:
    /// on the heap if escape analysis says so, else in the frame (zeroed).
    pub(super) fn alloc(&mut self, site: ir::SiteId, t: GoType) -> Value {
        if self.cg.heap_site(self.f, site) {
            return self.new_object(t);
        }
        let size = self.cg.types().size(t) as u32;
        let slot = self.new_slot(size, t);
        let addr = self.b.ins().stack_addr(I64, slot, 0);
        self.zero_mem(addr, size);
        addr
    }

    /// `&T{...}`, `new(T)`.
    pub(super) fn new_value(&mut self, e: &'p ir::Expr, site: ir::SiteId, init: Option<&'p ir::Expr>) -> Vec<Value> {
        let TypeKind::Pointer(t) = *self.cg.types().under(e.ty) else { unreachable!() };
        // Evaluate the initial value before allocating (as gc orders it).
        let vals = init.map(|x| match &x.kind {
            IK::Composite(elems) if !self.cg.is_mem(t) => self.composite(x, elems),
            _ => self.expr(x),
        });
        let p = self.alloc(site, t);
        if let Some(vals) = vals {
            self.store_parts(p, t, &vals);
        }
        vec![p]
    }

    // ---- Slices --------------------------------------------------------------------------

    /// `x[lo:hi:max]`: x is a slice or a pointer to an array. Checks as gc:
    /// `max <= cap`, `hi <= max`, `lo <= hi`, with gc's panic codes.
    pub(super) fn slice(
        &mut self,
        x: &'p ir::Expr,
        lo: Option<&'p ir::Expr>,
        hi: Option<&'p ir::Expr>,
        max: Option<&'p ir::Expr>,
    ) -> Vec<Value> {
        let (ptr, len, cap, elem, is_slice) = match *self.cg.types().under(x.ty) {
            TypeKind::Slice(elem) => {
                let s = self.expr(x);
                (s[0], s[1], s[2], elem, true)
            }
            TypeKind::Pointer(p) => {
                let TypeKind::Array(elem, n) = *self.cg.types().under(p) else { unreachable!() };
                // Slicing an array through a pointer: nil-check the pointer
                // (`&a` of an addressable array is never nil, but `&p.a` is
                // checked on the way).
                let ptr = match &x.kind {
                    IK::AddrOf(a) => self.addr_of_taken(a),
                    _ => {
                        let ptr = self.expr(x)[0];
                        self.nil_check(ptr);
                        ptr
                    }
                };
                let n = self.b.ins().iconst(I64, n as i64);
                (ptr, n, n, elem, false)
            }
            _ => unreachable!("slice of a non-slice"),
        };
        let bound = |s: &mut Self, b: Option<&'p ir::Expr>| -> Option<(Value, bool)> {
            b.map(|b| {
                let v = s.expr(b)[0];
                s.index_i64(b.ty, v)
            })
        };
        let lo_v = bound(self, lo);
        let hi_v = bound(self, hi);
        let max_v = bound(self, max);
        use abi::bounds::*;
        let (lo_v, hi_v, max_v) = if let Some((k, ks)) = max_v {
            let (kind, _) = if is_slice { (SLICE3_ACAP, 0) } else { (SLICE3_ALEN, 0) };
            self.check_bounds(kind, ks, k, cap, IntCC::UnsignedGreaterThan);
            let (j, js) = hi_v.unwrap();
            self.check_bounds(SLICE3_B, js, j, k, IntCC::UnsignedGreaterThan);
            let (i, is) = lo_v.unwrap_or((self.b.ins().iconst(I64, 0), true));
            self.check_bounds(SLICE3_C, is, i, j, IntCC::UnsignedGreaterThan);
            (i, j, k)
        } else {
            let (j, js) = match hi_v {
                Some((j, js)) => {
                    let kind = if is_slice { SLICE_ACAP } else { SLICE_ALEN };
                    self.check_bounds(kind, js, j, cap, IntCC::UnsignedGreaterThan);
                    (j, js)
                }
                None => (len, true),
            };
            let _ = js;
            let i = match lo_v {
                Some((i, is)) => {
                    self.check_bounds(SLICE_B, is, i, j, IntCC::UnsignedGreaterThan);
                    i
                }
                None => self.b.ins().iconst(I64, 0),
            };
            (i, j, cap)
        };
        let new_len = self.b.ins().isub(hi_v, lo_v);
        let new_cap = self.b.ins().isub(max_v, lo_v);
        let size = self.cg.types().size(elem) as i64;
        let off = self.b.ins().imul_imm_s(lo_v, size);
        let moved = self.b.ins().iadd(ptr, off);
        // An empty result keeps the base pointer, so it never points past
        // the end of the array (gc masks the offset the same way).
        let empty = self.b.ins().icmp_imm_s(IntCC::Equal, new_cap, 0);
        let p = self.b.ins().select(empty, ptr, moved);
        let p = self.pointer(p);
        vec![p, new_len, new_cap]
    }

    /// `[]T{...}`: a backing array at `site`, then the slice of it.
    pub(super) fn slice_lit(
        &mut self,
        e: &'p ir::Expr,
        site: ir::SiteId,
        len: u64,
        elems: &'p [(ElemKey, ir::Expr)],
    ) -> Vec<Value> {
        let TypeKind::Slice(elem) = *self.cg.types().under(e.ty) else { unreachable!() };
        let n = self.b.ins().iconst(I64, len as i64);
        if len == 0 {
            // gc: an empty literal points at zerobase; a non-nil empty slice.
            let arr = self.cg.types_mut_array(elem, 0);
            let p = self.alloc(site, arr);
            return vec![p, n, n];
        }
        let arr = self.cg.types_mut_array(elem, len);
        let p = self.alloc(site, arr);
        self.store_elems(p, e.ty, elems);
        vec![p, n, n]
    }

    /// `make([]T, len, cap)`: `runtime.makeslice`, or a frame array when
    /// the size is a constant and escape analysis keeps it in the frame.
    pub(super) fn make_slice(
        &mut self,
        e: &'p ir::Expr,
        site: ir::SiteId,
        len: &'p ir::Expr,
        cap: Option<&'p ir::Expr>,
    ) -> Vec<Value> {
        let TypeKind::Slice(elem) = *self.cg.types().under(e.ty) else { unreachable!() };
        let const_of = |x: &ir::Expr| match &x.kind {
            IK::Const(v) => v.to_i64(),
            _ => None,
        };
        let lv = self.expr(len)[0];
        let (l64, _) = self.index_i64(len.ty, lv);
        let c64 = match cap {
            Some(c) => {
                let cv = self.expr(c)[0];
                self.index_i64(c.ty, cv).0
            }
            None => l64,
        };
        let td = self.type_desc(elem);
        if self.cg.heap_site(self.f, site) {
            let p = self.call_runtime("runtime.makeslice", &[td, l64, c64])[0];
            return vec![self.pointer(p), l64, c64];
        }
        // It does not escape. With a constant capacity (gc rewrote a
        // constant-valued variable to one too): an array in the frame.
        let const_cap =
            cap.map_or(const_of(len), const_of).or_else(|| self.cg.static_make_cap(self.f, site).map(|n| n as i64));
        if let Some(n) = const_cap.filter(|n| *n >= 0) {
            let n_v = self.b.ins().iconst(I64, n);
            self.make_slice_checks(l64, n_v);
            let arr = self.cg.types_mut_array(elem, n as u64);
            let p = self.alloc(site, arr);
            return vec![p, l64, c64];
        }
        // A variable size: gc's 32-byte frame buffer when the capacity fits
        // (walk's variable-size make), else runtime.makeslice.
        //     CMPQ cap, $K; JHI big; ... LEAQ buf(SP), AX
        let size = self.cg.types().size(elem).max(1);
        let k = VARIABLE_MAKE_THRESHOLD / size;
        if k == 0 {
            let p = self.call_runtime("runtime.makeslice", &[td, l64, c64])[0];
            return vec![self.pointer(p), l64, c64];
        }
        let small = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThanOrEqual, c64, k as i64);
        let (small_b, big_b, join) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        let p = self.b.append_block_param(join, I64);
        self.b.ins().brif(small, small_b, &[], big_b, &[]);
        self.b.switch_to_block(small_b);
        self.make_slice_checks(l64, c64);
        let arr = self.cg.types_mut_array(elem, k);
        let slot = self.new_slot(self.cg.types().size(arr) as u32, arr);
        let addr = self.b.ins().stack_addr(I64, slot, 0);
        self.zero_mem(addr, self.cg.types().size(arr) as u32);
        self.b.ins().jump(join, &[addr.into()]);
        self.b.switch_to_block(big_b);
        let heap = self.call_runtime("runtime.makeslice", &[td, l64, c64])[0];
        self.b.ins().jump(join, &[heap.into()]);
        self.b.switch_to_block(join);
        vec![self.pointer(p), l64, c64]
    }

    /// make's panics when the compiler allocates the array itself:
    /// `len < 0` or `len > cap` (gc's panicmakeslicelen/cap).
    fn make_slice_checks(&mut self, len: Value, cap: Value) {
        let bad = self.b.ins().icmp(IntCC::UnsignedGreaterThan, len, cap);
        let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, len, 0);
        let len_panic = self.panic_block("runtime.panicmakeslicelen", &[]);
        let cap_panic = self.panic_block("runtime.panicmakeslicecap", &[]);
        let which = self.b.create_block();
        let ok = self.b.create_block();
        self.b.set_cold_block(which);
        self.b.ins().brif(bad, which, &[], ok, &[]);
        self.b.switch_to_block(which);
        self.b.ins().brif(negative, len_panic, &[], cap_panic, &[]);
        self.b.switch_to_block(ok);
    }

    /// `append(s, elems...)`: grow with `runtime.growslice` when the
    /// capacity is short, then store the new elements.
    pub(super) fn append(
        &mut self,
        e: &'p ir::Expr,
        s: &'p ir::Expr,
        elems: &'p [ir::Expr],
        spread: bool,
    ) -> Vec<Value> {
        let TypeKind::Slice(elem) = *self.cg.types().under(e.ty) else { unreachable!() };
        let size = self.cg.types().size(elem) as i64;
        let sv = self.expr(s);
        // The values are evaluated before the slice grows.
        let (count, src) = if spread {
            let o = self.expr(&elems[0]);
            (o[1], Some(o[0]))
        } else {
            (self.b.ins().iconst(I64, elems.len() as i64), None)
        };
        let vals: Vec<Vec<Value>> = if spread { vec![] } else { elems.iter().map(|x| self.expr(x)).collect() };
        let (ptr, len, cap) = (sv[0], sv[1], sv[2]);
        let new_len = self.b.ins().iadd(len, count);
        let grow = self.b.ins().icmp(IntCC::UnsignedGreaterThan, new_len, cap);
        let grow_b = self.b.create_block();
        let join = self.b.create_block();
        let jp = self.b.append_block_param(join, I64);
        let jc = self.b.append_block_param(join, I64);
        self.b.set_cold_block(grow_b);
        self.b.ins().brif(grow, grow_b, &[], join, &[ptr.into(), cap.into()]);
        self.b.switch_to_block(grow_b);
        // gc (1.25+): the first growth of an empty slice whose append does
        // not escape may use a 32-byte frame buffer, once per function
        // call (a flag says it is taken), for a fixed number of elements.
        //     CMPQ newlen, $K; JHI heap; CMPB used(SP), $0; JNE heap; ...
        let site = match &e.kind {
            IK::Append { site, .. } => Some(*site),
            _ => None,
        };
        let k = VARIABLE_MAKE_THRESHOLD as i64 / size.max(1);
        if let (Some(site), false, true) = (site, spread, size > 0 && k > 0) {
            if !self.cg.heap_site(self.f, site) {
                let flag = self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 8, 3));
                self.zero_at_entry.push((flag, 8));
                let fits = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThanOrEqual, new_len, k);
                let used = self.b.ins().stack_load(I64, I64, flag, 0);
                let free = self.b.ins().icmp_imm_u(IntCC::Equal, used, 0);
                let empty = self.b.ins().icmp_imm_u(IntCC::Equal, len, 0);
                let ok = self.b.ins().band(fits, free);
                let ok = self.b.ins().band(ok, empty);
                let (buf_b, heap_b) = (self.b.create_block(), self.b.create_block());
                self.b.set_cold_block(buf_b);
                self.b.set_cold_block(heap_b);
                self.b.ins().brif(ok, buf_b, &[], heap_b, &[]);
                self.b.switch_to_block(buf_b);
                let arr = self.cg.types_mut_array(elem, k as u64);
                let bytes = self.cg.types().size(arr) as u32;
                let slot = self.new_slot(bytes, arr);
                let addr = self.b.ins().stack_addr(I64, slot, 0);
                self.zero_mem(addr, bytes);
                let one = self.b.ins().iconst(I64, 1);
                self.b.ins().stack_store(I64, one, flag, 0);
                let kv = self.b.ins().iconst(I64, k);
                self.b.ins().jump(join, &[addr.into(), kv.into()]);
                self.b.switch_to_block(heap_b);
            }
        }
        let td = self.type_desc(elem);
        let area = self.stack_area(24);
        self.call_runtime("runtime.growslice", &[area, ptr, new_len, cap, count, td]);
        let np = self.b.ins().load(I64, trusted(), area, 0);
        let nc = self.b.ins().load(I64, trusted(), area, 16);
        self.b.ins().jump(join, &[np.into(), nc.into()]);
        self.b.switch_to_block(join);
        let jp = self.pointer(jp);
        let off = self.b.ins().imul_imm_s(len, size);
        let dst = self.b.ins().iadd(jp, off);
        match src {
            Some(src) => {
                let bytes = self.b.ins().imul_imm_s(count, size);
                self.call_runtime("memmove", &[dst, src, bytes]);
            }
            None => {
                for (i, v) in vals.iter().enumerate() {
                    let a = self.b.ins().iadd_imm_s(dst, i as i64 * size);
                    self.store_parts(a, elem, v);
                }
            }
        }
        vec![jp, new_len, jc]
    }

    // ---- Maps ---------------------------------------------------------------------------

    /// `make(map[K]V, hint)` and map literals.
    pub(super) fn make_map(
        &mut self,
        e: &'p ir::Expr,
        hint: Option<&'p ir::Expr>,
        entries: &'p [(ir::Expr, ir::Expr)],
    ) -> Vec<Value> {
        let TypeKind::Map(kt, vt) = *self.cg.types().under(e.ty) else { unreachable!() };
        let h = match hint {
            Some(x) => {
                let v = self.expr(x)[0];
                self.index_i64(x.ty, v).0
            }
            None => self.b.ins().iconst(I64, entries.len() as i64),
        };
        let mt = self.type_desc(e.ty);
        let IK::MakeMap { site, .. } = e.kind else { unreachable!() };
        let header = if self.cg.heap_site(self.f, site) {
            self.b.ins().iconst(I64, 0)
        } else {
            // gc (walk's walkMakeMap): a map that does not escape has its
            // header in the frame, and its first bucket too unless the
            // hint is a constant above 8; makemap allocates buckets on the
            // heap only when the hint needs more than one.
            //     LEAQ h(SP), CX; LEAQ b(SP), DX; MOVQ DX, 16(CX)
            let hmap = self.cg.hmap_type();
            let hdr = self.alloc(site, hmap);
            let big_hint = match hint.map(|x| &x.kind) {
                Some(IK::Const(v)) => v.to_i64().is_none_or(|n| n > abi::MAP_BUCKET_COUNT),
                Some(_) => false,
                None => entries.len() as i64 > abi::MAP_BUCKET_COUNT,
            };
            if !big_hint {
                let bucket = self.cg.map_bucket_type(kt, vt);
                let b = self.alloc(site, bucket);
                self.b.ins().store(trusted(), b, hdr, abi::HMAP_BUCKETS_OFFSET);
            }
            hdr
        };
        let m = self.call_runtime("runtime.makemap", &[mt, h, header])[0];
        let m = self.pointer(m);
        for (k, v) in entries {
            let kv = self.expr(k);
            let vv = self.expr(v);
            let key_addr = self.spill(kt, &kv);
            let mt = self.type_desc(e.ty);
            let slot = self.call_runtime("runtime.mapassign", &[mt, m, key_addr])[0];
            self.store_parts(slot, vt, &vv);
        }
        vec![m]
    }

    /// `m[k]` (and `v, ok := m[k]` when `ok`).
    pub(super) fn map_index(&mut self, m: &'p ir::Expr, k: &'p ir::Expr, ok: bool) -> Vec<Value> {
        let TypeKind::Map(kt, vt) = *self.cg.types().under(m.ty) else { unreachable!() };
        let mv = self.expr(m)[0];
        let kv = self.string_tmp(k);
        let key_addr = self.spill(kt, &kv);
        let mt = self.type_desc(m.ty);
        if ok {
            let r = self.call_runtime("runtime.mapaccess2", &[mt, mv, key_addr]);
            let mut vals = self.load_parts(r[0], vt, false);
            if self.cg.is_mem(vt) {
                // The map's own memory: copy it out before anything changes the map.
                vals = vec![self.spill_copy(vt, r[0])];
            }
            vals.push(r[1]);
            return vals;
        }
        let p = self.call_runtime("runtime.mapaccess1", &[mt, mv, key_addr])[0];
        if self.cg.is_mem(vt) {
            return vec![self.spill_copy(vt, p)];
        }
        self.load_parts(p, vt, false)
    }

    /// A frame copy of the memory value at `src`.
    fn spill_copy(&mut self, t: GoType, src: Value) -> Value {
        let size = self.cg.types().size(t) as u32;
        let slot = self.new_slot(size, t);
        let dst = self.b.ins().stack_addr(I64, slot, 0);
        self.copy_mem(dst, src, size);
        dst
    }

    /// `for k, v := range m` with the runtime's iterator in the frame.
    pub(super) fn range_map(
        &mut self,
        label: ir::LabelId,
        m: &'p ir::Expr,
        key: Option<LocalId>,
        value: Option<LocalId>,
        body: &'p [ir::Stmt],
    ) {
        let TypeKind::Map(kt, vt) = *self.cg.types().under(m.ty) else { unreachable!() };
        let mv = self.expr(m)[0];
        let it = self.hiter_slot();
        let mt = self.type_desc(m.ty);
        self.call_runtime("runtime.mapiterinit", &[mt, mv, it]);
        let header = self.b.create_block();
        let body_b = self.b.create_block();
        let next = self.b.create_block();
        let exit = self.b.create_block();
        self.jumps.insert(label, Jump { brk: exit, cont: Some(next) });
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(header);
        let kp = self.b.ins().load(I64, trusted(), it, abi::HITER_KEY as i32);
        self.b.ins().brif(kp, body_b, &[], exit, &[]);
        self.b.switch_to_block(body_b);
        self.terminated = false;
        if let Some(k) = key {
            let kp = self.b.ins().load(I64, trusted(), it, abi::HITER_KEY as i32);
            let vals = self.load_parts(kp, kt, false);
            self.declare_local(k, Some(vals));
        }
        if let Some(v) = value {
            let vp = self.b.ins().load(I64, trusted(), it, abi::HITER_ELEM as i32);
            let vals = self.load_parts(vp, vt, false);
            self.declare_local(v, Some(vals));
        }
        self.stmts(body);
        if !self.terminated {
            self.b.ins().jump(next, &[]);
        }
        self.b.switch_to_block(next);
        self.call_runtime("runtime.mapiternext", &[it]);
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(exit);
        self.terminated = false;
    }

    /// A zeroed `hiter` in the frame, its pointer words in the stack maps.
    fn hiter_slot(&mut self) -> Value {
        let size = (abi::HITER_WORDS * 8) as u32;
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, size, 3));
        let words: Vec<u32> =
            (0..abi::HITER_WORDS as u32).filter(|w| abi::HITER_PTRMASK & (1 << w) != 0).map(|w| w * 8).collect();
        self.pointer_slots.push((slot, words));
        self.zero_at_entry.push((slot, size));
        let addr = self.b.ins().stack_addr(I64, slot, 0);
        self.zero_mem(addr, size);
        addr
    }

    // ---- Strings and conversions ---------------------------------------------------------

    /// `[]byte(s)`, `[]rune(s)`.
    /// The address of `runtime.zerobase`, where gc points what has no
    /// bytes but must not be nil.
    ///     LEAQ runtime.zerobase(SB), CX
    fn zerobase(&mut self) -> Value {
        self.runtime_data("runtime.zerobase")
    }

    pub(super) fn string_to_slice(&mut self, e: &'p ir::Expr, site: ir::SiteId, x: &'p ir::Expr) -> Vec<Value> {
        let s = self.expr(x);
        if self.cg.zero_copy_site(self.f, site) {
            // Never written: the slice is the string's own bytes
            // (gc's OSTR2BYTESTMP), cap = len. An empty string may have no
            // bytes at all: the slice must still not be nil, so it points
            // at runtime.zerobase.
            let zerobase = self.zerobase();
            let p = self.b.ins().select(s[0], s[0], zerobase);
            return vec![p, s[1], s[1]];
        }
        let TypeKind::Slice(elem) = *self.cg.types().under(e.ty) else { unreachable!() };
        let runes = self.cg.types().basic_of(elem) == Some(Basic::Int32);
        if let (IK::Const(crate::types::constant::Value::String(bytes)), false) = (&x.kind, runes) {
            // []byte("..."): a [n]byte of exactly the constant's length, in
            // the frame or (escaping, or over gc's 64 KB limit for implicit
            // variables) from newobject, then the bytes copied: cap = len,
            // not a buffer's 32 or a size class (gc: walkStringToBytes).
            let n = bytes.len() as u64;
            let arr = self.cg.types_mut_array(elem, n);
            let in_frame = if n <= crate::escape::MAX_IMPLICIT { self.string_frame_area(site, n as u32) } else { None };
            let p = match in_frame {
                Some(p) => p,
                None => self.new_object(arr),
            };
            if n > 0 {
                self.copy_mem(p, s[0], n as u32);
            }
            let len = self.b.ins().iconst(I64, n as i64);
            return vec![p, len, len];
        }
        let area = self.stack_area(24);
        // A slice that does not escape may be the frame buffer: 32 bytes,
        // or 32 runes (gc: `[32]rune` for stringtoslicerune).
        let buf_size = if runes { 4 * abi::TMP_STRING_BUF_SIZE } else { abi::TMP_STRING_BUF_SIZE };
        let buf = self.string_buf(Some(site), buf_size);
        let f = if runes { "runtime.stringtoslicerune" } else { "runtime.stringtoslicebyte" };
        self.call_runtime(f, &[area, buf, s[0], s[1]]);
        let p = self.b.ins().load(I64, trusted(), area, 0);
        let p = self.pointer(p);
        let l = self.b.ins().load(I64, trusted(), area, 8);
        let c = self.b.ins().load(I64, trusted(), area, 16);
        vec![p, l, c]
    }

    /// `string(b)`, `string(runes)` at allocation site `site`: in a frame
    /// buffer when the string does not escape and fits.
    pub(super) fn slice_to_string(&mut self, site: Option<ir::SiteId>, from: GoType, v: Vec<Value>) -> Vec<Value> {
        let TypeKind::Slice(elem) = *self.cg.types().under(from) else { unreachable!() };
        let runes = self.cg.types().basic_of(elem) == Some(Basic::Int32);
        let f = if runes { "runtime.slicerunetostring" } else { "runtime.slicebytetostring" };
        let buf = self.string_buf(site, abi::TMP_STRING_BUF_SIZE);
        let r = self.call_runtime(f, &[buf, v[0], v[1]]);
        let p = self.pointer(r[0]);
        vec![p, r[1]]
    }

    /// For `range` over a string: (rune, next index), ASCII inline.
    pub(super) fn decode_rune(&mut self, s: &'p ir::Expr, i: &'p ir::Expr) -> Vec<Value> {
        let sv = self.expr(s);
        let iv = self.expr(i)[0];
        let addr = self.b.ins().iadd(sv[0], iv);
        let byte = self.b.ins().load(I8, trusted(), addr, 0);
        let ascii = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, byte, 0x80);
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        let join = self.b.create_block();
        let r = self.b.append_block_param(join, I32);
        let n = self.b.append_block_param(join, I64);
        self.b.ins().brif(ascii, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let r1 = self.b.ins().uextend(I32, byte);
        let n1 = self.b.ins().iadd_imm_s(iv, 1);
        self.b.ins().jump(join, &[r1.into(), n1.into()]);
        self.b.switch_to_block(slow);
        let d = self.call_runtime("runtime.decoderune", &[sv[0], sv[1], iv]);
        let r2 = self.b.ins().ireduce(I32, d[0]);
        self.b.ins().jump(join, &[r2.into(), d[1].into()]);
        self.b.switch_to_block(join);
        vec![r, n]
    }

    // ---- Builtins on composite values -----------------------------------------------------

    pub(super) fn len_cap(&mut self, x: &'p ir::Expr, cap: bool) -> Value {
        // A string or slice in memory: load just the word wanted, as gc
        // does (so len(*p) of a nil p faults at 0x8, not 0x0).
        let string = self.cg.types().is_string(x.ty);
        if (string || matches!(self.cg.types().under(x.ty), TypeKind::Slice(_))) && self.in_memory(x) {
            let addr = self.addr_of(x);
            let offset = if cap { 16 } else { 8 };
            return self.b.ins().load(I64, user(), addr, offset);
        }
        let v = self.expr(x);
        match self.cg.types().under(x.ty) {
            TypeKind::Map(..) => {
                // hmap.count is the first word; a nil map has none.
                let is_nil = self.b.ins().icmp_imm_s(IntCC::Equal, v[0], 0);
                let yes = self.b.create_block();
                let no = self.b.create_block();
                let join = self.b.create_block();
                let r = self.b.append_block_param(join, I64);
                self.b.ins().brif(is_nil, yes, &[], no, &[]);
                self.b.switch_to_block(yes);
                let z = self.b.ins().iconst(I64, 0);
                self.b.ins().jump(join, &[z.into()]);
                self.b.switch_to_block(no);
                let c = self.b.ins().load(I64, trusted(), v[0], 0);
                self.b.ins().jump(join, &[c.into()]);
                self.b.switch_to_block(join);
                r
            }
            TypeKind::Slice(_) => {
                if cap {
                    v[2]
                } else {
                    v[1]
                }
            }
            // An array's length is its type's (x was evaluated for its calls).
            TypeKind::Array(_, n) => self.b.ins().iconst(I64, *n as i64),
            TypeKind::Pointer(p) => match self.cg.types().under(*p) {
                TypeKind::Array(_, n) => {
                    let n = *n as i64;
                    self.b.ins().iconst(I64, n)
                }
                _ => v[0],
            },
            _ => v[1],
        }
    }

    /// `copy(dst, src)`: `min(len(dst), len(src))` elements, overlapping allowed.
    pub(super) fn copy_slice(&mut self, dst: &'p ir::Expr, src: &'p ir::Expr) -> Value {
        let TypeKind::Slice(elem) = *self.cg.types().under(dst.ty) else { unreachable!() };
        let d = self.expr(dst);
        let s = self.expr(src);
        let less = self.b.ins().icmp(IntCC::SignedLessThan, d[1], s[1]);
        let n = self.b.ins().select(less, d[1], s[1]);
        let size = self.cg.types().size(elem) as i64;
        let bytes = self.b.ins().imul_imm_s(n, size);
        self.call_runtime("memmove", &[d[0], s[0], bytes]);
        n
    }

    pub(super) fn delete(&mut self, m: &'p ir::Expr, k: &'p ir::Expr) {
        let TypeKind::Map(kt, _) = *self.cg.types().under(m.ty) else { unreachable!() };
        let mv = self.expr(m)[0];
        let kv = self.expr(k);
        let key_addr = self.spill(kt, &kv);
        let mt = self.type_desc(m.ty);
        self.call_runtime("runtime.mapdelete", &[mt, mv, key_addr]);
    }

    /// `x == y` for structs and arrays, word group by word group, with each
    /// field compared by its own type's rule (strings by contents, floats
    /// by value); memory values through `runtime.efaceeq`.
    pub(super) fn equal_composite(&mut self, t: GoType, a: &[Value], b: &[Value]) -> Value {
        if self.cg.is_mem(t) {
            let td = self.type_desc(t);
            return self.call_runtime("runtime.efaceeq", &[td, a[0], b[0]])[0];
        }
        let mut result = self.b.ins().iconst(I8, 1);
        let mut at = 0;
        for (ft, blank) in self.component_types(t) {
            let n = self.cg.part_count(ft);
            // Blank fields take no part in comparison.
            if !blank {
                let eq =
                    self.compare(crate::syntax::ast::BinaryOp::Eql, ft, a[at..at + n].to_vec(), b[at..at + n].to_vec());
                result = self.b.ins().band(result, eq);
            }
            at += n;
        }
        result
    }

    /// The types of a struct's fields (and whether each is `_`) or of an
    /// array's elements, in order.
    fn component_types(&self, t: GoType) -> Vec<(GoType, bool)> {
        match self.cg.types().under(t) {
            TypeKind::Struct(fields) => fields.iter().map(|f| (f.typ, f.name == "_")).collect(),
            TypeKind::Array(e, n) => vec![(*e, false); *n as usize],
            _ => vec![],
        }
    }
}
