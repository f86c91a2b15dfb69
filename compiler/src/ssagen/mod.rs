//! ssagen: typed IR → Cranelift IR → machine code, one function at a time.
//!
//! Each Go function becomes one Cranelift function with the System V
//! calling convention. A Go value is a list of machine words ("parts"): an
//! `int` is one `I64`, a `string` two (data pointer, length), an `any` two
//! (type descriptor, data pointer). Locals are cranelift-frontend
//! `Variable`s, one per part, so Cranelift builds SSA and allocates
//! registers; there are no stack slots for scalars.
//!
//! Three things make the code Go-shaped rather than C-shaped:
//! - g lives in R15, Cranelift's pinned register; every function starts with
//!   the stack-split check against `g.stackguard0` (see `prologue`).
//! - Every part that can hold a pointer is declared for Cranelift's user
//!   stack maps, so at each call the frontend spills it to a known stack slot
//!   and records the slot: that is what lets the runtime find (and later
//!   move) every pointer in a frame.
//! - Run-time errors are explicit checks branching to cold blocks that call
//!   the runtime (`CALL runtime.panicBounds(SB)`), as gc does, not traps.
//!
//! Results: up to two words come back in registers (AX, DX or X0, X1); a
//! function with more result words takes a hidden first argument, the
//! address of a result area in the caller's frame (never Cranelift's own
//! implicit return area, whose pointer the runtime could not see).
//!
//! Go: src/cmd/compile/internal/ssagen (ssa.go), src/cmd/compile/internal/walk.

mod expr;
mod mem;
mod stmt;

use crate::abi;
use crate::ir::{self, LabelId};
use crate::source::SourceMap;
use crate::types::types::{Basic, Type as GoType, TypeKind, TypeTable};
use cranelift_codegen::Context;
use cranelift_codegen::FinalizedRelocTarget;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::{F32, F64, I8, I16, I32, I64};
use cranelift_codegen::ir::{
    AbiParam, Block, ExternalName, FuncRef, InstBuilder, MemFlagsData, Signature, SourceLoc, StackSlotData,
    StackSlotKind, Type as ClType, UserFuncName, Value,
};
use cranelift_codegen::isa::{self, CallConv, OwnedTargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module, default_libcall_names};
use cranelift_object::{ObjectBuilder, ObjectModule};
use std::collections::HashMap;

/// Values with more words than this live in memory (see `Codegen::parts`).
pub const MAX_SSA_PARTS: usize = 16;

/// At most this many bytes of a frame hold string buffers and constant
/// `[]byte` copies (`FnLower::string_frame_area`): gc's 64 KB limit for
/// one implicit variable, applied to their sum.
pub const STRING_FRAME_BUDGET: u32 = 64 * 1024;

/// One machine word of a Go value.
#[derive(Clone, Copy, Debug)]
pub struct Part {
    pub ty: ClType,
    /// Byte offset in the value's memory layout.
    pub offset: u32,
    /// May hold a pointer (declared for the stack maps).
    pub ptr: bool,
}

/// What was read back from Cranelift for one compiled function: everything
/// the function table and the `-S` listing need.
#[derive(Clone, Debug)]
pub struct CompiledFunc {
    /// Linker symbol, `main.f`.
    pub symbol: String,
    /// Index of the source file.
    pub file: usize,
    pub code: Vec<u8>,
    pub relocs: Vec<Reloc>,
    /// `(start, end, line)` code ranges with a known source line (for code
    /// inlined from another function, a line of that function).
    pub srclocs: Vec<(u32, u32, u32)>,
    /// `(start, end, inlined call)`: the code ranges of inlined bodies,
    /// indexing `inlines` (the innermost call the code belongs to).
    pub inline_ranges: Vec<(u32, u32, u32)>,
    /// The inline tree (`ir::Func::inlines`, resolved to files and lines).
    pub inlines: Vec<InlinedFrame>,
    /// `(return address offset, frame span, pointer slots (SP offsets))`.
    pub stack_maps: Vec<(u32, u32, Vec<u32>)>,
    /// Bytes of frame below the saved BP.
    pub frame_size: u32,
    /// Number of Go parameters.
    pub nargs: u32,
    /// Line of the `func` keyword.
    pub line: u32,
    /// Size in bytes of the Go arguments and results (gc's ABI0 `args`).
    pub args_size: u32,
    pub id: FuncId,
}

/// A call inlined into a compiled function: the frame a traceback prints
/// for code of its body.
#[derive(Clone, Debug)]
pub struct InlinedFrame {
    /// The callee, `main.box`.
    pub func: String,
    /// The callee's source file (index in the source map).
    pub file: usize,
    /// The line of the call, in the parent's code.
    pub call_line: u32,
    /// The inlined call this one is inside (None: the function itself).
    pub parent: Option<u32>,
}

#[derive(Clone, Debug)]
pub struct Reloc {
    pub offset: u32,
    pub kind: String,
    pub target: String,
    pub addend: i64,
}

/// How a function returns its results.
#[derive(Clone, Copy, Debug, PartialEq)]
enum ResultMode {
    /// In registers (at most two words).
    Registers,
    /// Through a result area whose address is the first argument.
    Memory,
}

pub struct Codegen<'p> {
    pub pkg: &'p ir::Package,
    pub sources: &'p SourceMap,
    pub module: ObjectModule,
    /// Cranelift ids of the package's functions, by `ir::FuncId`.
    func_ids: Vec<FuncId>,
    runtime_funcs: HashMap<&'static str, FuncId>,
    global_ids: Vec<DataId>,
    strings: HashMap<Vec<u8>, DataId>,
    type_descs: HashMap<GoType, DataId>,
    /// Static boxes for constants converted to interfaces.
    static_count: u32,
    /// Symbol names of every function and data object, for relocations.
    pub func_names: HashMap<u32, String>,
    pub data_names: HashMap<u32, String>,
    pub compiled: Vec<CompiledFunc>,
    /// The package's types, plus the array types the back end makes
    /// (backing arrays of slice literals and `make`).
    types: TypeTable,
    /// Escape analysis's decisions, by function symbol.
    escape: HashMap<String, crate::escape::Decisions>,
}

