//! The data the runtime reads: type descriptors and the function table.
//!
//! - `type:NAME` is a Go type descriptor (`runtime.Type`, 64 bytes): size,
//!   pointer bytes, kind, the pointer bitmap, and the type's name as Go
//!   prints it. `panic(v)` passes one to the runtime; the allocator will use
//!   the bitmap.
//! - `runtime.firstmoduledata` points at an array of `runtime.Func`
//!   entries, one per compiled function in address order, each with its name,
//!   file, a PC→line table and its stack maps. gc's linker builds the same
//!   table (`pclntab`) compressed; gocc writes plain arrays that a reader can
//!   decode with `objdump -s`.
//!
//! All layouts are in `abi.rs` (the compiler ↔ runtime contract).
//!
//! Go: src/cmd/link/internal/ld/pcln.go, src/cmd/compile/internal/reflectdata.

use crate::abi;
use crate::ssagen::{Codegen, CompiledFunc};
use crate::types::types::{Basic, Type, TypeKind};
use cranelift_module::{DataDescription, DataId, Linkage, Module};
use std::collections::HashMap;

fn put_u32(bytes: &mut [u8], at: usize, v: u32) {
    bytes[at..at + 4].copy_from_slice(&v.to_le_bytes());
}

fn put_u64(bytes: &mut [u8], at: usize, v: u64) {
    bytes[at..at + 8].copy_from_slice(&v.to_le_bytes());
}

/// The abi.Kind of a type.
fn kind_of(cg: &Codegen, t: Type) -> u8 {
    use abi::kind::*;
    match cg.types().under(t) {
        TypeKind::Basic(b) => match b {
            Basic::Bool => BOOL,
            Basic::Int => INT,
            Basic::Int8 => INT8,
            Basic::Int16 => INT16,
            Basic::Int32 => INT32,
            Basic::Int64 => INT64,
            Basic::Uint => UINT,
            Basic::Uint8 => UINT8,
            Basic::Uint16 => UINT16,
            Basic::Uint32 => UINT32,
            Basic::Uint64 => UINT64,
            Basic::Uintptr => UINTPTR,
            Basic::Float32 => FLOAT32,
            Basic::Float64 => FLOAT64,
            Basic::Complex64 => COMPLEX64,
            Basic::Complex128 => COMPLEX128,
            Basic::String => STRING,
            Basic::UnsafePointer => UNSAFE_POINTER,
            _ => 0,
        },
        TypeKind::Array(..) => ARRAY,
        TypeKind::Chan(..) => CHAN,
        TypeKind::Func(_) => FUNC,
        TypeKind::Interface(_) => INTERFACE,
        TypeKind::Map(..) => MAP,
        TypeKind::Pointer(_) => POINTER,
        TypeKind::Slice(_) => SLICE,
        TypeKind::Struct(_) => STRUCT,
        _ => 0,
    }
}

/// Declares and defines a read-only data object.
fn define_rodata(
    cg: &mut Codegen,
    name: &str,
    bytes: Vec<u8>,
    align: u64,
    relocs: impl FnOnce(&mut Codegen, &mut DataDescription),
) -> DataId {
    let id = cg.module.declare_data(name, Linkage::Local, false, false).expect("declaring data");
    cg.data_names.insert(id.as_u32(), name.to_string());
    let mut dd = DataDescription::new();
    relocs(cg, &mut dd);
    dd.define(bytes.into_boxed_slice());
    dd.set_align(align);
    cg.module.define_data(id, &dd).expect("defining data");
    id
}

