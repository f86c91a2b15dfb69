//! The `-S` listing: the machine code Cranelift emitted, printed in the
//! Plan 9 assembly syntax of gc's `go build -gcflags=-S`.
//!
//! ```text
//! main.sum STEXT size=68 align=0x0 args=0x10 locals=0x0 funcid=0x0
//! 	0x0000 00000 (loop.go:5)	TEXT	main.sum(SB), ABIInternal, $0-16
//! 	0x0000 00000 (loop.go:5)	PUSHQ	BP
//! 	0x0001 00001 (loop.go:5)	MOVQ	SP, BP
//! 	0x0004 00004 (loop.go:5)	MOVQ	R15, R10
//! 	0x0007 00007 (loop.go:5)	MOVQ	16(R10), R10
//! 	0x000b 00011 (loop.go:5)	MOVQ	SP, R11
//! 	0x000e 00014 (loop.go:5)	CMPQ	R11, R10
//! 	0x0011 00017 (loop.go:5)	JLS	58
//! 	...
//! 	0x002f 00047 (loop.go:8)	ADDQ	CX, AX
//! 	...
//! 	0x003a 00058 (loop.go:5)	CALL	runtime.morestack_noctxt(SB)
//! 	0x003f 00063 (loop.go:5)	JMP	23
//! 	0x0000 55 48 89 e5 4d 89 fa 4d 8b 52 10 49 89 e3 4d 3b  UH..M..M.R.I..M;
//! 	...
//! 	rel 59+4 t=R_CALL runtime.morestack_noctxt+0
//! ```
//!
//! Design. `ssagen::read_back` keeps, for every function, the bytes of its
//! code buffer, its relocations and the code ranges of each source line.
//! This module decodes the bytes with iced-x86 and prints each instruction
//! the way gc's `cmd/internal/obj` prints a `Prog`: the mnemonic with gc's
//! size suffix (`MOVQ`, `ADDL`, `MOVBLZX`, `CMOVQLT`, `CVTSQ2SD`), the
//! source operand first (only `CMP` keeps the Intel order, as in gc), gc's
//! register names (`AX`, `R15`, `X0`; the 8-bit ones only in byte-sized
//! instructions, `AL`, `SIB`, where gc's assembler renames them too),
//! memory as `off(base)(index*scale)`, immediates as decimal `$n`, branch
//! targets as byte offsets in the function (`JLS 53`). An operand patched by
//! a relocation is printed as the symbol the relocation names
//! (`CALL runtime.newobject(SB)`, `LEAQ go:string."hi"(SB), DI`), and the
//! relocations are listed after the hex dump with gc's types and addends
//! (gc's PC-relative addend is relative to the end of the instruction's
//! 4-byte field, ELF's and Cranelift's to its start: gc's = Cranelift's + 4).
//!
//! Cranelift appends the function's constant pool to the code, in the same
//! buffer, and does not say where the code ends. It is found from the code
//! itself: the pool starts at the lowest address that an instruction reads
//! RIP-relative without a relocation (Cranelift refers to its own constants
//! only that way, and places nothing but traps before them), after up to 15
//! zero bytes of alignment padding. The pool is printed as data
//! (`QUAD $0x3ff0000000000000`), never decoded as instructions; so is a
//! jump table (`br_table`), which Cranelift emits inline right after the
//! `JMP` through it.
//!
//! Where it differs from gc's listing, because gocc differs from gc:
//! - no `FUNCDATA`/`PCDATA` lines: gocc's stack maps and line tables live in
//!   its own function table, not in pseudo-instructions;
//! - `args=` is the ABI0 size of the arguments and results (the literature's
//!   `$0-24` for `func(a, b int) int`), where gc's listings of ABIInternal
//!   functions count only the spill area of the register arguments;
//! - `ABIInternal` is gocc's internal convention, System V registers with g
//!   in R15 (`16(R15)`, where gc has `16(R14)`), and the stack check comes
//!   after Cranelift's frame setup (`PUSHQ BP; MOVQ SP, BP; SUBQ $n, SP`);
//! - constants come from the function's own pool (see Rejected).
//!
//! Rejected:
//! - Falling back to Intel syntax (or to iced's own names) for instructions
//!   not in the tables below: the listing would silently stop being Plan 9.
//!   An instruction this printer cannot spell is an error, and
//!   `compiler/tests/listing.rs` runs every test program through it.
//! - Printing the CLIF or Cranelift's VCode disassembly: that is a second
//!   code path (register allocation, branch folding and the constant pool
//!   happen after it) and not Plan 9.
//! - gc's `$f64.3ff0000000000000(SB)` names for float constants: gocc's
//!   constants live in the function's own pool, not in symbols, so they are
//!   printed as `main.f+64(SB)`, the address they really have.
//!
//! Invariants:
//! - The listing is made from the bytes that were emitted, never by a
//!   second code path: every byte of the function appears in the hex dump,
//!   and every instruction line decodes from the bytes at its offset.
//! - Every relocation is attached to the operand it patches; a relocation
//!   that no operand explains is an error, not a silent omission.
//! - The output depends only on the input: file names are printed as the
//!   user gave them, never as absolute or temporary paths.
//!
//! Go: src/cmd/internal/obj/x86 (the amd64 assembler and its names),
//! src/cmd/internal/obj/util.go and objfile.go (how `-S` prints).
//! Book: chapter "Plan 9 assembly".

use crate::ssagen::{CompiledFunc, Reloc};
use iced_x86::{Code, ConditionCode, Decoder, DecoderOptions, Instruction, Mnemonic, OpKind, Register};
use std::fmt::Write;

/// Whether `name`, as given to `-func=`, names the function `symbol`:
/// `main.add` and `add` both name `main.add`.
pub fn names(symbol: &str, name: &str) -> bool {
    symbol == name || symbol.strip_prefix("main.") == Some(name)
}