/// The target: x86-64 Linux, with R15 pinned for g and frame pointers kept.
pub fn make_isa() -> Result<OwnedTargetIsa, String> {
    let mut fb = settings::builder();
    let set = |fb: &mut settings::Builder, k: &str, v: &str| fb.set(k, v).map_err(|e| format!("{k}: {e}"));
    set(&mut fb, "opt_level", "speed")?;
    // g lives in the pinned register (R15); the register allocator never touches it.
    set(&mut fb, "enable_pinned_reg", "true")?;
    // RBP frame chains: tracebacks and stack walks follow them.
    set(&mut fb, "preserve_frame_pointers", "true")?;
    set(&mut fb, "is_pic", "false")?;
    // Large frames touch each page in order, so an overflow hits the guard
    // region below the stack instead of jumping over it.
    set(&mut fb, "enable_probestack", "true")?;
    set(&mut fb, "probestack_strategy", "inline")?;
    let flags = settings::Flags::new(fb);
    let triple: target_lexicon::Triple = "x86_64-unknown-linux-gnu".parse().map_err(|e| format!("{e:?}"))?;
    isa::lookup(triple).map_err(|e| e.to_string())?.finish(flags).map_err(|e| e.to_string())
}

impl<'p> Codegen<'p> {
    /// A code generator for `pkg`, allocating where `escape` (the result
    /// of `escape::analyze`) decided.
    pub fn new(
        pkg: &'p ir::Package,
        sources: &'p SourceMap,
        escape: HashMap<String, crate::escape::Decisions>,
    ) -> Result<Codegen<'p>, String> {
        let isa = make_isa()?;
        let builder = ObjectBuilder::new(isa, "main", default_libcall_names()).map_err(|e| e.to_string())?;
        Ok(Codegen {
            pkg,
            sources,
            module: ObjectModule::new(builder),
            func_ids: Vec::new(),
            runtime_funcs: HashMap::new(),
            global_ids: Vec::new(),
            strings: HashMap::new(),
            type_descs: HashMap::new(),
            static_count: 0,
            func_names: HashMap::new(),
            data_names: HashMap::new(),
            compiled: Vec::new(),
            types: pkg.types.clone(),
            escape,
        })
    }

    pub fn types(&self) -> &TypeTable {
        &self.types
    }

    /// The runtime's map header, `hmap` (runtime/src/map.rs), as a struct
    /// type for a frame slot: its stack map must list the pointer words.
    pub fn hmap_type(&mut self) -> GoType {
        use crate::types::types::Field;
        let field = |name: &str, b: Basic| Field { name: name.into(), typ: TypeTable::basic(b), embedded: false };
        let t = self.types.intern(TypeKind::Struct(vec![
            field("count", Basic::Int),
            field("flags", Basic::Uint8),
            field("B", Basic::Uint8),
            field("noverflow", Basic::Uint16),
            field("hash0", Basic::Uint32),
            field("buckets", Basic::UnsafePointer),
            field("oldbuckets", Basic::UnsafePointer),
            field("nevacuate", Basic::Uintptr),
            field("nextOverflow", Basic::UnsafePointer),
        ]));
        debug_assert_eq!(self.types.size(t), abi::HMAP_SIZE);
        t
    }

    /// A map bucket of map[k]v (gc's `bmap`, reflectdata.MapBucketType):
    /// eight tophash bytes, eight keys, eight values, the overflow pointer.
    pub fn map_bucket_type(&mut self, k: GoType, v: GoType) -> GoType {
        use crate::types::types::Field;
        let n = abi::MAP_BUCKET_COUNT as u64;
        let fields = vec![
            ("topbits", self.types.intern(TypeKind::Array(TypeTable::basic(Basic::Uint8), n))),
            ("keys", self.types.intern(TypeKind::Array(k, n))),
            ("elems", self.types.intern(TypeKind::Array(v, n))),
            ("overflow", TypeTable::basic(Basic::UnsafePointer)),
        ];
        let fields = fields.into_iter().map(|(name, typ)| Field { name: name.into(), typ, embedded: false }).collect();
        self.types.intern(TypeKind::Struct(fields))
    }

    /// The type `[n]elem` (a backing array the back end allocates).
    pub fn types_mut_array(&mut self, elem: GoType, n: u64) -> GoType {
        self.types.intern(TypeKind::Array(elem, n))
    }

    /// The tuple type of several results (a result area's layout).
    pub fn types_mut_tuple(&mut self, elems: Vec<GoType>) -> GoType {
        self.types.tuple(elems)
    }

    /// Whether escape analysis moved local `l` of `f` to the heap.
    pub fn heap_local(&self, f: &ir::Func, l: ir::LocalId) -> bool {
        self.escape.get(&f.symbol).is_none_or(|d| d.heap_locals.contains(&l))
    }

    /// Whether allocation site `site` of `f` must allocate on the heap.
    pub fn heap_site(&self, f: &ir::Func, site: ir::SiteId) -> bool {
        self.escape.get(&f.symbol).is_none_or(|d| d.heap_sites.contains(&site))
    }

    /// The element count a non-escaping `make` at `site` allocates when
    /// its (last) size is a constant in disguise (escape.rs).
    pub fn static_make_cap(&self, f: &ir::Func, site: ir::SiteId) -> Option<u64> {
        self.escape.get(&f.symbol).and_then(|d| d.static_caps.get(&site).copied())
    }

    /// Whether `[]byte(s)` at `site` may share the string's bytes (its
    /// result is never written: escape analysis's mutation tracking).
    pub fn zero_copy_site(&self, f: &ir::Func, site: ir::SiteId) -> bool {
        self.escape.get(&f.symbol).is_some_and(|d| d.zero_copy.contains(&site))
    }

    /// The machine words of a Go value, as it travels in registers and SSA
    /// values: a "memory type" (more than `MAX_SSA_PARTS` words, e.g. a big
    /// array) travels as one word, the address of the value.
    pub fn parts(&self, t: GoType) -> Vec<Part> {
        if self.is_mem(t) {
            return vec![Part { ty: I64, offset: 0, ptr: true }];
        }
        self.layout_parts(t)
    }

    /// Whether values of `t` live in memory rather than in SSA values.
    pub fn is_mem(&self, t: GoType) -> bool {
        self.part_count(t) > MAX_SSA_PARTS
    }

    /// The number of machine words in `t`'s layout (saturating).
    pub fn part_count(&self, t: GoType) -> usize {
        match self.types().under(t) {
            TypeKind::Basic(Basic::Invalid) => 0,
            TypeKind::Basic(Basic::String) | TypeKind::Interface(_) => 2,
            TypeKind::Basic(Basic::Complex64 | Basic::Complex128) => 2,
            TypeKind::Slice(_) => 3,
            TypeKind::Array(e, n) => self.part_count(*e).saturating_mul(*n as usize),
            TypeKind::Struct(fields) => {
                fields.iter().map(|f| self.part_count(f.typ)).fold(0usize, |a, b| a.saturating_add(b))
            }
            TypeKind::Tuple(elems) => elems.iter().map(|e| self.part_count(*e)).sum(),
            _ => 1,
        }
    }

    /// Every machine word of `t`'s memory layout, with its offset.
    pub fn layout_parts(&self, t: GoType) -> Vec<Part> {
        let p = |ty, offset, ptr| Part { ty, offset, ptr };
        match self.types().under(t) {
            TypeKind::Basic(b) => match b {
                Basic::Bool | Basic::Int8 | Basic::Uint8 => vec![p(I8, 0, false)],
                Basic::Int16 | Basic::Uint16 => vec![p(I16, 0, false)],
                Basic::Int32 | Basic::Uint32 => vec![p(I32, 0, false)],
                Basic::Float32 => vec![p(F32, 0, false)],
                Basic::Float64 => vec![p(F64, 0, false)],
                Basic::String => vec![p(I64, 0, true), p(I64, 8, false)],
                Basic::UnsafePointer => vec![p(I64, 0, true)],
                Basic::Invalid => vec![],
                _ => vec![p(I64, 0, false)],
            },
            TypeKind::Interface(_) => vec![p(I64, 0, false), p(I64, 8, true)],
            TypeKind::Pointer(_) | TypeKind::Map(..) | TypeKind::Chan(..) | TypeKind::Func(_) => {
                vec![p(I64, 0, true)]
            }
            TypeKind::Slice(_) => vec![p(I64, 0, true), p(I64, 8, false), p(I64, 16, false)],
            TypeKind::Array(e, n) => {
                let elem = self.layout_parts(*e);
                let size = self.types().size(*e) as u32;
                let mut out = Vec::with_capacity(elem.len() * *n as usize);
                for i in 0..*n as u32 {
                    out.extend(elem.iter().map(|q| Part { offset: q.offset + i * size, ..*q }));
                }
                out
            }
            TypeKind::Struct(fields) => {
                let offsets = self.types().field_offsets(t);
                let mut out = Vec::new();
                for (f, off) in fields.iter().zip(offsets) {
                    out.extend(
                        self.layout_parts(f.typ).into_iter().map(|q| Part { offset: q.offset + off as u32, ..q }),
                    );
                }
                out
            }
            TypeKind::Tuple(elems) => {
                let mut out = Vec::new();
                let mut off = 0u32;
                for e in elems {
                    let a = self.types().align(*e) as u32;
                    off = off.next_multiple_of(a.max(1));
                    for mut part in self.parts(*e) {
                        part.offset += off;
                        out.push(part);
                    }
                    off += self.types().size(*e) as u32;
                }
                out
            }
            TypeKind::Named { .. } => vec![],
        }
    }

    /// The range of value parts that field `i` of struct `t` occupies.
    pub fn field_part_range(&self, t: GoType, i: usize) -> (usize, usize) {
        let TypeKind::Struct(fields) = self.types().under(t) else { return (0, 0) };
        let start = fields[..i].iter().map(|f| self.part_count(f.typ)).sum();
        (start, self.part_count(fields[i].typ))
    }

    fn signature_of(&self, params: &[GoType], results: &[GoType]) -> (Signature, ResultMode) {
        let mut sig = Signature::new(CallConv::SystemV);
        let result_parts: Vec<Part> = results.iter().flat_map(|t| self.parts(*t)).collect();
        let mode = if result_parts.len() > 2 || results.iter().any(|t| self.is_mem(*t)) {
            ResultMode::Memory
        } else {
            ResultMode::Registers
        };
        if mode == ResultMode::Memory {
            sig.params.push(AbiParam::new(I64));
        }
        for t in params {
            for part in self.parts(*t) {
                sig.params.push(AbiParam::new(part.ty));
            }
        }
        if mode == ResultMode::Registers {
            for part in result_parts {
                sig.returns.push(AbiParam::new(part.ty));
            }
        }
        (sig, mode)
    }

    fn func_signature(&self, f: &ir::Func) -> (Signature, ResultMode) {
        let params: Vec<GoType> = f.params.iter().map(|l| f.local(*l).ty).collect();
        let results: Vec<GoType> = f.results.iter().map(|l| f.local(*l).ty).collect();
        self.signature_of(&params, &results)
    }

    /// Declares a runtime function (once) with its contract signature.
    fn runtime_func(&mut self, name: &'static str) -> FuncId {
        if let Some(id) = self.runtime_funcs.get(name) {
            return *id;
        }
        let (params, results, conv): (&[ClType], &[ClType], CallConv) = match name {
            "runtime.morestack_noctxt" => (&[], &[], CallConv::PreserveAll),
            "runtime.printlock" | "runtime.printunlock" | "runtime.printsp" | "runtime.printnl" => {
                (&[], &[], CallConv::SystemV)
            }
            "runtime.panicdivide" | "runtime.panicshift" => (&[], &[], CallConv::SystemV),
            "runtime.printbool" => (&[I8], &[], CallConv::SystemV),
            "runtime.printint" | "runtime.printuint" | "runtime.printhex" | "runtime.printpointer" => {
                (&[I64], &[], CallConv::SystemV)
            }
            "runtime.printfloat64" => (&[F64], &[], CallConv::SystemV),
            "runtime.printfloat32" => (&[F32], &[], CallConv::SystemV),
            "runtime.printstring" | "runtime.printeface" => (&[I64, I64], &[], CallConv::SystemV),
            "runtime.printslice" => (&[I64, I64, I64], &[], CallConv::SystemV),
            "runtime.cmpstring" => (&[I64, I64, I64, I64], &[I64], CallConv::SystemV),
            // The string functions take a buffer first (abi::TMP_STRING_BUF_SIZE).
            "runtime.concatstring2" => (&[I64, I64, I64, I64, I64], &[I64, I64], CallConv::SystemV),
            "runtime.concatstring3" => (&[I64, I64, I64, I64, I64, I64, I64], &[I64, I64], CallConv::SystemV),
            "runtime.concatstrings" => (&[I64, I64, I64], &[I64, I64], CallConv::SystemV),
            "runtime.memequal" => (&[I64, I64, I64], &[I8], CallConv::SystemV),
            "runtime.intstring" => (&[I64, I64], &[I64, I64], CallConv::SystemV),
            "runtime.newobject" => (&[I64], &[I64], CallConv::SystemV),
            "runtime.mallocgc" => (&[I64, I64, I8], &[I64], CallConv::SystemV),
            "runtime.gopanic" => (&[I64, I64], &[], CallConv::SystemV),
            "memmove" => (&[I64, I64, I64], &[I64], CallConv::SystemV),
            "memset" => (&[I64, I32, I64], &[I64], CallConv::SystemV),
            "runtime.makeslice" => (&[I64, I64, I64], &[I64], CallConv::SystemV),
            "runtime.panicmakeslicelen" | "runtime.panicmakeslicecap" => (&[], &[], CallConv::SystemV),
            // sret: the first argument is the address of the 3-word result.
            "runtime.growslice" => (&[I64, I64, I64, I64, I64, I64], &[], CallConv::SystemV),
            // sret, then the buffer.
            "runtime.stringtoslicebyte" | "runtime.stringtoslicerune" => {
                (&[I64, I64, I64, I64], &[], CallConv::SystemV)
            }
            "runtime.slicebytetostring" | "runtime.slicerunetostring" => {
                (&[I64, I64, I64], &[I64, I64], CallConv::SystemV)
            }
            "runtime.decoderune" => (&[I64, I64, I64], &[I64, I64], CallConv::SystemV),
            "runtime.makemap" => (&[I64, I64, I64], &[I64], CallConv::SystemV),
            "runtime.mapaccess1" | "runtime.mapassign" => (&[I64, I64, I64], &[I64], CallConv::SystemV),
            "runtime.mapaccess2" => (&[I64, I64, I64], &[I64, I8], CallConv::SystemV),
            "runtime.mapdelete" | "runtime.mapiterinit" => (&[I64, I64, I64], &[], CallConv::SystemV),
            "runtime.mapiternext" => (&[I64], &[], CallConv::SystemV),
            "runtime.efaceeq" => (&[I64, I64, I64], &[I8], CallConv::SystemV),
            "runtime.panicBounds" => (&[I64, I64, I64], &[], CallConv::SystemV),
            other => unreachable!("runtime function {other} is not in the contract"),
        };
        let mut sig = Signature::new(conv);
        // Rust (like C compilers) expects a bool argument zero-extended to
        // 32 bits, as the x86-64 System V convention is read in practice.
        sig.params.extend(params.iter().map(
            |t| {
                if t.bits() < 32 { AbiParam::new(*t).uext() } else { AbiParam::new(*t) }
            },
        ));
        sig.returns.extend(results.iter().map(|t| AbiParam::new(*t)));
        let id = self.module.declare_function(name, Linkage::Import, &sig).expect("declaring a runtime function");
        self.func_names.insert(id.as_u32(), name.to_string());
        self.runtime_funcs.insert(name, id);
        id
    }

    /// Declares every function and global of the package.
    fn declare_all(&mut self) -> Result<(), String> {
        for f in &self.pkg.funcs {
            let (sig, _) = self.func_signature(f);
            // A function without a body is the runtime's (runtime.ReadMemStats).
            let linkage = if f.external {
                Linkage::Import
            } else if f.symbol == abi::MAIN_MAIN || f.symbol == abi::MAIN_INIT {
                Linkage::Export
            } else {
                Linkage::Local
            };
            let id = self.module.declare_function(&f.symbol, linkage, &sig).map_err(|e| e.to_string())?;
            self.func_names.insert(id.as_u32(), f.symbol.clone());
            self.func_ids.push(id);
        }
        if self.pkg.main.is_none() {
            return Err("function main is undeclared in the main package".into());
        }
        for g in &self.pkg.globals {
            let id = self.module.declare_data(&g.symbol, Linkage::Local, true, false).map_err(|e| e.to_string())?;
            let mut dd = DataDescription::new();
            dd.define_zeroinit((self.types().size(g.ty) as usize).max(1));
            dd.set_align(self.types().align(g.ty).max(1));
            self.module.define_data(id, &dd).map_err(|e| e.to_string())?;
            self.data_names.insert(id.as_u32(), g.symbol.clone());
            self.global_ids.push(id);
        }
        Ok(())
    }

    /// The read-only bytes of a string constant: `go:string."..."`.
    pub fn string_data(&mut self, bytes: &[u8]) -> DataId {
        if let Some(id) = self.strings.get(bytes) {
            return *id;
        }
        let quoted = crate::types::constant::go_quote(bytes);
        let name = if quoted.len() <= 80 {
            format!("go:string.{quoted}")
        } else {
            format!("go:string.{}", self.strings.len())
        };
        let id = self.module.declare_data(&name, Linkage::Local, false, false).expect("declaring string data");
        let mut dd = DataDescription::new();
        dd.define(bytes.to_vec().into_boxed_slice());
        dd.set_align(1);
        self.module.define_data(id, &dd).expect("defining string data");
        self.data_names.insert(id.as_u32(), name);
        self.strings.insert(bytes.to_vec(), id);
        id
    }

    /// Compiles the whole package; afterwards `compiled` holds every
    /// function's facts and `finish` writes the object file.
    pub fn compile(&mut self) -> Result<(), String> {
        self.declare_all()?;
        let mut ctx = self.module.make_context();
        let mut fctx = FunctionBuilderContext::new();
        let pkg = self.pkg;
        for (i, f) in pkg.funcs.iter().enumerate() {
            if f.external {
                continue;
            }
            self.compile_func(i, f, &mut ctx, &mut fctx)?;
        }
        Ok(())
    }

    fn compile_func(
        &mut self,
        index: usize,
        f: &'p ir::Func,
        ctx: &mut Context,
        fctx: &mut FunctionBuilderContext,
    ) -> Result<(), String> {
        let id = self.func_ids[index];
        let (sig, mode) = self.func_signature(f);
        ctx.func.signature = sig;
        ctx.func.name = UserFuncName::user(0, id.as_u32());
        let line = if f.span.hi > 0 { self.sources.line(f.span.lo) } else { 0 };
        let (pointer_slots, positions);
        {
            let b = FunctionBuilder::new(&mut ctx.func, fctx);
            (pointer_slots, positions) = FnLower::new(self, b, f, mode).lower(line);
        }
        if std::env::var_os("GOCCDEBUG_CLIF").is_some() {
            eprintln!("; {}\n{}", f.symbol, ctx.func.display());
        }
        self.module.define_function(id, ctx).map_err(|e| format!("internal compiler error in {}: {e:?}", f.symbol))?;
        let facts = self.read_back(id, f, ctx, line, &pointer_slots, &positions);
        self.compiled.push(facts);
        self.module.clear_context(ctx);
        Ok(())
    }

    /// Reads the machine code and its facts back from Cranelift (they are
    /// only available until the context is cleared).
    fn read_back(
        &self,
        id: FuncId,
        f: &ir::Func,
        ctx: &Context,
        line: u32,
        pointer_slots: &[(cranelift_codegen::ir::StackSlot, Vec<u32>)],
        positions: &[(u32, Option<u32>)],
    ) -> CompiledFunc {
        let cc = ctx.compiled_code().expect("compiled code");
        let buf = &cc.buffer;
        let params = &ctx.func.params;
        let relocs = buf
            .relocs()
            .iter()
            .map(|r| {
                let target = match &r.target {
                    FinalizedRelocTarget::ExternalName(ExternalName::User(uref)) => {
                        let u = &params.user_named_funcs()[*uref];
                        // cranelift-module: namespace 0 = functions, 1 = data.
                        let names = if u.namespace == 0 { &self.func_names } else { &self.data_names };
                        names.get(&u.index).cloned().unwrap_or_else(|| format!("?{}", u.index))
                    }
                    FinalizedRelocTarget::ExternalName(other) => {
                        format!("{}", other.display(Some(params)))
                    }
                    FinalizedRelocTarget::Func(off) => format!("{}+{off}", f.symbol),
                };
                Reloc { offset: r.offset, kind: format!("{:?}", r.kind), target, addend: r.addend }
            })
            .collect();
        // Each source location is an index into `positions`: a line, and the
        // inlined call (if any) whose body the code belongs to.
        let located: Vec<_> = buf
            .get_srclocs_sorted()
            .iter()
            .filter(|s| !s.loc.is_default())
            .map(|s| (s.start, s.end, positions[s.loc.bits() as usize]))
            .collect();
        let srclocs = located.iter().map(|&(start, end, (line, _))| (start, end, line)).collect();
        let inline_ranges = located.iter().filter_map(|&(start, end, (_, inl))| Some((start, end, inl?))).collect();
        let inlines = f
            .inlines
            .iter()
            .map(|n| InlinedFrame {
                func: n.callee.clone(),
                file: self.sources.file_of(n.callee_span.lo),
                call_line: self.sources.line(n.call.lo),
                parent: n.parent,
            })
            .collect();
        // A stack map for every call site: the SSA values Cranelift spilled
        // there (its user stack maps) and the pointer words of the frame's
        // pointer-holding slots (zeroed on entry, so always valid after the
        // prologue: the morestack call in the prologue lists none of them).
        let frame_size = buf.frame_layout().map_or(0, |l| l.frame_to_fp_offset);
        let slot_words: Vec<u32> = match buf.frame_layout() {
            Some(layout) => pointer_slots
                .iter()
                .flat_map(|(slot, words)| {
                    let base = layout.stackslots[*slot].offset;
                    words.iter().map(move |w| base + w)
                })
                .collect(),
            None => vec![],
        };
        let user_maps: HashMap<u32, Vec<u32>> = buf
            .user_stack_maps()
            .iter()
            .map(|(ret, _, map)| (*ret, map.entries().map(|(_, off)| off).collect()))
            .collect();
        let mut stack_maps: Vec<(u32, u32, Vec<u32>)> = Vec::new();
        for site in buf.call_sites() {
            let ret = site.ret_addr;
            let is_morestack = buf.relocs().iter().any(|r| {
                r.offset + 4 == ret
                    && matches!(&r.target, FinalizedRelocTarget::ExternalName(ExternalName::User(u))
                        if params.user_named_funcs()[*u].namespace == 0
                            && self.func_names.get(&params.user_named_funcs()[*u].index).map(|n| n.as_str()) == Some("runtime.morestack_noctxt"))
            });
            let mut slots = user_maps.get(&ret).cloned().unwrap_or_default();
            if !is_morestack {
                slots.extend(&slot_words);
            }
            slots.sort_unstable();
            slots.dedup();
            stack_maps.push((ret, frame_size, slots));
        }
        let file = if f.span.hi > 0 { self.sources.file_of(f.span.lo) } else { 0 };
        // gc's ABI0 frame: each argument at its alignment, the results from
        // the next pointer-aligned offset, the total rounded up to 8.
        let args_size: u32 = {
            let layout = |locals: &[ir::LocalId], start: u32| {
                let end = locals.iter().fold(start, |off, l| {
                    let t = f.local(*l).ty;
                    off.next_multiple_of(self.types().align(t).max(1) as u32) + self.types().size(t) as u32
                });
                end.next_multiple_of(8)
            };
            layout(&f.results, layout(&f.params, 0))
        };
        CompiledFunc {
            symbol: f.symbol.clone(),
            file,
            code: buf.data().to_vec(),
            relocs,
            srclocs,
            inline_ranges,
            inlines,
            stack_maps,
            frame_size,
            nargs: f.params.len() as u32,
            line,
            args_size,
            id,
        }
    }

    /// The byte offsets of the parts of several values laid out one after
    /// the other (a result area).
    pub fn tuple_offsets(&self, types: &[GoType]) -> Vec<u32> {
        let mut off = 0u32;
        let mut offsets = Vec::new();
        for t in types {
            let a = self.types().align(*t) as u32;
            off = off.next_multiple_of(a.max(1));
            for p in self.parts(*t) {
                offsets.push(off + p.offset);
            }
            off += self.types().size(*t) as u32;
        }
        offsets
    }

    /// Where each of several values starts in a result area.
    pub fn result_starts(&self, types: &[GoType]) -> Vec<u32> {
        let mut off = 0u32;
        let mut out = Vec::new();
        for t in types {
            let a = self.types().align(*t) as u32;
            off = off.next_multiple_of(a.max(1));
            out.push(off);
            off += self.types().size(*t) as u32;
        }
        out
    }

    /// The function's Cranelift id.
    pub fn func_id(&self, f: ir::FuncId) -> FuncId {
        self.func_ids[f.0 as usize]
    }

    /// The object file, with the function table and type descriptors.
    pub fn finish(mut self) -> Result<(Vec<u8>, Vec<CompiledFunc>), String> {
        crate::obj::emit_inittask(&mut self)?;
        crate::obj::emit_function_table(&mut self)?;
        let compiled = std::mem::take(&mut self.compiled);
        let product = self.module.finish();
        let bytes = product.emit().map_err(|e| e.to_string())?;
        Ok((bytes, compiled))
    }

    /// The type descriptor `type:NAME` for a Go type.
    pub fn type_descriptor(&mut self, t: GoType) -> DataId {
        // byte and uint8 share one descriptor, as in gc.
        let t = self.types().canon(t);
        if let Some(id) = self.type_descs.get(&t) {
            return *id;
        }
        // Declared (and recorded) before it is defined, so that a recursive
        // type's descriptor can point at itself.
        let base = format!("type:{}", self.types().name(t, true));
        let mut name = base.clone();
        let mut n = 0;
        while self.data_names.values().any(|v| *v == name) {
            n += 1;
            name = format!("{base}·{n}");
        }
        let id = self.module.declare_data(&name, Linkage::Local, false, false).expect("declaring a type descriptor");
        self.data_names.insert(id.as_u32(), name);
        self.type_descs.insert(t, id);
        crate::obj::emit_type_descriptor(self, t, id);
        id
    }

    /// A fresh name for a static data object.
    pub fn static_name(&mut self) -> String {
        self.static_count += 1;
        format!("main..stmp_{}", self.static_count - 1)
    }

    pub fn global_id(&self, g: ir::GlobalId) -> DataId {
        self.global_ids[g.0 as usize]
    }
}

