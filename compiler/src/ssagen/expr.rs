//! Expressions → Cranelift values (one per part of the Go value).
//!
//! Go's integer semantics are spelled out here, because the machine's are
//! different:
//! - `x / 0` and `x % 0` call `runtime.panicdivide` (x86's IDIV would trap
//!   with SIGFPE); `MinInt64 / -1` is `MinInt64` and `% -1` is 0 (IDIV would
//!   trap again), so a divisor of -1 is handled before dividing.
//! - A shift by a count at or past the width gives 0 (or all sign bits for a
//!   signed `>>`), where x86 masks the count; a negative signed count calls
//!   `runtime.panicshift`.
//! - Narrow integers are Cranelift `I8`/`I16`/`I32` values, so arithmetic
//!   wraps at their width for free.
//!
//! Strings are (pointer, length) pairs: indexing and slicing check bounds and
//! call `runtime.panicBounds` with gc's codes; `+` calls
//! `runtime.concatstring2/3/s`; comparison compares lengths, then calls
//! `runtime.memequal` or `runtime.cmpstring`. A new string that escape
//! analysis keeps in the frame (a concatenation, `string(b)`, `string(r)`)
//! gets a buffer in the frame as the runtime call's first argument
//! (`string_buf`), as in gc.

use super::FnLower;
use crate::abi;
use crate::ir::{self, Builtin, ExprKind as IK};
use crate::syntax::ast::{BinaryOp, UnaryOp};
use crate::types::constant::{self, Value as CV};
use crate::types::types::{Basic, Type as GoType, TypeKind};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::types::{F32, F64, I8, I64};
use cranelift_codegen::ir::{Block, InstBuilder, MemFlagsData, TrapCode, Type as ClType, Value};
use cranelift_module::{DataDescription, Linkage, Module};

impl<'a, 'p, 'b> FnLower<'a, 'p, 'b> {
    fn basic(&self, t: GoType) -> Basic {
        self.cg.types().basic_of(t).unwrap_or(Basic::Invalid)
    }

    /// The types of a multi-value call's results.
    pub(super) fn result_types(&self, call: &ir::Expr) -> Vec<GoType> {
        match self.cg.types().kind(call.ty) {
            TypeKind::Tuple(elems) => elems.clone(),
            _ => vec![call.ty],
        }
    }

    /// Marks a value that may hold a pointer, so the frontend keeps it in a
    /// stack-map slot across calls.
    pub(super) fn pointer(&mut self, v: Value) -> Value {
        self.b.declare_value_needs_stack_map(v);
        v
    }

    pub(super) fn expr(&mut self, e: &'p ir::Expr) -> Vec<Value> {
        match &e.kind {
            IK::Const(v) => {
                self.at(e.span);
                self.constant(v, e.ty)
            }
            IK::Local(l) => self.load_local(*l),
            IK::Global(g) => {
                let addr = self.global_addr(*g);
                self.load_parts(addr, e.ty, false)
            }
            IK::Func(_) => {
                // Function values arrive with closures; the checker rejects them for now.
                vec![self.b.ins().iconst(I64, 0)]
            }
            IK::Unary(op, x) => {
                let v = self.expr(x);
                self.at(e.span);
                vec![self.unary(*op, e.ty, v[0])]
            }
            IK::Binary(BinaryOp::LAnd, x, y) | IK::Binary(BinaryOp::LOr, x, y) => {
                let is_and = matches!(e.kind, IK::Binary(BinaryOp::LAnd, ..));
                self.short_circuit(is_and, x, y)
            }
            IK::Binary(op, x, y) => {
                let a = self.expr(x);
                let b = self.expr(y);
                self.at(e.span);
                self.binary_values(*op, e.ty, y.ty, a, b)
            }
            IK::Compare(op, x, y) => {
                let a = self.string_tmp(x);
                let b = self.string_tmp(y);
                self.at(e.span);
                vec![self.compare(*op, x.ty, a, b)]
            }
            IK::Call { func, args } => {
                let mut vals = Vec::new();
                for a in args {
                    vals.extend(self.expr(a));
                }
                self.at(e.span);
                self.call(func, vals, e)
            }
            IK::Inlined { inl, args, body, results } => {
                // The arguments belong to the caller's frame; the body to
                // the inlined call's (its lines go to the inline tree).
                self.stmts(args);
                let (outer, line) = (self.inl.replace(*inl), self.line);
                self.stmts(body);
                self.inl = outer;
                self.set_line(line);
                let mut vals = Vec::new();
                for r in results {
                    vals.extend(self.load_local(*r));
                }
                vals
            }
            IK::CallSpread { func, arg } => {
                let vals = self.expr(arg);
                self.at(e.span);
                self.call(func, vals, e)
            }
            IK::Builtin { which, args } => self.builtin(*which, args, e),
            IK::BuiltinSpread { which, arg } => {
                let vals = self.expr(arg);
                let types = self.result_types(arg);
                self.at(e.span);
                self.print(*which == Builtin::Println, &types, vals);
                vec![]
            }
            IK::Convert(x) => {
                let v = self.expr(x);
                self.at(e.span);
                self.convert(x.ty, e.ty, v)
            }
            IK::MakeInterface(_, x) => self.make_interface(x, e),
            IK::StringIndex(s, i) => {
                let sv = self.expr(s);
                let iv = self.expr(i);
                self.at(e.span);
                let (idx, signed) = self.index_to_i64(i.ty, iv[0]);
                if !crate::bounds::elided(self.cg.types(), s, i) {
                    self.bounds_check(abi::bounds::INDEX, signed, idx, sv[1], IntCC::UnsignedGreaterThanOrEqual);
                }
                let addr = self.b.ins().iadd(sv[0], idx);
                vec![self.b.ins().load(I8, MemFlagsData::trusted(), addr, 0)]
            }
            IK::StringSlice { s, lo, hi } => {
                let sv = self.expr(s);
                let lo_v = lo.as_ref().map(|x| (self.expr(x)[0], x.ty));
                let hi_v = hi.as_ref().map(|x| (self.expr(x)[0], x.ty));
                self.at(e.span);
                self.slice_string(sv, lo_v, hi_v)
            }
            IK::Concat(site, parts) => {
                let mut vals = Vec::new();
                for p in parts {
                    vals.extend(self.expr(p));
                }
                self.at(e.span);
                // No buffer when the constant operands alone fill it (gc:
                // walkAddString, "the result won't fit").
                let literal: usize = parts
                    .iter()
                    .map(|p| match &p.kind {
                        IK::Const(CV::String(b)) => b.len(),
                        _ => 0,
                    })
                    .sum();
                let site = (literal < abi::TMP_STRING_BUF_SIZE as usize).then_some(*site);
                self.concat(site, vals)
            }
            IK::AddrOf(x) => vec![self.addr_of_taken(x)],
            IK::New { site, init } => self.new_value(e, *site, init.as_deref()),
            IK::Deref(p) => {
                let addr = self.expr(p)[0];
                self.at(e.span);
                // A zero-size value has nothing to load that would fault.
                if self.cg.types().size(e.ty) == 0 {
                    self.nil_check(addr);
                }
                self.load_parts(addr, e.ty, true)
            }
            IK::Field(x, i) => self.field(e, x, *i),
            IK::Index(x, i) => self.index(e, x, i),
            IK::Slice { x, lo, hi, max } => self.slice(x, lo.as_deref(), hi.as_deref(), max.as_deref()),
            IK::Composite(elems) => self.composite(e, elems),
            IK::SliceLit { site, len, elems } => self.slice_lit(e, *site, *len, elems),
            IK::MakeSlice { site, len, cap } => self.make_slice(e, *site, len, cap.as_deref()),
            IK::MakeMap { hint, entries, .. } => self.make_map(e, hint.as_deref(), entries),
            IK::MapIndex(m, k) => self.map_index(m, k, false),
            IK::MapIndexOk(m, k) => self.map_index(m, k, true),
            IK::Append { s, elems, spread, .. } => self.append(e, s, elems, *spread),
            IK::ConvertSlice { site, x } => {
                if self.cg.types().is_string(e.ty) {
                    let v = self.expr(x);
                    self.at(e.span);
                    // string(r) of an integer, or string(b) of a slice.
                    self.convert_at(Some(*site), x.ty, e.ty, v)
                } else {
                    self.string_to_slice(e, *site, x)
                }
            }
            IK::DecodeRune { s, i } => self.decode_rune(s, i),
        }
    }