/// The listing of one function. `file` is the source file's name as the
/// user gave it. Fails, naming the instruction, on anything this printer
/// cannot print in Plan 9 syntax.
pub fn function(f: &CompiledFunc, file: &str) -> Result<String, String> {
    let (items, types) = decode(f).map_err(|e| format!("-S: {}: {e}", f.symbol))?;
    let mut out = String::new();
    // gc: "%s STEXT size=%d align=%#x args=%#x locals=%#x funcid=%#x".
    // Every gocc function has a stack check, so none is `nosplit`.
    writeln!(
        out,
        "{} STEXT size={} align=0x0 args={:#x} locals={:#x} funcid=0x0",
        f.symbol,
        f.code.len(),
        f.args_size,
        f.frame_size
    )
    .unwrap();
    let pos = |line: u32| {
        if line == 0 { "<autogenerated>:1".to_string() } else { format!("{file}:{line}") }
    };
    writeln!(
        out,
        "\t0x0000 00000 ({})\tTEXT\t{}(SB), ABIInternal, ${}-{}",
        pos(f.line),
        f.symbol,
        f.frame_size,
        f.args_size
    )
    .unwrap();
    for item in &items {
        writeln!(out, "\t{:#06x} {:05} ({})\t{}", item.pc, item.pc, pos(item.line), item.text).unwrap();
    }
    hex_dump(&mut out, &f.code);
    let mut relocs: Vec<(&Reloc, &str)> = f.relocs.iter().zip(types).collect();
    relocs.sort_by_key(|(r, _)| r.offset);
    for (r, kind) in relocs {
        // gc's PC-relative addend is relative to the end of the field.
        let (size, addend) = match r.kind.as_str() {
            "Abs8" => (8, r.addend),
            "Abs4" => (4, r.addend),
            _ => (4, r.addend + 4),
        };
        writeln!(out, "\trel {}+{size} t={kind} {}+{addend}", r.offset, r.target).unwrap();
    }
    Ok(out)
}

/// One line of the listing body: an instruction or a data directive.
struct Item {
    pc: u32,
    line: u32,
    text: String,
}

/// gc's type for a relocation, from what it patches: a branch's target is
/// `R_CALL`, a RIP-relative operand `R_PCREL`, an immediate `R_ADDR`.
/// (Cranelift's kind does not say: it tags the address of a colocated data
/// symbol `X86CallPCRel4` too.)
fn reloc_type(ins: &Instruction, r: &Reloc) -> Result<&'static str, String> {
    let pc_relative = matches!(r.kind.as_str(), "X86CallPCRel4" | "X86CallPLTRel4" | "X86PCRel4" | "X86GOTPCRel4");
    let branch = (0..ins.op_count())
        .any(|i| matches!(ins.op_kind(i), OpKind::NearBranch16 | OpKind::NearBranch32 | OpKind::NearBranch64));
    Ok(match () {
        _ if pc_relative && branch => "R_CALL",
        _ if r.kind == "X86GOTPCRel4" && ins.is_ip_rel_memory_operand() => "R_GOTPCREL",
        _ if pc_relative && ins.is_ip_rel_memory_operand() => "R_PCREL",
        _ if matches!(r.kind.as_str(), "Abs8" | "Abs4") && !branch && !ins.is_ip_rel_memory_operand() => "R_ADDR",
        _ => return Err(format!("relocation {} at {} does not fit {:?}", r.kind, r.offset, ins.code())),
    })
}

/// gc's hex dump: 16 bytes a row, then the printable ASCII.
fn hex_dump(out: &mut String, bytes: &[u8]) {
    for (row, chunk) in bytes.chunks(16).enumerate() {
        write!(out, "\t{:#06x}", row * 16).unwrap();
        for b in chunk {
            write!(out, " {b:02x}").unwrap();
        }
        out.push_str(&"   ".repeat(16 - chunk.len()));
        out.push_str("  ");
        out.extend(chunk.iter().map(|&b| if (b' '..=0x7e).contains(&b) { b as char } else { '.' }));
        out.push('\n');
    }
}

/// Where the function's code ends and what lies inside it that is data.
struct Layout {
    /// Start of the constant pool (the end of the code).
    code_end: usize,
    /// Inline jump tables: `(start, end)`.
    tables: Vec<(usize, usize)>,
}

/// Finds the end of the code and the inline jump tables (see the header).
/// The constant pool's start is the lowest address read RIP-relative
/// without a relocation; every such read comes before the padding that
/// precedes the pool, so when the scan reaches that padding the pool's
/// start is already known and the code ends there.
fn layout(f: &CompiledFunc) -> Result<Layout, String> {
    let code = &f.code;
    let mut pool = code.len();
    let mut tables: Vec<(usize, usize)> = Vec::new();
    let mut dec = Decoder::with_ip(64, code, 0, DecoderOptions::NONE);
    let mut ins = Instruction::default();
    loop {
        let ip = dec.ip() as usize;
        if ip > pool {
            return Err(format!("the instruction before {ip:#x} runs into the constant pool at {pool:#x}"));
        }
        if ip == pool || is_padding(code, ip, pool) {
            return Ok(Layout { code_end: ip, tables });
        }
        if let Some(&(_, end)) = tables.iter().find(|(s, _)| *s == ip) {
            dec.set_ip(end as u64);
            dec.set_position(end).map_err(|e| e.to_string())?;
            continue;
        }
        dec.decode_out(&mut ins);
        if ins.is_invalid() {
            return Err(format!("undecodable bytes at {ip:#x}: {}", hex(&code[ip..(ip + 15).min(code.len())])));
        }
        let next = ins.next_ip() as usize;
        if !ins.is_ip_rel_memory_operand() || reloc_in(f, &ins).is_some() {
            continue;
        }
        let target = ins.ip_rel_memory_address() as usize;
        if target < next || target >= code.len() {
            continue;
        }
        if ins.mnemonic() == Mnemonic::Lea {
            if let Some(end) = jump_table(code, next, target, pool) {
                tables.push((target, end));
                continue;
            }
        }
        pool = pool.min(target);
    }
}

/// Zero bytes from `ip` to `end`, fewer than 16: alignment before the pool.
fn is_padding(code: &[u8], ip: usize, end: usize) -> bool {
    end < code.len() && end - ip < 16 && code[ip..end].iter().all(|b| *b == 0)
}