/// The targets of `break`/`continue` for a loop or switch.
#[derive(Clone, Copy)]
struct Jump {
    brk: Block,
    cont: Option<Block>,
}

/// The state of lowering one function.
pub struct FnLower<'a, 'p, 'b> {
    cg: &'a mut Codegen<'p>,
    b: FunctionBuilder<'b>,
    f: &'p ir::Func,
    mode: ResultMode,
    /// Where each local lives (mem.rs).
    storage: Vec<mem::Storage>,
    /// Stack slots that can hold pointers, with their pointer words' offsets
    /// (for the stack maps).
    pointer_slots: Vec<(cranelift_codegen::ir::StackSlot, Vec<u32>)>,
    /// Slots to zero on entry (so their pointer words are always valid).
    zero_at_entry: Vec<(cranelift_codegen::ir::StackSlot, u32)>,
    result_area: Option<Value>,
    jumps: HashMap<LabelId, Jump>,
    goto_blocks: HashMap<LabelId, Block>,
    func_refs: HashMap<FuncId, FuncRef>,
    /// The current block ended with a terminator (code after it is dead).
    terminated: bool,
    /// The source line being compiled.
    line: u32,
    /// The inlined call whose body is being compiled (`ir::Func::inlines`).
    inl: Option<u32>,
    /// The (line, inlined call) pairs that source locations index.
    positions: Vec<(u32, Option<u32>)>,
    position_index: HashMap<(u32, Option<u32>), u32>,
    /// Frame bytes given to string buffers so far (`string_frame_area`).
    string_frame_bytes: u32,
    /// An address is being taken (`&p.f`, `&p[i]`): no load will touch
    /// `*p`, so every dereference on the way checks for nil (mem.rs).
    taking_address: bool,
    /// The locals some expression reads.
    read_locals: std::collections::HashSet<ir::LocalId>,
}