/// Declares `type:NAME` for a Go type and defines its contents. The caller
/// has already recorded `id` (so recursive types refer to themselves).
pub fn emit_type_descriptor(cg: &mut Codegen, t: Type, id: DataId) {
    let name = cg.types().name(t, true);
    let size = cg.types().size(t);
    // Pointer bitmap: one bit per word; ptr_bytes ends after the last pointer
    // word. A type without pointers has none (however big the type).
    let has_pointers = crate::escape::has_pointers(cg.types(), t);
    let mut bitmap = vec![0u8; if has_pointers { (size as usize / 8).div_ceil(8).max(1) } else { 1 }];
    let mut ptr_bytes = 0u64;
    for p in if has_pointers { cg.layout_parts(t) } else { Vec::new() } {
        if p.ptr {
            let word = p.offset as usize / 8;
            bitmap[word / 8] |= 1 << (word % 8);
            ptr_bytes = ptr_bytes.max(p.offset as u64 + 8);
        }
    }
    let str_id = cg.string_data(name.as_bytes());
    let gcdata = if ptr_bytes > 0 {
        let sym = cg.static_name();
        Some(define_rodata(cg, &format!("runtime.gcbits.{sym}"), bitmap, 1, |_, _| {}))
    } else {
        None
    };
    let under = cg.types().under(t).clone();
    // The element (pointer, slice, array, chan) or value (map) type.
    let elem = match &under {
        TypeKind::Pointer(e) | TypeKind::Slice(e) | TypeKind::Array(e, _) | TypeKind::Chan(_, e) => Some(*e),
        TypeKind::Map(_, v) => Some(*v),
        _ => None,
    };
    let elem_id = elem.map(|e| cg.type_descriptor(e));
    let mut bytes = vec![0u8; abi::TYPE_SIZE];
    put_u64(&mut bytes, abi::TYPE_SIZE_FIELD, size);
    put_u64(&mut bytes, abi::TYPE_PTR_BYTES, ptr_bytes);
    put_u32(&mut bytes, abi::TYPE_HASH, fnv1a(name.as_bytes()));
    bytes[abi::TYPE_ALIGN] = cg.types().align(t) as u8;
    bytes[abi::TYPE_FIELD_ALIGN] = cg.types().align(t) as u8;
    bytes[abi::TYPE_KIND] = kind_of(cg, t);
    if cg.types().is_direct_iface(t) {
        bytes[abi::TYPE_TFLAG] |= abi::TFLAG_DIRECT_IFACE;
    }
    put_u64(&mut bytes, abi::TYPE_STR_LEN, name.len() as u64);
    // Kind-specific tails (ArrayType, MapType, StructType).
    let mut extra: Vec<(u32, DataId)> = Vec::new();
    match &under {
        TypeKind::Array(_, n) => {
            bytes.extend_from_slice(&n.to_le_bytes());
        }
        TypeKind::Map(k, _) => {
            let kid = cg.type_descriptor(*k);
            bytes.extend_from_slice(&[0u8; 8]);
            extra.push((abi::TYPE_SIZE as u32, kid));
        }
        TypeKind::Struct(fields) => {
            let offsets = cg.types().field_offsets(t);
            let mut table = vec![0u8; fields.len() * abi::STRUCT_FIELD_SIZE];
            let mut relocs = Vec::new();
            for (i, (f, off)) in fields.iter().zip(offsets).enumerate() {
                let at = i * abi::STRUCT_FIELD_SIZE;
                put_u64(&mut table, at + 8, f.name.len() as u64);
                put_u64(&mut table, at + 24, off);
                let nid = cg.string_data(f.name.as_bytes());
                let tid = cg.type_descriptor(f.typ);
                relocs.push((at as u32, nid));
                relocs.push((at as u32 + 16, tid));
            }
            let sym = cg.static_name();
            let fields_id = define_rodata(cg, &format!("runtime.structfields.{sym}"), table, 8, |cg, dd| {
                for (at, id) in relocs {
                    let gv = cg.module.declare_data_in_data(id, dd);
                    dd.write_data_addr(at, gv, 0);
                }
            });
            bytes.extend_from_slice(&[0u8; 8]);
            bytes.extend_from_slice(&(fields.len() as u64).to_le_bytes());
            extra.push((abi::TYPE_SIZE as u32, fields_id));
        }
        _ => {}
    }
    let mut dd = DataDescription::new();
    let s = cg.module.declare_data_in_data(str_id, &mut dd);
    dd.write_data_addr(abi::TYPE_STR as u32, s, 0);
    if let Some(g) = gcdata {
        let g = cg.module.declare_data_in_data(g, &mut dd);
        dd.write_data_addr(abi::TYPE_GCDATA as u32, g, 0);
    }
    if let Some(e) = elem_id {
        let g = cg.module.declare_data_in_data(e, &mut dd);
        dd.write_data_addr(abi::TYPE_ELEM as u32, g, 0);
    }
    for (at, id) in extra {
        let g = cg.module.declare_data_in_data(id, &mut dd);
        dd.write_data_addr(at, g, 0);
    }
    dd.define(bytes.into_boxed_slice());
    dd.set_align(8);
    cg.module.define_data(id, &dd).expect("defining a type descriptor");
}