/// Cranelift's `br_table` sequence:
///     LEAQ  table(IP), R1 ; MOVLQSX (R1)(IDX*4), R2 ; ADDQ R2, R1 ; JMP R1
///     table: LONG offsets relative to table, one per target and the default
/// `lea_next` is the address after the LEA, `table` its target. Returns the
/// end of the table. Its length is not recorded anywhere; entries are taken
/// while they point inside the code and before the first target.
fn jump_table(code: &[u8], lea_next: usize, table: usize, code_end: usize) -> Option<usize> {
    let mut dec = Decoder::with_ip(64, &code[lea_next..], lea_next as u64, DecoderOptions::NONE);
    let mut ins = Instruction::default();
    for _ in 0..3 {
        dec.decode_out(&mut ins);
        if ins.mnemonic() == Mnemonic::Jmp && ins.op0_kind() == OpKind::Register {
            break;
        }
    }
    if !(ins.mnemonic() == Mnemonic::Jmp && ins.op0_kind() == OpKind::Register && ins.next_ip() as usize == table) {
        return None;
    }
    let mut first_target = code_end;
    let mut at = table;
    while at + 4 <= first_target.min(code_end) {
        let rel = i32::from_le_bytes(code[at..at + 4].try_into().unwrap()) as i64;
        let target = table as i64 + rel;
        if target < 0 || target as usize >= code_end {
            break;
        }
        if target as usize >= at + 4 {
            first_target = first_target.min(target as usize);
        }
        at += 4;
    }
    (at > table).then_some(at)
}

/// The relocation that patches bytes of this instruction, if any.
fn reloc_in<'f>(f: &'f CompiledFunc, ins: &Instruction) -> Option<&'f Reloc> {
    f.relocs.iter().find(|r| (r.offset as u64) >= ins.ip() && (r.offset as u64) < ins.next_ip())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Decodes the function into listing lines, with source lines attached, and
/// gc's type of each relocation.
fn decode(f: &CompiledFunc) -> Result<(Vec<Item>, Vec<&'static str>), String> {
    let layout = layout(f)?;
    let code = &f.code;
    let mut items = Vec::new();
    let mut types: Vec<Option<&'static str>> = vec![None; f.relocs.len()];
    let mut dec = Decoder::with_ip(64, &code[..layout.code_end], 0, DecoderOptions::NONE);
    let mut ins = Instruction::default();
    // Instructions Cranelift emitted without a position (prologue, spills)
    // take the previous line; the function's line at the start.
    let mut line = f.line;
    let mut srcloc = 0;
    let mut in_morestack = false;
    while dec.can_decode() {
        let ip = dec.ip() as usize;
        if let Some(&(start, end)) = layout.tables.iter().find(|(s, _)| *s == ip) {
            data(&mut items, code, start, end, line, true);
            dec.set_ip(end as u64);
            dec.set_position(end).map_err(|e| e.to_string())?;
            continue;
        }
        dec.decode_out(&mut ins);
        let pc = ins.ip() as u32;
        while srcloc < f.srclocs.len() && f.srclocs[srcloc].1 <= pc {
            srcloc += 1;
        }
        if let Some(&(start, _, l)) = f.srclocs.get(srcloc) {
            if start <= pc {
                line = l;
            }
        }
        let mut relocs =
            (0..f.relocs.len()).filter(|&i| f.relocs[i].offset >= pc && (f.relocs[i].offset as u64) < ins.next_ip());
        let reloc = match (relocs.next(), relocs.next()) {
            (None, _) => None,
            (Some(i), None) => {
                types[i] = Some(reloc_type(&ins, &f.relocs[i])?);
                Some(&f.relocs[i])
            }
            (Some(_), Some(_)) => return Err(format!("two relocations in the instruction at {pc:#x}")),
        };
        // The cold morestack block carries the function's line, as in gc.
        if reloc.is_some_and(|r| r.target == "runtime.morestack_noctxt") {
            in_morestack = true;
        }
        let text = instruction(&ins, reloc, f)
            .map_err(|e| format!("{e} at {pc:#x} (bytes {})", hex(&code[ip..ins.next_ip() as usize])))?;
        items.push(Item { pc, line: if in_morestack { f.line } else { line }, text });
        if in_morestack && ins.flow_control() == iced_x86::FlowControl::UnconditionalBranch {
            in_morestack = false;
        }
    }
    data(&mut items, code, layout.code_end, code.len(), f.line, false);
    let mut kinds = Vec::new();
    for (r, t) in f.relocs.iter().zip(types) {
        kinds.push(
            t.ok_or_else(|| format!("relocation at {} ({} {}) is not in an instruction", r.offset, r.kind, r.target))?,
        );
    }
    Ok((items, kinds))
}

/// Data inside the function as gc's data directives, naturally aligned
/// (`QUAD` where 8 bytes are 8-aligned, then `LONG`, `WORD`, `BYTE`), or
/// all `LONG` for a jump table.
fn data(items: &mut Vec<Item>, code: &[u8], start: usize, end: usize, line: u32, table: bool) {
    let mut at = start;
    while at < end {
        let n = if table { 4 } else { [8, 4, 2, 1].into_iter().find(|n| at % n == 0 && at + n <= end).unwrap() };
        let mut v = [0u8; 8];
        v[..n].copy_from_slice(&code[at..at + n]);
        let value = u64::from_le_bytes(v);
        let name = match n {
            8 => "QUAD",
            4 => "LONG",
            2 => "WORD",
            _ => "BYTE",
        };
        items.push(Item { pc: at as u32, line, text: format!("{name}\t${value:#x}") });
        at += n;
    }
}

/// gc's names of the x86 condition codes, as in `JLS`, `SETEQ`, `CMOVQLT`.
fn condition(cc: ConditionCode) -> Option<&'static str> {
    use ConditionCode::*;
    Some(match cc {
        o => "OS",
        no => "OC",
        b => "CS",
        ae => "CC",
        e => "EQ",
        ne => "NE",
        be => "LS",
        a => "HI",
        s => "MI",
        ns => "PL",
        p => "PS",
        np => "PC",
        l => "LT",
        ge => "GE",
        le => "LE",
        g => "GT",
        _ => return Option::None,
    })
}

fn suffix(size: usize) -> Option<&'static str> {
    match size {
        1 => Some("B"),
        2 => Some("W"),
        4 => Some("L"),
        8 => Some("Q"),
        _ => None,
    }
}