    /// A constant's parts.
    pub(super) fn constant(&mut self, v: &CV, t: GoType) -> Vec<Value> {
        let b = self.basic(t);
        match b {
            Basic::String => {
                let CV::String(bytes) = v else {
                    return vec![self.b.ins().iconst(I64, 0); 2];
                };
                if bytes.is_empty() {
                    let z = self.b.ins().iconst(I64, 0);
                    return vec![z, z];
                }
                let id = self.cg.string_data(bytes);
                let gv = self.cg.module.declare_data_in_func(id, self.b.func);
                let p = self.b.ins().symbol_value(I64, gv);
                let p = self.pointer(p);
                let n = self.b.ins().iconst(I64, bytes.len() as i64);
                vec![p, n]
            }
            Basic::Float32 => vec![self.b.ins().f32const(v.to_f64() as f32)],
            Basic::Float64 => vec![self.b.ins().f64const(v.to_f64())],
            Basic::Invalid => {
                // nil of an interface or pointer type: all parts zero.
                let parts = self.cg.parts(t);
                parts.iter().map(|p| self.zero(p.ty)).collect()
            }
            _ => {
                if matches!(
                    self.cg.types().under(t),
                    TypeKind::Interface(_)
                        | TypeKind::Pointer(_)
                        | TypeKind::Map(..)
                        | TypeKind::Slice(_)
                        | TypeKind::Func(_)
                        | TypeKind::Chan(..)
                ) {
                    let parts = self.cg.parts(t);
                    return parts.iter().map(|p| self.zero(p.ty)).collect();
                }
                let ty = self.cl_type(t);
                let bits = constant::to_bits(v, b);
                vec![self.b.ins().iconst(ty, bits as i64)]
            }
        }
    }

    fn cl_type(&self, t: GoType) -> ClType {
        self.cg.parts(t).first().map_or(I64, |p| p.ty)
    }

    fn unary(&mut self, op: UnaryOp, t: GoType, v: Value) -> Value {
        let float = self.cg.types().is_float(t);
        match op {
            UnaryOp::Pos => v,
            UnaryOp::Neg if float => self.b.ins().fneg(v),
            UnaryOp::Neg => self.b.ins().ineg(v),
            UnaryOp::Xor => self.b.ins().bnot(v),
            UnaryOp::Not => self.b.ins().icmp_imm_s(IntCC::Equal, v, 0),
            _ => v,
        }
    }

    /// `x && y`, `x || y`: y is evaluated only when it decides the result.
    fn short_circuit(&mut self, is_and: bool, x: &'p ir::Expr, y: &'p ir::Expr) -> Vec<Value> {
        let a = self.expr(x)[0];
        let rhs = self.b.create_block();
        let join = self.b.create_block();
        let result = self.b.append_block_param(join, I8);
        if is_and {
            self.b.ins().brif(a, rhs, &[], join, &[a.into()]);
        } else {
            self.b.ins().brif(a, join, &[a.into()], rhs, &[]);
        }
        self.b.switch_to_block(rhs);
        let bv = self.expr(y)[0];
        self.b.ins().jump(join, &[bv.into()]);
        self.b.switch_to_block(join);
        vec![result]
    }

    /// A cold block that calls a runtime panic function and never returns.
    pub(super) fn panic_block(&mut self, name: &'static str, args: &[Value]) -> Block {
        let current = self.b.current_block().expect("inside a block");
        let blk = self.b.create_block();
        self.b.set_cold_block(blk);
        self.b.switch_to_block(blk);
        self.call_runtime(name, args);
        self.b.ins().trap(TrapCode::user(2).unwrap());
        self.b.switch_to_block(current);
        blk
    }