impl<'a, 'p, 'b> FnLower<'a, 'p, 'b> {
    fn new(cg: &'a mut Codegen<'p>, b: FunctionBuilder<'b>, f: &'p ir::Func, mode: ResultMode) -> Self {
        FnLower {
            cg,
            b,
            f,
            mode,
            storage: Vec::new(),
            pointer_slots: Vec::new(),
            zero_at_entry: Vec::new(),
            result_area: None,
            jumps: HashMap::new(),
            goto_blocks: HashMap::new(),
            func_refs: HashMap::new(),
            terminated: false,
            line: 0,
            inl: None,
            positions: Vec::new(),
            position_index: HashMap::new(),
            string_frame_bytes: 0,
            taking_address: false,
            read_locals: {
                let mut read = std::collections::HashSet::new();
                crate::escape::walk_func(f, &mut |e| {
                    if let ir::ExprKind::Local(l) = e.kind {
                        read.insert(l);
                    }
                });
                read
            },
        }
    }

    /// Whether `l` is a range loop's temporary that nothing reads, declared
    /// with an operand without calls: a range over an array of constant
    /// length with no value variable, whose operand the spec says is not
    /// evaluated (`for i := range *p` with p nil runs len times).
    fn unread_range_temp(&self, l: ir::LocalId, x: &ir::Expr) -> bool {
        let local = self.f.local(l);
        if local.kind != ir::LocalKind::Temp || local.name != ".range" || self.read_locals.contains(&l) {
            return false;
        }
        !ir::calls_function(x)
    }