fn is_shift(m: Mnemonic) -> bool {
    use Mnemonic::*;
    matches!(m, Shl | Shr | Sar | Rol | Ror | Rcl | Rcr)
}

/// The operation size in bytes: the first operand's if it is a general
/// register, else the memory operand's, else the first general register's.
fn op_size(ins: &Instruction) -> usize {
    if ins.op_count() > 0 && ins.op0_kind() == OpKind::Register && ins.op0_register().is_gpr() {
        return ins.op0_register().size();
    }
    if (0..ins.op_count()).any(|i| ins.op_kind(i) == OpKind::Memory) {
        return ins.memory_size().size();
    }
    (0..ins.op_count())
        .find(|&i| ins.op_kind(i) == OpKind::Register && ins.op_register(i).is_gpr())
        .map_or(0, |i| ins.op_register(i).size())
}

/// The size in bytes of operand `i` (register or memory).
fn operand_size(ins: &Instruction, i: u32) -> usize {
    match ins.op_kind(i) {
        OpKind::Register => ins.op_register(i).size(),
        OpKind::Memory => ins.memory_size().size(),
        _ => 0,
    }
}

/// SSE instructions whose gc name is the Intel one.
const SAME_NAME: &[Mnemonic] = {
    use Mnemonic::*;
    &[
        Addsd, Addss, Subsd, Subss, Mulsd, Mulss, Divsd, Divss, Sqrtsd, Sqrtss, Minsd, Minss, Maxsd, Maxss, Andps,
        Andpd, Andnps, Andnpd, Orps, Orpd, Xorps, Xorpd, Ucomisd, Ucomiss, Comisd, Comiss, Cvtsd2ss, Cvtss2sd, Movaps,
        Movapd, Movups, Movupd, Movss, Roundsd, Roundss, Pxor, Pand, Pandn, Por, Pshufd, Shufps, Shufpd, Unpcklps,
        Unpcklpd, Unpckhps, Unpckhpd, Paddq, Psubq, Paddb, Paddw, Psubb, Psubw, Pcmpeqb, Pcmpeqw, Pcmpeqq, Movmskps,
        Movmskpd, Pmovmskb, Ptest, Pshufb, Movlhps, Movhlps,
    ]
};

/// gc's mnemonic for an instruction, or None if this printer does not know it.
fn mnemonic(ins: &Instruction) -> Option<String> {
    use Mnemonic::*;
    let m = ins.mnemonic();
    let sized = |base: &str| suffix(op_size(ins)).map(|s| format!("{base}{s}"));
    let upper = || format!("{m:?}").to_uppercase();
    if ins.has_lock_prefix() || ins.has_rep_prefix() || ins.has_repne_prefix() || ins.segment_prefix() != Register::None
    {
        return None;
    }
    Some(match m {
        Add | Adc | Sub | Sbb | And | Or | Xor | Cmp | Test | Neg | Not | Inc | Dec | Mul | Div | Idiv | Shl | Shr
        | Sar | Rol | Ror | Rcl | Rcr | Bsf | Bsr | Bt | Bts | Btr | Btc | Popcnt | Lzcnt | Tzcnt | Xchg | Xadd
        | Cmpxchg | Bswap | Lea => sized(&upper())?,
        Mov => {
            // MOV to or from an XMM register does not exist; segment and
            // control registers are not gocc's.
            if (0..ins.op_count()).any(|i| ins.op_kind(i) == OpKind::Register && !ins.op_register(i).is_gpr()) {
                return None;
            }
            sized("MOV")?
        }
        Imul if ins.op_count() == 3 => format!("IMUL3{}", suffix(op_size(ins))?),
        Imul => sized("IMUL")?,
        Push | Pop if op_size(ins) == 8 => format!("{}Q", upper()),
        Movzx | Movsx => {
            let from = suffix(operand_size(ins, 1))?;
            let to = suffix(operand_size(ins, 0))?;
            format!("MOV{from}{to}{}", if m == Movzx { "ZX" } else { "SX" })
        }
        Movsxd if operand_size(ins, 0) == 8 && operand_size(ins, 1) == 4 => "MOVLQSX".into(),
        Cbw | Cwde | Cdqe | Cwd | Cdq | Cqo => upper(),
        Jmp => "JMP".into(),
        Call => "CALL".into(),
        Ret if ins.op_count() == 0 => "RET".into(),
        Ud2 => "UD2".into(),
        Hlt => "HLT".into(),
        Pause => "PAUSE".into(),
        Mfence | Lfence | Sfence => upper(),
        Nop => "NOP".into(),
        Ja | Jae | Jb | Jbe | Je | Jne | Jg | Jge | Jl | Jle | Jo | Jno | Jp | Jnp | Js | Jns => {
            format!("J{}", condition(ins.condition_code())?)
        }
        Seta | Setae | Setb | Setbe | Sete | Setne | Setg | Setge | Setl | Setle | Seto | Setno | Setp | Setnp
        | Sets | Setns => format!("SET{}", condition(ins.condition_code())?),
        Cmova | Cmovae | Cmovb | Cmovbe | Cmove | Cmovne | Cmovg | Cmovge | Cmovl | Cmovle | Cmovo | Cmovno | Cmovp
        | Cmovnp | Cmovs | Cmovns => {
            let s = suffix(op_size(ins)).filter(|s| *s != "B")?;
            format!("CMOV{s}{}", condition(ins.condition_code())?)
        }
        // The SSE MOVSD, not the string instruction of the same name.
        Movsd if matches!(ins.code(), Code::Movsd_xmm_xmmm64 | Code::Movsd_xmmm64_xmm) => "MOVSD".into(),
        Movdqa => "MOVO".into(),
        Movdqu => "MOVOU".into(),
        // MOVD is MOVL in gc's assembler, MOVQ stays MOVQ.
        Movd => "MOVL".into(),
        Movq => "MOVQ".into(),
        Paddd => "PADDL".into(),
        Psubd => "PSUBL".into(),
        Pcmpeqd => "PCMPEQL".into(),
        Punpckldq => "PUNPCKLLQ".into(),
        Punpcklqdq => "PUNPCKLQDQ".into(),
        Psllq | Psrlq => upper(),
        Pslld => "PSLLL".into(),
        Psrld => "PSRLL".into(),
        Psrad => "PSRAL".into(),
        Cvtsi2sd | Cvtsi2ss => {
            let from = match operand_size(ins, 1) {
                4 => "L",
                8 => "Q",
                _ => return None,
            };
            format!("CVTS{from}2S{}", if m == Cvtsi2sd { "D" } else { "S" })
        }
        Cvttsd2si | Cvttss2si | Cvtsd2si | Cvtss2si => {
            let to = match operand_size(ins, 0) {
                4 => "L",
                8 => "Q",
                _ => return None,
            };
            let base = upper();
            format!("{}{to}", base.trim_end_matches('I'))
        }
        m if SAME_NAME.contains(&m) => upper(),
        _ => return None,
    })
}