    /// Arithmetic with Go's semantics (`t` is the result type, `yt` the right
    /// operand's type, which differs for shifts).
    pub(super) fn binary_values(
        &mut self,
        op: BinaryOp,
        t: GoType,
        yt: GoType,
        a: Vec<Value>,
        b: Vec<Value>,
    ) -> Vec<Value> {
        if self.basic(t) == Basic::String {
            // Only + is defined on strings. `s += x` has no allocation
            // site: its result goes to the heap (gc's walk rewrites OASOP
            // into an OADDSTR that escape analysis never saw).
            let mut vals = a;
            vals.extend(b);
            return self.concat(None, vals);
        }
        let (x, y) = (a[0], b[0]);
        let float = self.cg.types().is_float(t);
        let unsigned = self.cg.types().is_unsigned(t);
        let v = match op {
            BinaryOp::Add if float => self.b.ins().fadd(x, y),
            BinaryOp::Sub if float => self.b.ins().fsub(x, y),
            BinaryOp::Mul if float => self.b.ins().fmul(x, y),
            BinaryOp::Quo if float => self.b.ins().fdiv(x, y),
            BinaryOp::Add => self.b.ins().iadd(x, y),
            BinaryOp::Sub => self.b.ins().isub(x, y),
            BinaryOp::Mul => self.b.ins().imul(x, y),
            BinaryOp::And => self.b.ins().band(x, y),
            BinaryOp::Or => self.b.ins().bor(x, y),
            BinaryOp::Xor => self.b.ins().bxor(x, y),
            BinaryOp::AndNot => self.b.ins().band_not(x, y),
            BinaryOp::Quo | BinaryOp::Rem => self.divide(op == BinaryOp::Quo, unsigned, x, y, t),
            BinaryOp::Shl | BinaryOp::Shr => self.shift(op == BinaryOp::Shl, unsigned, x, y, t, yt),
            _ => x,
        };
        vec![v]
    }

    /// Integer division and remainder with Go's checks.
    fn divide(&mut self, quo: bool, unsigned: bool, x: Value, y: Value, t: GoType) -> Value {
        let ty = self.cl_type(t);
        // y == 0: panic.
        let zero = self.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
        let panic = self.panic_block("runtime.panicdivide", &[]);
        let ok = self.b.create_block();
        self.b.ins().brif(zero, panic, &[], ok, &[]);
        self.b.switch_to_block(ok);
        if unsigned {
            return if quo { self.b.ins().udiv(x, y) } else { self.b.ins().urem(x, y) };
        }
        // y == -1: x / -1 == -x (wrapping), x % -1 == 0; IDIV would trap on MinInt / -1.
        let minus_one = self.b.ins().icmp_imm_s(IntCC::Equal, y, -1);
        let special = self.b.create_block();
        let normal = self.b.create_block();
        let join = self.b.create_block();
        let result = self.b.append_block_param(join, ty);
        self.b.ins().brif(minus_one, special, &[], normal, &[]);
        self.b.switch_to_block(special);
        let sv = if quo { self.b.ins().ineg(x) } else { self.b.ins().iconst(ty, 0) };
        self.b.ins().jump(join, &[sv.into()]);
        self.b.switch_to_block(normal);
        let nv = if quo { self.b.ins().sdiv(x, y) } else { self.b.ins().srem(x, y) };
        self.b.ins().jump(join, &[nv.into()]);
        self.b.switch_to_block(join);
        result
    }