fn fnv1a(bytes: &[u8]) -> u32 {
    let mut h: u32 = 2166136261;
    for b in bytes {
        h ^= *b as u32;
        h = h.wrapping_mul(16777619);
    }
    h
}

/// The PC→line table of a function: Cranelift's source locations, with the
/// gaps (prologue, spills) given the position before them, merged into
/// runs of `(pc, line, inlined call or -1)`.
pub fn line_table(f: &CompiledFunc) -> Vec<(u32, u32, i32)> {
    let inl_at: HashMap<u32, u32> = f.inline_ranges.iter().map(|&(start, _, inl)| (start, inl)).collect();
    let mut table: Vec<(u32, u32, i32)> = Vec::new();
    let mut last = (f.line, -1);
    let mut pc = 0;
    for &(start, end, line) in &f.srclocs {
        let here = (line, inl_at.get(&start).map_or(-1, |&i| i as i32));
        if start > pc && table.last().is_none_or(|l| (l.1, l.2) != last) {
            table.push((pc, last.0, last.1));
        }
        if table.last().is_none_or(|l| (l.1, l.2) != here) {
            table.push((start, here.0, here.1));
        }
        last = here;
        pc = end;
    }
    if table.is_empty() {
        table.push((0, f.line, -1));
    }
    table
}

/// Emits `main..inittask` (gc's initTask: `state u32, nfns u32, fns
/// [nfns]func()`): the functions `runtime.main` calls before `main.main`,
/// `main.init` (the variables) and then each `init` function in order.
pub fn emit_inittask(cg: &mut Codegen) -> Result<(), String> {
    let mut fns = vec![cg.func_id(cg.pkg.init)];
    fns.extend(cg.pkg.inits.iter().map(|f| cg.func_id(*f)));
    let mut bytes = vec![0u8; 8 + 8 * fns.len()];
    put_u32(&mut bytes, 4, fns.len() as u32);
    let id = cg.module.declare_data(abi::INITTASK, Linkage::Export, false, false).map_err(|e| e.to_string())?;
    let mut dd = DataDescription::new();
    for (i, f) in fns.iter().enumerate() {
        let fref = cg.module.declare_func_in_data(*f, &mut dd);
        dd.write_function_addr(8 + 8 * i as u32, fref);
    }
    dd.define(bytes.into_boxed_slice());
    dd.set_align(8);
    cg.module.define_data(id, &dd).map_err(|e| e.to_string())
}

/// Emits a function's inline tree (`runtime.InlinedCall` records): for
/// each inlined call, the callee's name and file, its parent and the line
/// of the call. gc's is `FUNCDATA_InlTree`.
fn emit_inline_tree(cg: &mut Codegen, f: &CompiledFunc) -> DataId {
    let mut bytes = vec![0u8; f.inlines.len() * abi::INLINEDCALL_SIZE];
    let mut strings = Vec::new();
    for (i, n) in f.inlines.iter().enumerate() {
        let path = cg.sources.files.get(n.file).map(|s| s.abs_path.display().to_string()).unwrap_or_default();
        let e = &mut bytes[i * abi::INLINEDCALL_SIZE..(i + 1) * abi::INLINEDCALL_SIZE];
        put_u64(e, abi::INLINEDCALL_NAME_LEN, n.func.len() as u64);
        put_u64(e, abi::INLINEDCALL_FILE_LEN, path.len() as u64);
        put_u32(e, abi::INLINEDCALL_PARENT, n.parent.map_or(-1, |p| p as i32) as u32);
        put_u32(e, abi::INLINEDCALL_CALL_LINE, n.call_line);
        strings.push((cg.string_data(n.func.as_bytes()), cg.string_data(path.as_bytes())));
    }
    define_rodata(cg, &format!("go:inltree.{}", f.symbol), bytes, 8, |cg, dd| {
        for (i, (name, file)) in strings.iter().enumerate() {
            let base = (i * abi::INLINEDCALL_SIZE) as u32;
            for (field, id) in [(abi::INLINEDCALL_NAME, name), (abi::INLINEDCALL_FILE, file)] {
                let gv = cg.module.declare_data_in_data(*id, dd);
                dd.write_data_addr(base + field as u32, gv, 0);
            }
        }
    })
}