/// gc's name of a register. An 8-bit register keeps its 8-bit name (`AL`,
/// `SIB`, `R8B`): it appears only in byte instructions, whose registers
/// gc's assembler renames the same way (asm6.go `bytereg`).
fn register(r: Register) -> Option<String> {
    use Register::*;
    if r.is_xmm() {
        return Some(format!("X{}", r.number()));
    }
    if !r.is_gpr() {
        return Option::None;
    }
    if r.size() == 1 {
        return Some(
            match r {
                AL => "AL",
                CL => "CL",
                DL => "DL",
                BL => "BL",
                AH => "AH",
                CH => "CH",
                DH => "DH",
                BH => "BH",
                SPL => "SPB",
                BPL => "BPB",
                SIL => "SIB",
                DIL => "DIB",
                _ => return Some(format!("R{}B", r.full_register().number())),
            }
            .to_string(),
        );
    }
    let full = r.full_register();
    Some(
        match full {
            RAX => "AX",
            RCX => "CX",
            RDX => "DX",
            RBX => "BX",
            RSP => "SP",
            RBP => "BP",
            RSI => "SI",
            RDI => "DI",
            _ => return Some(format!("R{}", full.number())),
        }
        .to_string(),
    )
}

/// `sym(SB)` or `sym+off(SB)`, gc's `offConv`.
fn symbol(name: &str, off: i64) -> String {
    if off == 0 { format!("{name}(SB)") } else { format!("{name}{off:+}(SB)") }
}

/// An immediate as gc prints it: decimal, signed at the operation's width,
/// except a 32-bit load into a register (`MOVL $4294901760, DX`, which
/// zero-extends) and counts (shifts, `ROUNDSD` modes), which are unsigned.
fn immediate(ins: &Instruction, i: u32) -> i64 {
    let v = ins.immediate(i);
    match ins.op_kind(i) {
        OpKind::Immediate8 if op_size(ins) == 1 => v as u8 as i8 as i64,
        OpKind::Immediate8 => v as u8 as i64,
        OpKind::Immediate16 | OpKind::Immediate8to16 => v as u16 as i16 as i64,
        OpKind::Immediate32 if ins.mnemonic() == Mnemonic::Mov && ins.op0_kind() == OpKind::Register => v as u32 as i64,
        OpKind::Immediate32 | OpKind::Immediate8to32 => v as u32 as i32 as i64,
        _ => v as i64,
    }
}

/// Operand `i` in gc's syntax. `reloc` patches some bytes of the instruction.
fn operand(ins: &Instruction, i: u32, reloc: Option<&Reloc>, f: &CompiledFunc) -> Result<String, String> {
    let unknown = || format!("operand {i} of {:?}", ins.code());
    match ins.op_kind(i) {
        OpKind::Register => {
            let r = ins.op_register(i);
            // gc writes the count of a wider shift as CX (`SHLQ CX, AX`).
            let r = if r == Register::CL && is_shift(ins.mnemonic()) && op_size(ins) != 1 { Register::RCX } else { r };
            register(r).ok_or_else(unknown)
        }
        OpKind::NearBranch16 | OpKind::NearBranch32 | OpKind::NearBranch64 => match reloc {
            // A call's field is patched with S + A - P: the callee is at
            // offset A + 4 of the symbol (0 for a plain call).
            Some(r) => Ok(symbol(&r.target, r.addend + ins.next_ip() as i64 - r.offset as i64)),
            None => Ok(ins.near_branch_target().to_string()),
        },
        OpKind::Immediate8
        | OpKind::Immediate16
        | OpKind::Immediate32
        | OpKind::Immediate64
        | OpKind::Immediate8to16
        | OpKind::Immediate8to32
        | OpKind::Immediate8to64
        | OpKind::Immediate32to64 => match reloc {
            Some(r) if r.kind.starts_with("Abs") => Ok(format!("${}", symbol(&r.target, r.addend))),
            _ => Ok(format!("${}", immediate(ins, i))),
        },
        OpKind::Memory => {
            if ins.memory_base() == Register::RIP {
                if let Some(r) = reloc {
                    // The field holds S + A - P; the operand's address is
                    // the end of the instruction plus the field.
                    return Ok(symbol(&r.target, r.addend + ins.next_ip() as i64 - r.offset as i64));
                }
                let target = ins.ip_rel_memory_address();
                if target >= f.code.len() as u64 {
                    return Err(format!("RIP-relative operand outside the function ({target:#x})"));
                }
                return Ok(symbol(&f.symbol, target as i64));
            }
            if ins.memory_segment() != Register::DS && ins.memory_segment() != Register::SS {
                return Err(unknown());
            }
            let mut s = String::new();
            let disp = ins.memory_displacement64() as i64;
            let base = ins.memory_base();
            let index = ins.memory_index();
            if base == Register::None {
                write!(s, "{disp}").unwrap();
            } else {
                if disp != 0 {
                    write!(s, "{disp}").unwrap();
                }
                write!(s, "({})", register(base).ok_or_else(unknown)?).unwrap();
            }
            if index != Register::None {
                write!(s, "({}*{})", register(index).ok_or_else(unknown)?, ins.memory_index_scale()).unwrap();
            }
            Ok(s)
        }
        _ => Err(unknown()),
    }
}