    /// Shifts with Go's semantics for large and negative counts.
    fn shift(&mut self, left: bool, unsigned: bool, x: Value, count: Value, t: GoType, count_t: GoType) -> Value {
        let ty = self.cl_type(t);
        let width = ty.bits() as i64;
        let count_signed = !self.cg.types().is_unsigned(count_t);
        let cty = self.b.func.dfg.value_type(count);
        // A negative signed count panics.
        if count_signed {
            let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, count, 0);
            let panic = self.panic_block("runtime.panicshift", &[]);
            let ok = self.b.create_block();
            self.b.ins().brif(neg, panic, &[], ok, &[]);
            self.b.switch_to_block(ok);
        }
        let c64 = if cty == I64 { count } else { self.b.ins().uextend(I64, count) };
        let in_range = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, c64, width);
        if left || unsigned {
            let shifted = if left { self.b.ins().ishl(x, c64) } else { self.b.ins().ushr(x, c64) };
            let z = self.b.ins().iconst(ty, 0);
            self.b.ins().select(in_range, shifted, z)
        } else {
            // Signed >>: counts past the width shift in copies of the sign bit.
            let max = self.b.ins().iconst(I64, width - 1);
            let c = self.b.ins().select(in_range, c64, max);
            self.b.ins().sshr(x, c)
        }
    }

    pub(super) fn compare(&mut self, op: BinaryOp, t: GoType, a: Vec<Value>, b: Vec<Value>) -> Value {
        let types = self.cg.types();
        if types.is_string(t) {
            return self.compare_strings(op, a, b);
        }
        if matches!(types.under(t), TypeKind::Struct(_) | TypeKind::Array(..)) {
            let eq = self.equal_composite(t, &a, &b);
            return if op == BinaryOp::Eql { eq } else { self.b.ins().bxor_imm_u(eq, 1) };
        }
        if matches!(types.under(t), TypeKind::Slice(_)) {
            // Only comparisons with nil: the data pointer decides.
            let cc = if op == BinaryOp::Eql { IntCC::Equal } else { IntCC::NotEqual };
            return self.b.ins().icmp(cc, a[0], b[0]);
        }
        if types.is_interface(t) {
            // Equal dynamic types, then equal values (gc's efaceeq, which
            // panics for an uncomparable dynamic type):
            //     CMPQ AX, BX; JNE ne; CALL runtime.efaceeq(SB)
            let t_eq = self.b.ins().icmp(IntCC::Equal, a[0], b[0]);
            let same = self.b.create_block();
            let done = self.b.create_block();
            self.b.append_block_param(done, I8);
            let no = self.b.ins().iconst(I8, 0);
            self.b.ins().brif(t_eq, same, &[], done, &[no.into()]);
            self.b.switch_to_block(same);
            let eq = self.call_runtime("runtime.efaceeq", &[a[0], a[1], b[1]])[0];
            self.b.ins().jump(done, &[eq.into()]);
            self.b.switch_to_block(done);
            let eq = self.b.block_params(done)[0];
            let eq = self.b.ins().icmp_imm_u(IntCC::NotEqual, eq, 0);
            return if op == BinaryOp::Eql { eq } else { self.b.ins().bxor_imm_u(eq, 1) };
        }
        let (x, y) = (a[0], b[0]);
        if types.is_float(t) {
            let cc = match op {
                BinaryOp::Eql => FloatCC::Equal,
                BinaryOp::Neq => FloatCC::NotEqual,
                BinaryOp::Lss => FloatCC::LessThan,
                BinaryOp::Leq => FloatCC::LessThanOrEqual,
                BinaryOp::Gtr => FloatCC::GreaterThan,
                _ => FloatCC::GreaterThanOrEqual,
            };
            return self.b.ins().fcmp(cc, x, y);
        }
        let unsigned = types.is_unsigned(t);
        let cc = match (op, unsigned) {
            (BinaryOp::Eql, _) => IntCC::Equal,
            (BinaryOp::Neq, _) => IntCC::NotEqual,
            (BinaryOp::Lss, false) => IntCC::SignedLessThan,
            (BinaryOp::Leq, false) => IntCC::SignedLessThanOrEqual,
            (BinaryOp::Gtr, false) => IntCC::SignedGreaterThan,
            (BinaryOp::Geq, false) => IntCC::SignedGreaterThanOrEqual,
            (BinaryOp::Lss, true) => IntCC::UnsignedLessThan,
            (BinaryOp::Leq, true) => IntCC::UnsignedLessThanOrEqual,
            (BinaryOp::Gtr, true) => IntCC::UnsignedGreaterThan,
            _ => IntCC::UnsignedGreaterThanOrEqual,
        };
        self.b.ins().icmp(cc, x, y)
    }

    /// `==`/`!=`: equal lengths and (same pointer or equal bytes);
    /// ordering: `runtime.cmpstring(a, b) OP 0`.
    fn compare_strings(&mut self, op: BinaryOp, a: Vec<Value>, b: Vec<Value>) -> Value {
        if matches!(op, BinaryOp::Eql | BinaryOp::Neq) {
            let len_eq = self.b.ins().icmp(IntCC::Equal, a[1], b[1]);
            let check = self.b.create_block();
            let join = self.b.create_block();
            let result = self.b.append_block_param(join, I8);
            let f = self.b.ins().iconst(I8, 0);
            self.b.ins().brif(len_eq, check, &[], join, &[f.into()]);
            self.b.switch_to_block(check);
            let eq = self.call_runtime("runtime.memequal", &[a[0], b[0], a[1]])[0];
            self.b.ins().jump(join, &[eq.into()]);
            self.b.switch_to_block(join);
            return if op == BinaryOp::Eql { result } else { self.b.ins().bxor_imm_u(result, 1) };
        }
        let c = self.call_runtime("runtime.cmpstring", &[a[0], a[1], b[0], b[1]])[0];
        let cc = match op {
            BinaryOp::Lss => IntCC::SignedLessThan,
            BinaryOp::Leq => IntCC::SignedLessThanOrEqual,
            BinaryOp::Gtr => IntCC::SignedGreaterThan,
            _ => IntCC::SignedGreaterThanOrEqual,
        };
        self.b.ins().icmp_imm_s(cc, c, 0)
    }

    /// Conversions between basic types (integer widths, floats, strings).
    fn convert(&mut self, from: GoType, to: GoType, v: Vec<Value>) -> Vec<Value> {
        self.convert_at(None, from, to, v)
    }

    /// A conversion; one that makes a new string (`string(b)`,
    /// `string(r)`) is allocation site `site`, if it has one.
    fn convert_at(&mut self, site: Option<ir::SiteId>, from: GoType, to: GoType, v: Vec<Value>) -> Vec<Value> {
        if matches!(self.cg.types().under(from), TypeKind::Slice(_)) && self.cg.types().is_string(to) {
            return self.slice_to_string(site, from, v);
        }
        if matches!(self.cg.types().under(from), TypeKind::Slice(_))
            && matches!(self.cg.types().under(to), TypeKind::Pointer(_))
        {
            // (*[N]T)(s): the slice's pointer, once len(s) >= N.
            //     CMPQ len, $N; JLT panic ... CALL runtime.panicBounds(SB)
            let TypeKind::Pointer(array) = *self.cg.types().under(to) else { unreachable!("checked conversion") };
            let TypeKind::Array(_, n) = *self.cg.types().under(array) else { unreachable!("checked conversion") };
            let n = self.b.ins().iconst(I64, n as i64);
            self.bounds_check(abi::bounds::CONVERT, true, n, v[1], IntCC::UnsignedGreaterThan);
            return vec![v[0]];
        }
        let (fb, tb) = (self.basic(from), self.basic(to));
        if fb == tb || (fb.is_string() && tb.is_string()) {
            return v;
        }
        if tb.is_string() && fb.is_integer() {
            // string(r): runtime.intstring, with a 4-byte buffer when the
            // string does not escape; an unsigned value above MaxInt64 is
            // out of range like a negative one.
            let x = v[0];
            let wide = self.extend_to_i64(x, fb.is_unsigned());
            let buf = self.string_buf(site, abi::INTSTRING_BUF_SIZE);
            let r = self.call_runtime("runtime.intstring", &[buf, wide]);
            let p = self.pointer(r[0]);
            return vec![p, r[1]];
        }
        let x = v[0];
        let fty = self.b.func.dfg.value_type(x);
        let tty = self.cl_type(to);
        let r = match (fb.is_float(), tb.is_float()) {
            (false, false) => {
                if tty.bits() < fty.bits() {
                    self.b.ins().ireduce(tty, x)
                } else if tty.bits() > fty.bits() {
                    if fb.is_unsigned() { self.b.ins().uextend(tty, x) } else { self.b.ins().sextend(tty, x) }
                } else {
                    x
                }
            }
            (false, true) => {
                if fb.is_unsigned() {
                    let w = self.extend_to_i64(x, true);
                    self.b.ins().fcvt_from_uint(tty, w)
                } else {
                    let w = self.extend_to_i64(x, false);
                    self.b.ins().fcvt_from_sint(tty, w)
                }
            }
            (true, false) => {
                // Out-of-range values are implementation-defined in Go; gc
                // on amd64 gives what x86's truncating conversions give:
                // CVTTSD2SL for targets up to 32 bits (int32, and smaller
                // types, uint16 and uint8, truncated from it), CVTTSD2SQ
                // for int64 and uint32, and for uint64 (unless x < 2^63) a
                // CVTTSD2SQ of x - 2^63 with the top bit set. Out of
                // range (or NaN), those instructions give the "integer
                // indefinite" value, the smallest integer of their width.
                let narrow = tty.bits() < 32 || (tty.bits() == 32 && !tb.is_unsigned());
                let r = if tb.is_unsigned() && tty == I64 {
                    let two63 = self.float_const(fty, 9223372036854775808.0);
                    let small = self.b.ins().fcmp(FloatCC::LessThan, x, two63);
                    let low = self.cvtt(x, I64);
                    let shifted = self.b.ins().fsub(x, two63);
                    let high = self.cvtt(shifted, I64);
                    let high = self.b.ins().bor_imm(high, i64::MIN);
                    self.b.ins().select(small, low, high)
                } else if narrow {
                    self.cvtt(x, cranelift_codegen::ir::types::I32)
                } else {
                    self.cvtt(x, I64)
                };
                let rty = self.b.func.dfg.value_type(r);
                if rty == tty { r } else { self.b.ins().ireduce(tty, r) }
            }
            (true, true) => {
                if fty == F32 && tty == F64 {
                    self.b.ins().fpromote(F64, x)
                } else if fty == F64 && tty == F32 {
                    self.b.ins().fdemote(F32, x)
                } else {
                    x
                }
            }
        };
        vec![r]
    }

    /// x86's CVTTSD2SL/CVTTSD2SQ (to `ty`, I32 or I64): truncation toward
    /// zero, and the smallest integer for NaN or out-of-range values.
    ///     CVTTSD2SQ X0, AX
    fn cvtt(&mut self, x: Value, ty: ClType) -> Value {
        let fty = self.b.func.dfg.value_type(x);
        let (lo, hi) =
            if ty == I64 { (-9223372036854775808.0, 9223372036854775808.0) } else { (-2147483649.0, 2147483648.0) };
        let lo_v = self.float_const(fty, lo);
        let hi_v = self.float_const(fty, hi);
        // In range: lo <= x < hi for 64 bits (lo is exact), lo < x < hi for
        // 32 bits (lo is one below the smallest). NaN fails both.
        let above = if ty == I64 {
            self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, x, lo_v)
        } else {
            self.b.ins().fcmp(FloatCC::GreaterThan, x, lo_v)
        };
        let below = self.b.ins().fcmp(FloatCC::LessThan, x, hi_v);
        let ok = self.b.ins().band(above, below);
        let t = self.b.ins().fcvt_to_sint_sat(ty, x);
        let indefinite = self.b.ins().iconst(ty, if ty == I64 { i64::MIN } else { i32::MIN as i64 });
        self.b.ins().select(ok, t, indefinite)
    }

    fn float_const(&mut self, ty: ClType, v: f64) -> Value {
        if ty == F32 { self.b.ins().f32const(v as f32) } else { self.b.ins().f64const(v) }
    }

    fn extend_to_i64(&mut self, x: Value, unsigned: bool) -> Value {
        let ty = self.b.func.dfg.value_type(x);
        if ty == I64 {
            x
        } else if unsigned {
            self.b.ins().uextend(I64, x)
        } else {
            self.b.ins().sextend(I64, x)
        }
    }

    /// An index of any integer type as an i64, and whether it is signed.
    pub(super) fn index_i64(&mut self, t: GoType, v: Value) -> (Value, bool) {
        self.index_to_i64(t, v)
    }

    fn index_to_i64(&mut self, t: GoType, v: Value) -> (Value, bool) {
        let unsigned = self.cg.types().is_unsigned(t);
        (self.extend_to_i64(v, unsigned), !unsigned)
    }

    /// `if x CC y { panicBounds(code, x, y) }`; the comparison is unsigned,
    /// so a negative index fails too.
    pub(super) fn check_bounds(&mut self, code: i64, signed: bool, x: Value, y: Value, fail_if: IntCC) {
        self.bounds_check(code, signed, x, y, fail_if)
    }

    fn bounds_check(&mut self, code: i64, signed: bool, x: Value, y: Value, fail_if: IntCC) {
        let bad = self.b.ins().icmp(fail_if, x, y);
        let code = code | if signed { abi::bounds::SIGNED } else { 0 };
        let code_v = self.b.ins().iconst(I64, code);
        let panic = self.panic_block("runtime.panicBounds", &[code_v, x, y]);
        let ok = self.b.create_block();
        self.b.ins().brif(bad, panic, &[], ok, &[]);
        self.b.switch_to_block(ok);
    }

    /// `s[lo:hi]`: `hi <= len(s)` and `lo <= hi`, then (ptr+lo, hi-lo). An
    /// empty result keeps the original pointer, so it never points past the
    /// end of the string's memory.
    fn slice_string(&mut self, s: Vec<Value>, lo: Option<(Value, GoType)>, hi: Option<(Value, GoType)>) -> Vec<Value> {
        let (ptr, len) = (s[0], s[1]);
        let (hi_v, hi_signed) = match hi {
            Some((v, t)) => {
                let (v, signed) = self.index_to_i64(t, v);
                self.bounds_check(abi::bounds::SLICE_ALEN, signed, v, len, IntCC::UnsignedGreaterThan);
                (v, signed)
            }
            None => (len, true),
        };
        let lo_v = match lo {
            Some((v, t)) => {
                let (v, signed) = self.index_to_i64(t, v);
                self.bounds_check(abi::bounds::SLICE_B, signed, v, hi_v, IntCC::UnsignedGreaterThan);
                v
            }
            None => self.b.ins().iconst(I64, 0),
        };
        let _ = hi_signed;
        let n = self.b.ins().isub(hi_v, lo_v);
        let moved = self.b.ins().iadd(ptr, lo_v);
        let empty = self.b.ins().icmp_imm_s(IntCC::Equal, n, 0);
        let p = self.b.ins().select(empty, ptr, moved);
        let p = self.pointer(p);
        vec![p, n]
    }

    /// String concatenation at allocation site `site`: a buffer in the
    /// frame if the result does not escape (else null), then 2 or 3
    /// operands in registers, more through an array of strings in the frame.
    fn concat(&mut self, site: Option<ir::SiteId>, vals: Vec<Value>) -> Vec<Value> {
        let buf = self.string_buf(site, abi::TMP_STRING_BUF_SIZE);
        let r = match vals.len() {
            4 | 6 => {
                let f = if vals.len() == 4 { "runtime.concatstring2" } else { "runtime.concatstring3" };
                let args: Vec<Value> = std::iter::once(buf).chain(vals).collect();
                self.call_runtime(f, &args)
            }
            n => {
                let area = self.stack_area((n * 8) as u32);
                for (i, v) in vals.iter().enumerate() {
                    self.b.ins().store(MemFlagsData::trusted(), *v, area, (i * 8) as i32);
                }
                let count = self.b.ins().iconst(I64, (n / 2) as i64);
                self.call_runtime("runtime.concatstrings", &[buf, area, count])
            }
        };
        let p = self.pointer(r[0]);
        vec![p, r[1]]
    }

    /// A call of a Go function.
    fn call(&mut self, func: &'p ir::Expr, mut args: Vec<Value>, e: &'p ir::Expr) -> Vec<Value> {
        let IK::Func(f) = func.kind else {
            // Calls of function values arrive with closures.
            return vec![];
        };
        let callee = &self.cg.pkg.funcs[f.0 as usize];
        let (_, mode) = self.cg.func_signature(callee);
        let result_types: Vec<GoType> = callee.results.iter().map(|l| callee.local(*l).ty).collect();
        let id = self.cg.func_id(f);
        let fref = self.func_ref(id);
        let _ = e;
        match mode {
            super::ResultMode::Registers => {
                let inst = self.b.ins().call(fref, &args);
                let results = self.b.inst_results(inst).to_vec();
                let parts: Vec<_> = result_types.iter().flat_map(|t| self.cg.parts(*t)).collect();
                results.into_iter().zip(parts).map(|(v, p)| if p.ptr { self.pointer(v) } else { v }).collect()
            }
            super::ResultMode::Memory => {
                // The result area is a frame slot registered for the stack
                // maps (zeroed on entry): a memory-type result stays there.
                let tuple = self.cg.types_mut_tuple(result_types.clone());
                let size = self.cg.types().size(tuple) as u32 + 16;
                let slot = self.new_slot(size, tuple);
                let area = self.b.ins().stack_addr(I64, slot, 0);
                args.insert(0, area);
                self.b.ins().call(fref, &args);
                let starts = self.cg.result_starts(&result_types);
                let mut out = Vec::new();
                for (t, start) in result_types.iter().zip(starts) {
                    let a = self.b.ins().iadd_imm_s(area, start as i64);
                    out.extend(self.load_parts(a, *t, false));
                }
                out
            }
        }
    }

    fn builtin(&mut self, which: Builtin, args: &'p [ir::Expr], e: &'p ir::Expr) -> Vec<Value> {
        match which {
            Builtin::Print | Builtin::Println => {
                let mut vals = Vec::new();
                let mut types = Vec::new();
                for a in args {
                    vals.extend(self.expr(a));
                    types.push(a.ty);
                }
                self.at(e.span);
                self.print(which == Builtin::Println, &types, vals);
                vec![]
            }
            Builtin::Len => vec![self.len_cap(&args[0], false)],
            Builtin::Cap => vec![self.len_cap(&args[0], true)],
            Builtin::Copy => vec![self.copy_slice(&args[0], &args[1])],
            Builtin::Delete => {
                self.delete(&args[0], &args[1]);
                vec![]
            }
            Builtin::Panic => {
                let v = self.expr(&args[0]);
                self.at(e.span);
                self.call_runtime("runtime.gopanic", &[v[0], v[1]]);
                // gopanic never returns.
                self.b.ins().trap(TrapCode::user(2).unwrap());
                self.terminated = true;
                vec![]
            }
        }
    }

    /// print/println: `printlock`, one print call per value (with `printsp`
    /// between values and `printnl` at the end for println), `printunlock`,
    /// exactly as gc lowers them.
    pub(super) fn print(&mut self, newline: bool, types: &[GoType], vals: Vec<Value>) {
        self.call_runtime("runtime.printlock", &[]);
        let mut it = vals.into_iter();
        for (i, t) in types.iter().enumerate() {
            if newline && i > 0 {
                self.call_runtime("runtime.printsp", &[]);
            }
            let n = self.cg.parts(*t).len();
            let v: Vec<Value> = it.by_ref().take(n).collect();
            match self.cg.types().under(*t).clone() {
                TypeKind::Basic(b) => match b {
                    Basic::Bool => {
                        self.call_runtime("runtime.printbool", &[v[0]]);
                    }
                    Basic::String => {
                        self.call_runtime("runtime.printstring", &[v[0], v[1]]);
                    }
                    Basic::Float32 => {
                        self.call_runtime("runtime.printfloat32", &[v[0]]);
                    }
                    Basic::Float64 => {
                        self.call_runtime("runtime.printfloat64", &[v[0]]);
                    }
                    Basic::UnsafePointer => {
                        self.call_runtime("runtime.printpointer", &[v[0]]);
                    }
                    b if b.is_unsigned() => {
                        let w = self.extend_to_i64(v[0], true);
                        self.call_runtime("runtime.printuint", &[w]);
                    }
                    _ => {
                        let w = self.extend_to_i64(v[0], false);
                        self.call_runtime("runtime.printint", &[w]);
                    }
                },
                TypeKind::Interface(_) => {
                    self.call_runtime("runtime.printeface", &[v[0], v[1]]);
                }
                // gc's printslice: [len/cap]pointer.
                TypeKind::Slice(_) => {
                    self.call_runtime("runtime.printslice", &[v[0], v[1], v[2]]);
                }
                _ => {
                    self.call_runtime("runtime.printpointer", &[v[0]]);
                }
            }
        }
        if newline {
            self.call_runtime("runtime.printnl", &[]);
        }
        self.call_runtime("runtime.printunlock", &[]);
    }

    /// Boxes a value into an `any`: (type descriptor, data pointer). Where
    /// the data word points, cheapest first, as gc decides it:
    /// - pointer-shaped values are the data word themselves;
    /// - a constant, or a literal of constants, points at read-only data;
    /// - a box that does not escape lives in the frame;
    /// - an integer or bool below 256 points into runtime.staticuint64s;
    /// - anything else is copied into a new heap object (runtime.newobject).
    fn make_interface(&mut self, x: &'p ir::Expr, e: &'p ir::Expr) -> Vec<Value> {
        if self.cg.types().is_interface(x.ty) {
            return self.expr(x);
        }
        if self.cg.types().basic_of(x.ty) == Some(Basic::UntypedNil)
            || matches!(x.kind, IK::Const(_)) && self.cg.types().is_untyped(x.ty)
        {
            let z = self.b.ins().iconst(I64, 0);
            return vec![z, z];
        }
        let tdesc = self.cg.type_descriptor(x.ty);
        let tgv = self.cg.module.declare_data_in_func(tdesc, self.b.func);
        // Pointer-shaped values are the data word themselves (gc's "direct
        // interface" types, struct{ p *T } included); the runtime knows them
        // by kind or by the descriptor's TFlagDirectIface.
        if self.cg.types().is_direct_iface(x.ty) {
            let v = self.expr(x);
            self.at(e.span);
            // A value kept in memory is its address: load the one word.
            let word = if self.cg.is_mem(x.ty) { self.b.ins().load(I64, super::mem::trusted(), v[0], 0) } else { v[0] };
            let t = self.b.ins().symbol_value(I64, tgv);
            return vec![t, word];
        }
        if self.is_static_literal(x) {
            let data = self.static_box(x);
            let dgv = self.cg.module.declare_data_in_func(data, self.b.func);
            self.at(e.span);
            let t = self.b.ins().symbol_value(I64, tgv);
            let d = self.b.ins().symbol_value(I64, dgv);
            return vec![t, d];
        }
        let vals = self.expr(x);
        self.at(e.span);
        let site = match &e.kind {
            IK::MakeInterface(site, _) if site.0 != u32::MAX => Some(*site),
            _ => None,
        };
        // A box that does not escape lives in the frame.
        if let Some(site) = site.filter(|s| !self.cg.heap_site(self.f, *s)) {
            let p = self.alloc(site, x.ty);
            self.store_parts(p, x.ty, &vals);
            let t = self.b.ins().symbol_value(I64, tgv);
            return vec![t, p];
        }
        // gc's convT16/32/64: an integer (or bool) whose bits are a value
        // below 256 points into runtime.staticuint64s; one byte always does.
        // gc's convT16/32/64 take any pointer-free value of that size by
        // its bits (a float64 0.0 too); convTstring and convTslice point an
        // empty string or a nil slice at runtime.zeroVal.
        let basic = self.cg.types().basic_of(x.ty);
        let small_int = basic.is_some_and(|b| b.is_integer() || b.is_boolean() || b.is_float());
        let size = self.cg.types().size(x.ty);
        let zero_shortcut = match self.cg.types().under(x.ty) {
            TypeKind::Basic(b) if b.is_string() => Some(vals[1]),
            TypeKind::Slice(_) => Some(vals[0]),
            _ => None,
        };
        if let Some(test) = zero_shortcut {
            let (zero_b, heap_b, join) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
            let p = self.b.append_block_param(join, I64);
            let is_zero = self.b.ins().icmp_imm_s(IntCC::Equal, test, 0);
            self.b.ins().brif(is_zero, zero_b, &[], heap_b, &[]);
            self.b.switch_to_block(zero_b);
            let zero = self.runtime_data("runtime.zeroVal");
            self.b.ins().jump(join, &[zero.into()]);
            return self.box_join(heap_b, join, p, tgv, x.ty, &vals);
        }
        if small_int && size <= 8 {
            // The value's bits, as an integer.
            let bits = match self.b.func.dfg.value_type(vals[0]) {
                ty if ty.is_float() => {
                    let int_ty =
                        if ty == cranelift_codegen::ir::types::F32 { cranelift_codegen::ir::types::I32 } else { I64 };
                    self.b.ins().bitcast(int_ty, MemFlagsData::new(), vals[0])
                }
                _ => vals[0],
            };
            let v = self.extend_to_i64(bits, true);
            let (stat_b, heap_b, join) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
            let p = self.b.append_block_param(join, I64);
            if size == 1 {
                self.b.ins().jump(stat_b, &[]);
            } else {
                let small = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, v, 256);
                self.b.ins().brif(small, stat_b, &[], heap_b, &[]);
            }
            self.b.switch_to_block(stat_b);
            let table = self.runtime_data("runtime.staticuint64s");
            let off = self.b.ins().ishl_imm_u(v, 3);
            let at = self.b.ins().iadd(table, off);
            self.b.ins().jump(join, &[at.into()]);
            return self.box_join(heap_b, join, p, tgv, x.ty, &vals);
        }
        let t = self.b.ins().symbol_value(I64, tgv);
        let obj = self.call_runtime("runtime.newobject", &[t])[0];
        let obj = self.pointer(obj);
        self.store_parts(obj, x.ty, &vals);
        let t = self.b.ins().symbol_value(I64, tgv);
        vec![t, obj]
    }

    /// A value, but `string(b)` of a byte slice, read only for an instant
    /// (a comparison, a map lookup key), is the bytes themselves: gc's
    /// slicebytetostringtmp, no copy and no allocation.
    pub(super) fn string_tmp(&mut self, e: &'p ir::Expr) -> Vec<Value> {
        if let IK::ConvertSlice { x, .. } = &e.kind {
            if self.cg.types().is_string(e.ty)
                && matches!(self.cg.types().under(x.ty), TypeKind::Slice(el) if self.cg.types().size(*el) == 1)
            {
                let s = self.expr(x);
                return vec![s[0], s[1]];
            }
        }
        self.expr(e)
    }

    /// The end of a boxing with a shortcut: the `heap_b` branch copies the
    /// value into a new object; both meet at `join`, whose parameter `p` is
    /// the data word.
    fn box_join(
        &mut self,
        heap_b: Block,
        join: Block,
        p: Value,
        tgv: cranelift_codegen::ir::GlobalValue,
        ty: crate::types::types::Type,
        vals: &[Value],
    ) -> Vec<Value> {
        self.b.switch_to_block(heap_b);
        let t = self.b.ins().symbol_value(I64, tgv);
        let obj = self.call_runtime("runtime.newobject", &[t])[0];
        self.store_parts(obj, ty, vals);
        self.b.ins().jump(join, &[obj.into()]);
        self.b.switch_to_block(join);
        let p = self.pointer(p);
        let t = self.b.ins().symbol_value(I64, tgv);
        vec![t, p]
    }

    /// The address of a runtime data symbol (PC-relative: the static link
    /// puts the runtime beside the program).
    ///     LEAQ runtime.staticuint64s(SB), AX
    pub(super) fn runtime_data(&mut self, name: &str) -> Value {
        use cranelift_module::Module;
        let id = self.cg.module.declare_data(name, Linkage::Import, false, false).expect("runtime data");
        self.cg.data_names.insert(id.as_u32(), name.to_string());
        let gv = self.cg.module.declare_data_in_func(id, self.b.func);
        if let cranelift_codegen::ir::GlobalValueData::Symbol { colocated, .. } = &mut self.b.func.global_values[gv] {
            *colocated = true;
        }
        self.b.ins().symbol_value(I64, gv)
    }

    /// Whether x is a constant or a struct or array literal made only of
    /// constants (gc's isStaticCompositeLiteral): boxed as read-only data.
    fn is_static_literal(&self, x: &ir::Expr) -> bool {
        match &x.kind {
            IK::Const(_) => !self.cg.types().is_interface(x.ty),
            IK::Composite(elems) => {
                elems.iter().all(|(k, v)| !matches!(k, ir::ElemKey::Key(_)) && self.is_static_literal(v))
            }
            _ => false,
        }
    }

    /// Read-only static memory holding a static literal's value (gc's
    /// `stmp` symbols): `T{1, "a"}` boxed into an interface points there.
    fn static_box(&mut self, x: &ir::Expr) -> cranelift_module::DataId {
        let name = self.cg.static_name();
        let id = self.cg.module.declare_data(&name, Linkage::Local, false, false).expect("static box");
        self.cg.data_names.insert(id.as_u32(), name);
        let size = self.cg.types().size(x.ty) as usize;
        let mut bytes = vec![0u8; size.max(1)];
        let mut dd = DataDescription::new();
        self.write_static(x, &mut bytes, 0, &mut dd);
        dd.define(bytes.into_boxed_slice());
        dd.set_align(8);
        self.cg.module.define_data(id, &dd).expect("defining a static box");
        id
    }

    /// Writes static literal x at offset off of a data object.
    fn write_static(&mut self, x: &ir::Expr, bytes: &mut [u8], off: usize, dd: &mut DataDescription) {
        match &x.kind {
            IK::Const(CV::String(s)) => {
                bytes[off + 8..off + 16].copy_from_slice(&(s.len() as u64).to_le_bytes());
                if !s.is_empty() {
                    let sid = self.cg.string_data(s);
                    let gv = self.cg.module.declare_data_in_data(sid, dd);
                    dd.write_data_addr(off as u32, gv, 0);
                }
            }
            // nil of a pointer, slice or map type: zero bytes.
            IK::Const(_) if self.cg.types().basic_of(x.ty).is_none() => {}
            IK::Const(v) => {
                let bits = constant::to_bits(v, self.basic(x.ty));
                let n = (self.cg.types().size(x.ty) as usize).min(8);
                bytes[off..off + n].copy_from_slice(&bits.to_le_bytes()[..n]);
            }
            IK::Composite(elems) => {
                let offsets = match self.cg.types().under(x.ty) {
                    TypeKind::Struct(_) => self.cg.types().field_offsets(x.ty),
                    _ => vec![],
                };
                let elem_size = match self.cg.types().under(x.ty) {
                    TypeKind::Array(e, _) => self.cg.types().size(*e),
                    _ => 0,
                };
                for (k, v) in elems {
                    let at = match k {
                        ir::ElemKey::Field(i) => offsets[*i],
                        ir::ElemKey::Index(i) => i * elem_size,
                        ir::ElemKey::Key(_) => continue,
                    };
                    self.write_static(v, bytes, off + at as usize, dd);
                }
            }
            _ => unreachable!("write_static of a non-static literal"),
        }
    }
}