/// Emits `runtime.firstmoduledata` and the tables it points to.
pub fn emit_function_table(cg: &mut Codegen) -> Result<(), String> {
    let funcs = cg.compiled.clone();
    let mut entries = vec![0u8; funcs.len() * abi::FUNC_SIZE];
    // Per-function side tables, defined first so the entries can point at them.
    let mut side: Vec<(DataId, DataId, DataId, Option<DataId>, Option<DataId>)> = Vec::new();
    for (i, f) in funcs.iter().enumerate() {
        let name_id = cg.string_data(f.symbol.as_bytes());
        let path = cg.sources.files.get(f.file).map(|s| s.abs_path.display().to_string()).unwrap_or_default();
        let file_id = cg.string_data(path.as_bytes());
        let lines = line_table(f);
        let mut pcln = Vec::with_capacity(lines.len() * abi::PCLINE_SIZE);
        for (pc, line, inl) in &lines {
            pcln.extend_from_slice(&pc.to_le_bytes());
            pcln.extend_from_slice(&line.to_le_bytes());
            pcln.extend_from_slice(&inl.to_le_bytes());
        }
        let pcln_id = define_rodata(cg, &format!("go:pcln.{}", f.symbol), pcln, 4, |_, _| {});
        let inltree_id = if f.inlines.is_empty() { None } else { Some(emit_inline_tree(cg, f)) };
        let maps_id = if f.stack_maps.is_empty() {
            None
        } else {
            let mut maps = Vec::new();
            for (ret, _span, slots) in &f.stack_maps {
                maps.extend_from_slice(&ret.to_le_bytes());
                maps.extend_from_slice(&(slots.len() as u32).to_le_bytes());
                for s in slots {
                    maps.extend_from_slice(&s.to_le_bytes());
                }
            }
            Some(define_rodata(cg, &format!("go:stackmaps.{}", f.symbol), maps, 4, |_, _| {}))
        };
        let e = &mut entries[i * abi::FUNC_SIZE..(i + 1) * abi::FUNC_SIZE];
        put_u32(e, abi::FUNC_SIZE_FIELD, f.code.len() as u32);
        put_u32(e, abi::FUNC_FRAME, f.frame_size);
        put_u64(e, abi::FUNC_NAME_LEN, f.symbol.len() as u64);
        put_u64(e, abi::FUNC_FILE_LEN, path.len() as u64);
        put_u32(e, abi::FUNC_NPCLN, lines.len() as u32);
        put_u32(e, abi::FUNC_NARGS, f.nargs);
        put_u32(e, abi::FUNC_NSTACKMAPS, f.stack_maps.len() as u32);
        put_u32(e, abi::FUNC_NINLTREE, f.inlines.len() as u32);
        side.push((name_id, file_id, pcln_id, maps_id, inltree_id));
    }
    let ftab = define_rodata(cg, "runtime.functab", entries, 8, |cg, dd| {
        for (i, f) in funcs.iter().enumerate() {
            let base = (i * abi::FUNC_SIZE) as u32;
            let fref = cg.module.declare_func_in_data(f.id, dd);
            dd.write_function_addr(base + abi::FUNC_ENTRY as u32, fref);
            let (name_id, file_id, pcln_id, maps_id, inltree_id) = side[i];
            for (field, id) in [
                (abi::FUNC_NAME, Some(name_id)),
                (abi::FUNC_FILE, Some(file_id)),
                (abi::FUNC_PCLN, Some(pcln_id)),
                (abi::FUNC_STACKMAPS, maps_id),
                (abi::FUNC_INLTREE, inltree_id),
            ] {
                if let Some(id) = id {
                    let gv = cg.module.declare_data_in_data(id, dd);
                    dd.write_data_addr(base + field as u32, gv, 0);
                }
            }
        }
    });
    let mut md = vec![0u8; 16];
    put_u64(&mut md, 8, funcs.len() as u64);
    let id = cg.module.declare_data(abi::FIRSTMODULEDATA, Linkage::Export, false, false).map_err(|e| e.to_string())?;
    let mut dd = DataDescription::new();
    let gv = cg.module.declare_data_in_data(ftab, &mut dd);
    dd.write_data_addr(0, gv, 0);
    dd.define(md.into_boxed_slice());
    dd.set_align(8);
    cg.module.define_data(id, &dd).map_err(|e| e.to_string())?;
    Ok(())
}