    /// Builds the function's CLIF; returns its pointer-holding stack slots
    /// and the source positions its instructions' locations index.
    #[allow(clippy::type_complexity)]
    fn lower(mut self, line: u32) -> (Vec<(cranelift_codegen::ir::StackSlot, Vec<u32>)>, Vec<(u32, Option<u32>)>) {
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        self.set_line(line);
        let params: Vec<Value> = self.b.block_params(entry).to_vec();
        self.prologue();
        // Frame slots that hold pointers are zeroed in `zeroing`, a block
        // filled at the end (when every slot is known) that runs between
        // the prologue and the body.
        let zeroing = self.b.create_block();
        let start = self.b.create_block();
        self.b.ins().jump(zeroing, &[]);
        self.b.switch_to_block(start);
        self.setup_locals();
        // Parameters arrive as the entry block's parameters.
        let mut it = params.into_iter();
        if self.mode == ResultMode::Memory {
            self.result_area = it.next();
        }
        for &p in &self.f.params {
            let n = self.cg.parts(self.f.local(p).ty).len();
            let vals: Vec<Value> = it.by_ref().take(n).collect();
            self.declare_local(p, Some(vals));
        }
        // Results start as zero values.
        for &r in &self.f.results {
            self.declare_local(r, None);
        }
        let body = &self.f.body;
        self.stmts(body);
        if !self.terminated {
            if self.f.results.is_empty() {
                self.ret(vec![]);
            } else {
                // The checker proved this is unreachable ("missing return").
                self.b.ins().trap(cranelift_codegen::ir::TrapCode::user(1).unwrap());
            }
        }
        self.b.switch_to_block(zeroing);
        self.set_line(line);
        for (slot, size) in std::mem::take(&mut self.zero_at_entry) {
            let addr = self.b.ins().stack_addr(I64, slot, 0);
            self.zero_mem(addr, size);
        }
        self.b.ins().jump(start, &[]);
        self.b.seal_all_blocks();
        let frontend = self.cg.module.isa().frontend_config();
        let slots = std::mem::take(&mut self.pointer_slots);
        let positions = std::mem::take(&mut self.positions);
        // finalize inserts the stack-map spills and reloads around calls.
        self.b.finalize(frontend);
        (slots, positions)
    }