/// One instruction in gc's syntax: `MNEMONIC\tsrc, dst`.
fn instruction(ins: &Instruction, reloc: Option<&Reloc>, f: &CompiledFunc) -> Result<String, String> {
    let name = mnemonic(ins).ok_or_else(|| format!("cannot print {:?} in Plan 9 syntax", ins.code()))?;
    // A NOP of any length is gc's `NOP`.
    if ins.mnemonic() == Mnemonic::Nop {
        return Ok(name);
    }
    let mut ops = Vec::new();
    for i in 0..ins.op_count() {
        ops.push(operand(ins, i, reloc, f)?);
    }
    // Source first, as gc writes; CMP reads left to right in both.
    if ins.mnemonic() != Mnemonic::Cmp {
        ops.reverse();
    }
    if ops.is_empty() { Ok(name) } else { Ok(format!("{name}\t{}", ops.join(", "))) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn func(code: &[u8], relocs: Vec<Reloc>) -> CompiledFunc {
        CompiledFunc {
            symbol: "main.f".into(),
            file: 0,
            code: code.to_vec(),
            relocs,
            srclocs: vec![(0, code.len() as u32, 3)],
            inline_ranges: vec![],
            inlines: vec![],
            stack_maps: vec![],
            frame_size: 0,
            nargs: 0,
            line: 3,
            args_size: 0,
            id: cranelift_module::FuncId::from_u32(0),
        }
    }

    fn body(listing: &str) -> Vec<String> {
        listing
            .lines()
            // `\t0x0010 00016 (x.go:3)\tMOVQ\t...`: a 5-digit offset, where a
            // hex dump row has a 2-digit byte.
            .filter(|l| l.starts_with("\t0x") && l.split(' ').nth(1).is_some_and(|w| w.len() >= 5))
            .filter(|l| !l.contains(")\tTEXT\t"))
            .map(|l| l.split('\t').skip(2).collect::<Vec<_>>().join("\t"))
            .collect()
    }

    #[test]
    fn unknown_instructions_are_errors() {
        // CPUID has no place in gocc's code: the printer must refuse it.
        let err = function(&func(&[0x0f, 0xa2, 0xc3], vec![]), "x.go").unwrap_err();
        assert!(err.contains("Cpuid"), "{err}");
    }

    #[test]
    fn operands_and_names() {
        let code = [
            0x48, 0x89, 0xf8, // mov rax, rdi
            0x4c, 0x89, 0xf8, // mov rax, r15
            0x48, 0x8b, 0x40, 0x10, // mov rax, [rax+16]
            0x48, 0x39, 0xc4, // cmp rsp, rax
            0x76, 0x00, // jbe +0
            0x0f, 0xb6, 0xc0, // movzx eax, al
            0x48, 0x63, 0xc1, // movsxd rax, ecx
            0x48, 0xd3, 0xe0, // shl rax, cl
            0x0f, 0x94, 0xc0, // sete al
            0x48, 0x8d, 0x04, 0x8f, // lea rax, [rdi+rcx*4]
            0xc6, 0x00, 0xc8, // mov byte [rax], 0xc8
            0xba, 0x00, 0x00, 0xff, 0xff, // mov edx, 0xffff0000
            0x48, 0x99, // cqo
            0xf2, 0x48, 0x0f, 0x2a, 0xc7, // cvtsi2sd xmm0, rdi
            0x48, 0x0f, 0x4c, 0xc1, // cmovl rax, rcx
            0xc3, // ret
        ];
        let got = body(&function(&func(&code, vec![]), "x.go").unwrap());
        let want = [
            "MOVQ\tDI, AX",
            "MOVQ\tR15, AX",
            "MOVQ\t16(AX), AX",
            "CMPQ\tSP, AX",
            "JLS\t15",
            "MOVBLZX\tAL, AX",
            "MOVLQSX\tCX, AX",
            "SHLQ\tCX, AX",
            "SETEQ\tAL",
            "LEAQ\t(DI)(CX*4), AX",
            "MOVB\t$-56, (AX)",
            "MOVL\t$4294901760, DX",
            "CQO",
            "CVTSQ2SD\tDI, X0",
            "CMOVQLT\tCX, AX",
            "RET",
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn relocations_and_constant_pool() {
        let code = [
            0xe8, 0, 0, 0, 0, // call sym
            0x48, 0x8d, 0x3d, 0, 0, 0, 0, // lea rdi, [rip+sym]
            0xf2, 0x0f, 0x10, 0x05, 0x04, 0, 0, 0,    // movsd xmm0, [rip+4] -> 0x18
            0xc3, // ret
            0, 0, 0, // padding
            0, 0, 0, 0, 0, 0, 0xf0, 0x3f, // 1.0 at 0x18
        ];
        let relocs = vec![
            Reloc { offset: 1, kind: "X86CallPCRel4".into(), target: "runtime.newobject".into(), addend: -4 },
            Reloc { offset: 8, kind: "X86PCRel4".into(), target: "go:string.\"hi\"".into(), addend: -4 },
        ];
        let out = function(&func(&code, relocs), "x.go").unwrap();
        let got = body(&out);
        let want = [
            "CALL\truntime.newobject(SB)",
            "LEAQ\tgo:string.\"hi\"(SB), DI",
            "MOVSD\tmain.f+24(SB), X0",
            "RET",
            "BYTE\t$0x0",
            "WORD\t$0x0",
            "QUAD\t$0x3ff0000000000000",
        ];
        assert_eq!(got, want);
        assert!(out.contains("\trel 1+4 t=R_CALL runtime.newobject+0\n"), "{out}");
        assert!(out.contains("\trel 8+4 t=R_PCREL go:string.\"hi\"+0\n"), "{out}");
    }

    #[test]
    fn jump_tables_are_data() {
        let code = [
            0x48, 0x8d, 0x0d, 0x09, 0, 0, 0, // lea rcx, [rip+9] -> 0x10
            0x48, 0x63, 0x04, 0xb9, // movsxd rax, [rcx+rdi*4]
            0x48, 0x01, 0xc1, // add rcx, rax
            0xff, 0xe1, // jmp rcx
            0x09, 0, 0, 0, // 0x10: -> 0x19
            0x09, 0, 0, 0,    // 0x14: -> 0x19
            0xc3, // 0x18: ret
            0xc3, // 0x19: ret
        ];
        let got = body(&function(&func(&code, vec![]), "x.go").unwrap());
        assert_eq!(got[4..], ["LONG\t$0x9", "LONG\t$0x9", "RET", "RET"]);
    }

    /// Every name and operand order in the tables, one instruction each.
    /// Each line was checked once against Go's assembler: `go tool asm`
    /// turns it back into an instruction that GNU objdump disassembles as
    /// these bytes do (GNU `as` made them), with one allowed difference: gc
    /// calls every form of NOP `NOP`.
    #[test]
    fn every_name_in_the_tables() {
        let zoo: &[(&str, &str)] = &[
            ("4801d8", "ADDQ\tBX, AX"),
            ("83c005", "ADDL\t$5, AX"),
            ("0407", "ADDB\t$7, AL"),
            ("66830003", "ADDW\t$3, (AX)"),
            ("4811c8", "ADCQ\tCX, AX"),
            ("482b4a08", "SUBQ\t8(DX), CX"),
            ("4819c8", "SBBQ\tCX, AX"),
            ("4883e0f0", "ANDQ\t$-16, AX"),
            ("09d1", "ORL\tDX, CX"),
            ("4531c0", "XORL\tR8, R8"),
            ("4883f864", "CMPQ\tAX, $100"),
            ("803f00", "CMPB\t(DI), $0"),
            ("4885c0", "TESTQ\tAX, AX"),
            ("a801", "TESTB\t$1, AL"),
            ("48f7d8", "NEGQ\tAX"),
            ("f7d1", "NOTL\tCX"),
            ("48ffc0", "INCQ\tAX"),
            ("41ffc9", "DECL\tR9"),
            ("48f7e1", "MULQ\tCX"),
            ("48f7f1", "DIVQ\tCX"),
            ("49f7f8", "IDIVQ\tR8"),
            ("480fafc1", "IMULQ\tCX, AX"),
            ("486bc107", "IMUL3Q\t$7, CX, AX"),
            ("48f7e9", "IMULQ\tCX"),
            ("48d3e0", "SHLQ\tCX, AX"),
            ("48c1e003", "SHLQ\t$3, AX"),
            ("d1e9", "SHRL\t$1, CX"),
            ("48c1fa3f", "SARQ\t$63, DX"),
            ("48c1c005", "ROLQ\t$5, AX"),
            ("d3c8", "RORL\tCX, AX"),
            ("480fbcc1", "BSFQ\tCX, AX"),
            ("480fbdc1", "BSRQ\tCX, AX"),
            ("480fa3c8", "BTQ\tCX, AX"),
            ("480fbae803", "BTSQ\t$3, AX"),
            ("f3480fb8c1", "POPCNTQ\tCX, AX"),
            ("f3480fbdc1", "LZCNTQ\tCX, AX"),
            ("f30fbcc1", "TZCNTL\tCX, AX"),
            ("4891", "XCHGQ\tAX, CX"),
            ("480fc8", "BSWAPQ\tAX"),
            ("0fc9", "BSWAPL\tCX"),
            ("488d44f710", "LEAQ\t16(DI)(SI*8), AX"),
            ("8d4701", "LEAL\t1(DI), AX"),
            ("48b88967452301000000", "MOVQ\t$4886718345, AX"),
            ("c600c8", "MOVB\t$-56, (AX)"),
            ("66894802", "MOVW\tCX, 2(AX)"),
            ("0fb6c0", "MOVBLZX\tAL, AX"),
            ("480fb707", "MOVWQZX\t(DI), AX"),
            ("480fbe07", "MOVBQSX\t(DI), AX"),
            ("0fbfca", "MOVWLSX\tDX, CX"),
            ("4863c1", "MOVLQSX\tCX, AX"),
            ("6698", "CBW"),
            ("98", "CWDE"),
            ("4898", "CDQE"),
            ("6699", "CWD"),
            ("99", "CDQ"),
            ("4899", "CQO"),
            ("55", "PUSHQ\tBP"),
            ("5d", "POPQ\tBP"),
            ("0f94c0", "SETEQ\tAL"),
            ("0f92c1", "SETCS\tCL"),
            ("0f9bc2", "SETPC\tDL"),
            ("400f90c6", "SETOS\tSIB"),
            ("480f4cc1", "CMOVQLT\tCX, AX"),
            ("0f47ca", "CMOVLHI\tDX, CX"),
            ("4d0f4ac1", "CMOVQPS\tR9, R8"),
            ("0f0b", "UD2"),
            ("f4", "HLT"),
            ("f390", "PAUSE"),
            ("0faef0", "MFENCE"),
            ("0faee8", "LFENCE"),
            ("0faef8", "SFENCE"),
            ("90", "NOP"),
            ("f20f1000", "MOVSD\t(AX), X0"),
            ("f20f1108", "MOVSD\tX1, (AX)"),
            ("f20f10c1", "MOVSD\tX1, X0"),
            ("f30f105704", "MOVSS\t4(DI), X2"),
            ("0f28c1", "MOVAPS\tX1, X0"),
            ("660f28c1", "MOVAPD\tX1, X0"),
            ("0f1000", "MOVUPS\t(AX), X0"),
            ("660f1118", "MOVUPD\tX3, (AX)"),
            ("660f6fc1", "MOVO\tX1, X0"),
            ("f30f6f06", "MOVOU\t(SI), X0"),
            ("f30f7f07", "MOVOU\tX0, (DI)"),
            ("660f6ec0", "MOVL\tAX, X0"),
            ("660f7ec0", "MOVL\tX0, AX"),
            ("66480f6ec0", "MOVQ\tAX, X0"),
            ("66480f7ec0", "MOVQ\tX0, AX"),
            ("f30f7ec1", "MOVQ\tX1, X0"),
            ("f20f58c1", "ADDSD\tX1, X0"),
            ("f30f58c1", "ADDSS\tX1, X0"),
            ("f20f5c00", "SUBSD\t(AX), X0"),
            ("f30f5cc1", "SUBSS\tX1, X0"),
            ("f20f59c1", "MULSD\tX1, X0"),
            ("f30f59c1", "MULSS\tX1, X0"),
            ("f20f5ec1", "DIVSD\tX1, X0"),
            ("f30f5ec1", "DIVSS\tX1, X0"),
            ("f20f51c1", "SQRTSD\tX1, X0"),
            ("f30f51c1", "SQRTSS\tX1, X0"),
            ("f20f5dc1", "MINSD\tX1, X0"),
            ("f30f5dc1", "MINSS\tX1, X0"),
            ("f20f5fc1", "MAXSD\tX1, X0"),
            ("f30f5fc1", "MAXSS\tX1, X0"),
            ("0f54c1", "ANDPS\tX1, X0"),
            ("660f54c1", "ANDPD\tX1, X0"),
            ("0f55c1", "ANDNPS\tX1, X0"),
            ("660f55c1", "ANDNPD\tX1, X0"),
            ("0f56c1", "ORPS\tX1, X0"),
            ("660f56c1", "ORPD\tX1, X0"),
            ("0f57c1", "XORPS\tX1, X0"),
            ("660f57c1", "XORPD\tX1, X0"),
            ("660f2ec1", "UCOMISD\tX1, X0"),
            ("0f2ec1", "UCOMISS\tX1, X0"),
            ("660f2fc1", "COMISD\tX1, X0"),
            ("0f2fc1", "COMISS\tX1, X0"),
            ("f20f5ac1", "CVTSD2SS\tX1, X0"),
            ("f30f5ac1", "CVTSS2SD\tX1, X0"),
            ("f2480f2ac0", "CVTSQ2SD\tAX, X0"),
            ("f20f2ac0", "CVTSL2SD\tAX, X0"),
            ("f3480f2ac0", "CVTSQ2SS\tAX, X0"),
            ("f30f2ac0", "CVTSL2SS\tAX, X0"),
            ("f2480f2cc0", "CVTTSD2SQ\tX0, AX"),
            ("f20f2cc0", "CVTTSD2SL\tX0, AX"),
            ("f3480f2cc0", "CVTTSS2SQ\tX0, AX"),
            ("f30f2cc0", "CVTTSS2SL\tX0, AX"),
            ("f2480f2dc0", "CVTSD2SQ\tX0, AX"),
            ("f30f2dc0", "CVTSS2SL\tX0, AX"),
            ("660f3a0bc103", "ROUNDSD\t$3, X1, X0"),
            ("660f3a0ac101", "ROUNDSS\t$1, X1, X0"),
            ("660fefc1", "PXOR\tX1, X0"),
            ("660fdbc1", "PAND\tX1, X0"),
            ("660fdfc1", "PANDN\tX1, X0"),
            ("660febc1", "POR\tX1, X0"),
            ("660f70c11b", "PSHUFD\t$27, X1, X0"),
            ("0fc6c144", "SHUFPS\t$68, X1, X0"),
            ("660fc6c101", "SHUFPD\t$1, X1, X0"),
            ("0f14c1", "UNPCKLPS\tX1, X0"),
            ("660f14c1", "UNPCKLPD\tX1, X0"),
            ("0f15c1", "UNPCKHPS\tX1, X0"),
            ("660f15c1", "UNPCKHPD\tX1, X0"),
            ("660fd4c1", "PADDQ\tX1, X0"),
            ("660ffbc1", "PSUBQ\tX1, X0"),
            ("660ffcc1", "PADDB\tX1, X0"),
            ("660ffdc1", "PADDW\tX1, X0"),
            ("660ffec1", "PADDL\tX1, X0"),
            ("660ff8c1", "PSUBB\tX1, X0"),
            ("660ff9c1", "PSUBW\tX1, X0"),
            ("660ffac1", "PSUBL\tX1, X0"),
            ("660f74c1", "PCMPEQB\tX1, X0"),
            ("660f75c1", "PCMPEQW\tX1, X0"),
            ("660f76c1", "PCMPEQL\tX1, X0"),
            ("660f3829c1", "PCMPEQQ\tX1, X0"),
            ("0f50c0", "MOVMSKPS\tX0, AX"),
            ("660f50c0", "MOVMSKPD\tX0, AX"),
            ("660fd7c0", "PMOVMSKB\tX0, AX"),
            ("660f3817c1", "PTEST\tX1, X0"),
            ("660f3800c1", "PSHUFB\tX1, X0"),
            ("0f16c1", "MOVLHPS\tX1, X0"),
            ("0f12c1", "MOVHLPS\tX1, X0"),
            ("660f62c1", "PUNPCKLLQ\tX1, X0"),
            ("660f6cc1", "PUNPCKLQDQ\tX1, X0"),
            ("660f73f003", "PSLLQ\t$3, X0"),
            ("660fd3c1", "PSRLQ\tX1, X0"),
            ("660f72f002", "PSLLL\t$2, X0"),
            ("660f72d002", "PSRLL\t$2, X0"),
            ("660f72e002", "PSRAL\t$2, X0"),
            ("48c1e002", "SHLQ\t$2, AX"),
            ("48d1d0", "RCLQ\t$1, AX"),
            ("d3d8", "RCRL\tCX, AX"),
            ("48c1d203", "RCLQ\t$3, DX"),
            ("480fb3c8", "BTRQ\tCX, AX"),
            ("480fbaf805", "BTCQ\t$5, AX"),
            ("480fc1c8", "XADDQ\tCX, AX"),
            ("0fc10f", "XADDL\tCX, (DI)"),
            ("480fb10f", "CMPXCHGQ\tCX, (DI)"),
            ("0fb1d1", "CMPXCHGL\tDX, CX"),
            ("660f1f0400", "NOP"),
            ("0f1f00", "NOP"),
        ];
        let code: Vec<u8> = zoo
            .iter()
            .flat_map(|(h, _)| (0..h.len()).step_by(2).map(move |i| u8::from_str_radix(&h[i..i + 2], 16).unwrap()))
            .collect();
        let got = body(&function(&func(&code, vec![]), "x.go").unwrap());
        let want: Vec<&str> = zoo.iter().map(|(_, t)| *t).collect();
        assert_eq!(got, want);
    }
}