    /// The stack-split check, as gc's prologue:
    ///     MOVQ 16(R15), AX ; CMPQ SP, AX ; JLS morestack
    /// with `CALL runtime.morestack_noctxt(SB)` in a cold block at the end.
    fn prologue(&mut self) {
        let morestack = self.runtime("runtime.morestack_noctxt");
        let sp = self.b.ins().get_stack_pointer(I64);
        let g = self.b.ins().get_pinned_reg(I64);
        let guard = self.b.ins().load(I64, MemFlagsData::trusted(), g, abi::G_STACKGUARD0);
        let low = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, sp, guard);
        let slow = self.b.create_block();
        let body = self.b.create_block();
        self.b.set_cold_block(slow);
        self.b.ins().brif(low, slow, &[], body, &[]);
        self.b.switch_to_block(slow);
        self.b.ins().call(morestack, &[]);
        self.b.ins().jump(body, &[]);
        self.b.switch_to_block(body);
    }

    /// Marks the instructions that follow with `line` (in the inlined call
    /// `self.inl`, if any). A source location is an index into
    /// `positions`, which `read_back` resolves.
    fn set_line(&mut self, line: u32) {
        self.line = line;
        let key = (line, self.inl);
        let next = self.positions.len() as u32;
        let index = *self.position_index.entry(key).or_insert(next);
        if index == next {
            self.positions.push(key);
        }
        self.b.set_srcloc(SourceLoc::new(index));
    }

    fn at(&mut self, span: crate::source::Span) {
        if span.hi > 0 {
            let line = self.cg.sources.line(span.lo);
            self.set_line(line);
        }
    }

    /// A FuncRef for a Cranelift function, marked colocated so calls are
    /// direct `CALL sym(SB)` (PC-relative, resolved by the static link).
    fn func_ref(&mut self, id: FuncId) -> FuncRef {
        if let Some(r) = self.func_refs.get(&id) {
            return *r;
        }
        let r = self.cg.module.declare_func_in_func(id, self.b.func);
        self.b.func.dfg.ext_funcs[r].colocated = true;
        self.func_refs.insert(id, r);
        r
    }

    fn runtime(&mut self, name: &'static str) -> FuncRef {
        let id = self.cg.runtime_func(name);
        self.func_ref(id)
    }

    /// Calls a runtime function and returns its results.
    pub(super) fn call_runtime(&mut self, name: &'static str, args: &[Value]) -> Vec<Value> {
        let f = self.runtime(name);
        let inst = self.b.ins().call(f, args);
        self.b.inst_results(inst).to_vec()
    }

    /// After a terminator: continue in a fresh (unreachable) block so that
    /// dead code after `return` or `panic` still has somewhere to go.
    fn start_dead_block(&mut self) {
        let dead = self.b.create_block();
        self.b.switch_to_block(dead);
        self.terminated = false;
    }

    pub(super) fn zero(&mut self, ty: ClType) -> Value {
        match ty {
            F32 => self.b.ins().f32const(0.0),
            F64 => self.b.ins().f64const(0.0),
            t => self.b.ins().iconst(t, 0),
        }
    }

    /// Returns from the function with the given result parts.
    fn ret(&mut self, values: Vec<Value>) {
        match self.mode {
            ResultMode::Registers => {
                self.b.ins().return_(&values);
            }
            ResultMode::Memory => {
                let area = self.result_area.expect("result area");
                let types: Vec<GoType> = self.f.results.iter().map(|l| self.f.local(*l).ty).collect();
                let offsets = self.cg.tuple_offsets(&types);
                let mut i = 0;
                for (t, off) in types.iter().zip(self.cg.result_starts(&types)) {
                    let n = self.cg.parts(*t).len();
                    if self.cg.is_mem(*t) {
                        let dst = self.b.ins().iadd_imm_s(area, off as i64);
                        let size = self.cg.types().size(*t) as u32;
                        self.copy_mem(dst, values[i], size);
                    } else {
                        for (v, o) in values[i..i + n].iter().zip(&offsets[i..i + n]) {
                            self.b.ins().store(MemFlagsData::trusted(), *v, area, *o as i32);
                        }
                    }
                    i += n;
                }
                self.b.ins().return_(&[]);
            }
        }
        self.terminated = true;
    }

    /// A stack slot of `size` bytes; returns its address.
    pub(super) fn stack_area(&mut self, size: u32) -> Value {
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, size.max(8), 3));
        self.b.ins().stack_addr(I64, slot, 0)
    }

    /// The first argument of a runtime string function: the address of a
    /// `size`-byte buffer in the frame when escape analysis decided that
    /// the result made at `site` does not outlive the frame, else null, so
    /// that the runtime allocates (gc: walk's `stackBufAddr`, passed when
    /// `n.Esc() == ir.EscNone`). One buffer per site: a site in a loop
    /// reuses its buffer, which is sound because escape analysis sends a
    /// value to the heap when it flows to a variable declared outside the
    /// loop, `for` or goto-made (escape.rs: looping labels). The runtime writes only bytes and runes
    /// there, so the buffer needs no zeroing at entry and no place in the
    /// stack maps.
    pub(super) fn string_buf(&mut self, site: Option<ir::SiteId>, size: u32) -> Value {
        match site.and_then(|site| self.string_frame_area(site, size)) {
            Some(addr) => addr,
            None => self.b.ins().iconst(I64, 0),
        }
    }

    /// `size` bytes in the frame for the string or byte slice made at
    /// `site`, if it may live there: escape analysis keeps it in the frame,
    /// the function has no goto loop, and the function's string memory
    /// stays within `STRING_FRAME_BUDGET` (gc's frames can grow without
    /// limit; gocc's must stay below the 256 KiB guard region, so a
    /// function with hundreds of conversions sends the rest to the heap).
    pub(super) fn string_frame_area(&mut self, site: ir::SiteId, size: u32) -> Option<Value> {
        if self.cg.heap_site(self.f, site) || self.string_frame_bytes + size > STRING_FRAME_BUDGET {
            return None;
        }
        self.string_frame_bytes += size;
        Some(self.stack_area(size))
    }
}
