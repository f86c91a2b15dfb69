//! The `-S` listing, checked against the machine code and against Go's own
//! assembler.
//!
//! 1. `every_instruction_prints`: `gocc -S` on every `tests/run/*.go`
//!    program must succeed. The printer has no fallback syntax: an
//!    instruction it cannot spell in Plan 9 makes `gocc -S` exit with status
//!    2 naming it (`cannot print Cpuid in Plan 9 syntax at 0x12`), so a new
//!    instruction in Cranelift's output fails here first. The listing's own
//!    arithmetic is checked too: instruction offsets increase, the hex dump
//!    holds `size` bytes, every `rel` line lies inside the code.
//!
//! 2. `round_trip_through_go_asm` (skipped, with a message, when there is no
//!    `go`: `$GOCC_GO`, else `go` on PATH): the listing must mean to Go's
//!    assembler what the bytes mean to the CPU. For each program:
//!    - gocc's listing becomes a Go assembly file, one `TEXT` per function
//!      (`NOSPLIT|NOFRAME`, `$0-0`, so the assembler adds no prologue of its
//!      own). Instruction lines are copied; branch targets become labels
//!      (`JLS 53` → `JLS L53` with `L53:` before the instruction at 53);
//!      every symbol becomes a plain name (`sym3`), since Go's assembler
//!      cannot spell `go:string."hi"`; `NOP` (a pseudo-instruction that
//!      assembles to nothing in Go) becomes the `BYTE`s it was, and so does
//!      `RET` (Go's assembler counts PUSHes and POPs in program order and
//!      rejects a function with two epilogues as "unbalanced"); data lines
//!      (`QUAD`, `LONG`, `WORD`, `BYTE`) are copied as they are.
//!    - `go tool asm` assembles the file into a Go object file, and
//!      `go tool objdump` prints it back: one line per instruction with its
//!      address, its bytes in hex and its relocation (`[3:7]R_PCREL:sym3+8`).
//!      That is the practical way to get at the bytes: a Go object file is
//!      not ELF, and objdump already knows its format. objdump's own text
//!      (the x86asm package's Go syntax) is not used, only the bytes.
//!    - Both byte streams are decoded with iced-x86 and compared instruction
//!      by instruction: the same mnemonic, the same registers, immediates
//!      (as values, whatever their encoded width), memory operands (base,
//!      index, scale, displacement, size), branch targets as instruction
//!      numbers (Go may pick a shorter jump, which moves everything after
//!      it) and RIP-relative or relocated operands as `symbol+offset`.
//!      Encodings may differ in length; meanings may not.
//!
//! Go: src/cmd/asm (the assembler), src/cmd/internal/obj/x86.

mod common;

use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;

use common::{cases, go_command, go_or_skip, gocc_listing_output, notice, run_all};
use iced_x86::{Decoder, DecoderOptions, Instruction, OpKind, Register};

/// What `gocc -S NAME.go` (run in the file's directory) gave.
enum Listed {
    Listing(String),
    /// The program does not compile: not the printer's business (the
    /// harness's `run_programs` reports it).
    NotCompiled(String),
}

/// `gocc -S NAME.go`. Every failure of the printer itself starts with
/// `gocc: -S: ` and is an error here.
fn gocc_listing(program: &Path) -> Result<Listed, String> {
    let out = gocc_listing_output(program)?;
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    if stderr.starts_with("gocc: -S: ") || (out.status.success() && !stderr.is_empty()) {
        return Err(format!("gocc -S: exit status {:?}\n{stderr}", out.status.code()));
    }
    if !out.status.success() {
        return Ok(Listed::NotCompiled(stderr.lines().next().unwrap_or("").to_string()));
    }
    String::from_utf8(out.stdout).map(Listed::Listing).map_err(|e| e.to_string())
}

/// Runs `check(program, listing)` on every `tests/run` program, in
/// parallel. Programs that do not compile are skipped with a notice; the
/// test fails if none compiled.
fn for_each_listing(check: impl Fn(&Path, &str) -> Result<(), String> + Sync) {
    let programs = cases("tests/run", "go");
    let total = programs.len();
    let skipped = Mutex::new(Vec::new());
    run_all(programs, |program| match gocc_listing(program)? {
        Listed::Listing(listing) => check(program, &listing),
        Listed::NotCompiled(why) => {
            skipped.lock().unwrap().push(format!("{}: {why}", program.display()));
            Ok(())
        }
    });
    let skipped = skipped.into_inner().unwrap();
    for s in &skipped {
        notice(&format!("not compiled, skipped: {s}"));
    }
    assert!(skipped.len() < total, "no program compiled: nothing was listed");
}

/// One line of a function's body: an instruction or a data directive.
#[derive(Debug)]
struct Line {
    pc: usize,
    /// `MOVQ\t16(AX), AX`
    text: String,
    data: bool,
}

#[derive(Debug)]
struct Rel {
    off: usize,
    size: usize,
    kind: String,
    sym: String,
    add: i64,
}

/// A function, parsed back from the listing.
#[derive(Debug)]
struct Func {
    name: String,
    lines: Vec<Line>,
    bytes: Vec<u8>,
    relocs: Vec<Rel>,
}

/// Parses a listing, checking its arithmetic on the way.
fn parse(listing: &str) -> Result<Vec<Func>, String> {
    let mut funcs: Vec<Func> = Vec::new();
    let mut sizes = Vec::new();
    for raw in listing.lines() {
        if !raw.starts_with('\t') {
            // main.f STEXT size=57 align=0x0 args=0x10 locals=0x0 funcid=0x0
            let mut words = raw.split(' ');
            let name = words.next().unwrap().to_string();
            if words.next() != Some("STEXT") {
                return Err(format!("not a function header: {raw}"));
            }
            let size = words.find_map(|w| w.strip_prefix("size=")).ok_or(format!("no size: {raw}"))?;
            sizes.push(size.parse::<usize>().map_err(|e| e.to_string())?);
            funcs.push(Func { name, lines: vec![], bytes: vec![], relocs: vec![] });
            continue;
        }
        let f = funcs.last_mut().ok_or("a line before the first header")?;
        let line = &raw[1..];
        if let Some(rel) = line.strip_prefix("rel ") {
            // rel 45+4 t=R_CALL runtime.morestack_noctxt+0
            let (place, rest) = rel.split_once(" t=").ok_or(format!("bad rel: {raw}"))?;
            let (off, size) = place.split_once('+').ok_or(format!("bad rel: {raw}"))?;
            let (kind, target) = rest.split_once(' ').ok_or(format!("bad rel: {raw}"))?;
            let (sym, add) = target.rsplit_once('+').ok_or(format!("bad rel: {raw}"))?;
            f.relocs.push(Rel {
                off: off.parse().map_err(|_| format!("bad rel: {raw}"))?,
                size: size.parse().map_err(|_| format!("bad rel: {raw}"))?,
                kind: kind.into(),
                sym: sym.into(),
                add: add.parse().map_err(|_| format!("bad rel: {raw}"))?,
            });
            continue;
        }
        let (offset, rest) = line.split_once(' ').ok_or(format!("bad line: {raw}"))?;
        let offset = usize::from_str_radix(offset.trim_start_matches("0x"), 16).map_err(|_| format!("bad: {raw}"))?;
        // An instruction's decimal offset has 5 digits or more; a byte, 2.
        if rest.split(' ').next().is_some_and(|w| w.len() >= 5) {
            // 0x0016 00022 (add.go:4)	LEAQ	(DI)(SI*1), AX
            let (decimal, rest) = rest.split_once(' ').unwrap();
            if decimal.parse::<usize>() != Ok(offset) {
                return Err(format!("hex and decimal offsets differ: {raw}"));
            }
            let (_, text) = rest.split_once(")\t").ok_or(format!("no position: {raw}"))?;
            if text.starts_with("TEXT\t") {
                continue;
            }
            let data = ["QUAD\t", "LONG\t", "WORD\t", "BYTE\t"].iter().any(|d| text.starts_with(d));
            if f.lines.last().is_some_and(|l| l.pc >= offset) {
                return Err(format!("offsets do not increase: {raw}"));
            }
            f.lines.push(Line { pc: offset, text: text.into(), data });
        } else {
            // 0x0010 48 89 e5 ...  ASCII
            if offset != f.bytes.len() {
                return Err(format!("hex dump row at {offset:#x}, expected {:#x}", f.bytes.len()));
            }
            let hex = &rest[..rest.len().min(16 * 3)];
            for b in hex.split(' ').filter(|b| !b.is_empty()) {
                f.bytes.push(u8::from_str_radix(b, 16).map_err(|_| format!("bad hex dump: {raw}"))?);
            }
        }
    }
    for (f, size) in funcs.iter().zip(sizes) {
        if f.bytes.len() != size {
            return Err(format!("{}: size={size} but the hex dump has {} bytes", f.name, f.bytes.len()));
        }
        if f.lines.first().is_none_or(|l| l.pc != 0) || f.lines.last().is_some_and(|l| l.pc >= size) {
            return Err(format!("{}: the lines do not cover the code", f.name));
        }
        if let Some(r) = f.relocs.iter().find(|r| r.off + r.size > size) {
            return Err(format!("{}: relocation {r:?} outside the code", f.name));
        }
    }
    Ok(funcs)
}

#[test]
fn every_instruction_prints() {
    for_each_listing(|_, listing| {
        let funcs = parse(listing)?;
        if !funcs.iter().any(|f| f.name == "main.main") {
            return Err(format!("no main.main in the listing:\n{listing}"));
        }
        Ok(())
    });
}

/// Runs `go ARGS` in dir; returns its stdout.
fn go(go: &Path, args: &[&str], dir: &Path) -> Result<String, String> {
    let out = go_command(go, dir).args(args).output().map_err(|e| format!("running {}: {e}", go.display()))?;
    if !out.status.success() {
        return Err(format!("go {}: {}", args.join(" "), String::from_utf8_lossy(&out.stderr)));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Symbols of one program, renamed for Go's assembler.
#[derive(Default)]
struct Names {
    to_go: HashMap<String, String>,
    from_go: HashMap<String, String>,
}

impl Names {
    fn go_name(&mut self, sym: &str) -> String {
        let n = self.to_go.len();
        let name = self.to_go.entry(sym.to_string()).or_insert_with(|| format!("sym{n}")).clone();
        self.from_go.insert(name.clone(), sym.to_string());
        name
    }
}

/// Replaces the symbol `sym` in an operand text (`sym(SB)`, `sym+8(SB)`,
/// `$sym(SB)`) with `to`.
fn rename(text: &str, sym: &str, to: &str) -> String {
    let mut out = text.to_string();
    for tail in ["(SB)", "+", "-"] {
        out = out.replace(&format!("{sym}{tail}"), &format!("{to}{tail}"));
    }
    out
}

/// The Go assembly file for gocc's listing of one program.
fn go_assembly(funcs: &[Func], names: &mut Names) -> Result<String, String> {
    let mut s = String::new();
    for f in funcs {
        s += &format!("TEXT {}(SB), 516, $0-0\n", names.go_name(&f.name)); // NOSPLIT|NOFRAME
        let mut labels: Vec<usize> = Vec::new();
        let mut body = Vec::new();
        for (i, line) in f.lines.iter().enumerate() {
            let end = f.lines.get(i + 1).map_or(f.bytes.len(), |n| n.pc);
            let mut text = line.text.clone();
            if text == "NOP" || text == "RET" {
                let bytes: Vec<String> = f.bytes[line.pc..end].iter().map(|b| format!("BYTE $0x{b:02x}")).collect();
                body.push((line.pc, bytes.join("; ")));
                continue;
            }
            for r in f.relocs.iter().filter(|r| r.off >= line.pc && r.off < end) {
                let to = names.go_name(&r.sym);
                text = rename(&text, &r.sym, &to);
            }
            // The function's own address: its constant pool.
            let own = names.go_name(&f.name);
            text = rename(&text, &f.name, &own);
            if let Some((op, target)) = text.split_once('\t') {
                if op.starts_with('J') && target.bytes().all(|b| b.is_ascii_digit()) {
                    let target: usize = target.parse().unwrap();
                    labels.push(target);
                    text = format!("{op}\tL{target}");
                }
            }
            body.push((line.pc, text));
        }
        for (pc, text) in body {
            if labels.contains(&pc) {
                s += &format!("L{pc}:\n");
            }
            s += &format!("\t{text}\n");
        }
        if let Some(t) = labels.iter().find(|t| !f.lines.iter().any(|l| l.pc == **t)) {
            return Err(format!("{}: branch to {t}, which is not the start of a line", f.name));
        }
    }
    Ok(s)
}

/// A function of Go's object file: its bytes and relocations
/// (offset in the function, symbol, addend).
#[derive(Default)]
struct GoFunc {
    bytes: Vec<u8>,
    relocs: Vec<(usize, String, i64)>,
}

/// Reads `go tool objdump`'s output for an object file:
///   TEXT sym0(SB) /tmp/x.s
///     x.s:2		0x3e4		4c89f8		MOVQ R15, AX
///     x.s:6		0x3f0		f20f100500000000	MOVSD_XMM 0(IP), X0	[4:8]R_PCREL:sym0+48
fn parse_objdump(text: &str) -> Result<HashMap<String, GoFunc>, String> {
    let mut funcs: HashMap<String, GoFunc> = HashMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("TEXT ") {
            let name = rest.split("(SB)").next().unwrap().to_string();
            funcs.insert(name.clone(), GoFunc::default());
            current = Some(name);
            continue;
        }
        let Some(name) = &current else { continue };
        let f = funcs.get_mut(name).unwrap();
        let fields: Vec<&str> = line.split('\t').filter(|s| !s.trim().is_empty()).collect();
        if fields.len() < 3 {
            continue;
        }
        let start = f.bytes.len();
        let hex = fields[2].trim();
        for i in (0..hex.len()).step_by(2) {
            f.bytes.push(u8::from_str_radix(&hex[i..i + 2], 16).map_err(|_| format!("objdump: {line}"))?);
        }
        if let Some(rel) = fields.iter().find(|f| f.starts_with('[')) {
            // [4:8]R_PCREL:sym0+48
            let (range, rest) = rel[1..].split_once(']').unwrap();
            let from: usize = range.split(':').next().unwrap().parse().unwrap();
            let target = rest.split_once(':').map_or("", |(_, t)| t).trim();
            let (sym, add) = match target.rfind(['+', '-']) {
                Some(i) => (&target[..i], target[i..].trim_start_matches('+').parse().unwrap_or(0)),
                None => (target, 0),
            };
            f.relocs.push((start + from, sym.to_string(), add));
        }
    }
    Ok(funcs)
}

/// A relocation seen from the instruction: the symbol and the addend that
/// gives the address the instruction means (as `RIP-relative target =
/// symbol + offset`).
struct Patch {
    at: usize,
    sym: String,
    /// gc's addend: relative to the end of the 4-byte field.
    add: i64,
    pc_relative: bool,
}

/// One instruction, reduced to what it means: mnemonic and operands, with
/// branch targets as instruction numbers and patched operands as symbols.
fn meaning(ins: &Instruction, patches: &[Patch], index_of: &HashMap<u64, usize>, names: &Names, own: &str) -> String {
    let patch = patches.iter().find(|p| (p.at as u64) >= ins.ip() && (p.at as u64) < ins.next_ip());
    let symbolic = |p: &Patch| {
        let sym = names.from_go.get(&p.sym).cloned().unwrap_or_else(|| p.sym.clone());
        // Target = end of field + field = end of instruction + addend - (end of instruction - end of field).
        let off = if p.pc_relative { p.add - (ins.next_ip() as i64 - (p.at as i64 + 4)) } else { p.add };
        format!("{sym}{off:+}")
    };
    let mut s = format!("{:?}", ins.mnemonic());
    let width = (0..ins.op_count())
        .find_map(|i| match ins.op_kind(i) {
            OpKind::Register => Some(ins.op_register(i).size()),
            OpKind::Memory => Some(ins.memory_size().size()),
            _ => None,
        })
        .unwrap_or(8);
    for i in 0..ins.op_count() {
        s.push(' ');
        s += &match ins.op_kind(i) {
            OpKind::Register => format!("{:?}", ins.op_register(i)),
            OpKind::NearBranch16 | OpKind::NearBranch32 | OpKind::NearBranch64 => match patch {
                Some(p) => symbolic(p),
                None => match index_of.get(&ins.near_branch_target()) {
                    Some(n) => format!("#{n}"),
                    None => format!("?{:#x}", ins.near_branch_target()),
                },
            },
            OpKind::Memory if ins.memory_base() == Register::RIP => {
                let target = match patch {
                    Some(p) => symbolic(p),
                    None => format!("{own}{:+}", ins.ip_rel_memory_address() as i64),
                };
                format!("[{target}]{:?}", ins.memory_size())
            }
            OpKind::Memory => format!(
                "[{:?}+{:?}*{}{:+}]{:?}",
                ins.memory_base(),
                ins.memory_index(),
                ins.memory_index_scale(),
                ins.memory_displacement64() as i64,
                ins.memory_size()
            ),
            _ => match patch {
                Some(p) => format!("${}", symbolic(p)),
                None => {
                    let mask = if width >= 8 { u64::MAX } else { (1u64 << (8 * width)) - 1 };
                    format!("${:#x}", ins.immediate(i) & mask)
                }
            },
        };
    }
    s
}

/// Decodes one instruction of `bytes` at offset `at`.
fn decode_at(bytes: &[u8], at: usize) -> Instruction {
    let mut dec = Decoder::with_ip(64, &bytes[at.min(bytes.len())..], at as u64, DecoderOptions::NONE);
    dec.decode()
}

/// Compares what gocc's bytes and Go's assembler's bytes mean, line by line
/// of the listing. Data lines are skipped on both sides: Go's object holds
/// the same data bytes, so its instructions after them start that much later.
fn compare(f: &Func, gof: &GoFunc, names: &Names) -> Result<(), String> {
    let mut pairs = Vec::new();
    let mut at = 0;
    for (i, line) in f.lines.iter().enumerate() {
        let len = f.lines.get(i + 1).map_or(f.bytes.len(), |n| n.pc) - line.pc;
        if line.data {
            at += len;
            continue;
        }
        let ours = decode_at(&f.bytes, line.pc);
        if ours.is_invalid() || ours.len() != len {
            return Err(format!("{}: {:#x} {}: the listing's line is not one instruction", f.name, line.pc, line.text));
        }
        let theirs = decode_at(&gof.bytes, at);
        if theirs.is_invalid() {
            return Err(format!(
                "{}: {:#x} {}: Go's assembler's bytes end or do not decode",
                f.name, line.pc, line.text
            ));
        }
        at += theirs.len();
        pairs.push((line, ours, theirs));
    }
    let our_patches: Vec<Patch> = f
        .relocs
        .iter()
        .map(|r| Patch { at: r.off, sym: r.sym.clone(), add: r.add, pc_relative: r.kind != "R_ADDR" })
        .collect();
    let their_patches: Vec<Patch> = gof
        .relocs
        .iter()
        .map(|(at, sym, add)| Patch { at: *at, sym: sym.clone(), add: *add, pc_relative: true })
        .collect();
    // Branch targets as instruction numbers, on each side.
    let our_index: HashMap<u64, usize> = pairs.iter().enumerate().map(|(n, p)| (p.1.ip(), n)).collect();
    let their_index: HashMap<u64, usize> = pairs.iter().enumerate().map(|(n, p)| (p.2.ip(), n)).collect();
    for (line, ours, theirs) in &pairs {
        let want = meaning(ours, &our_patches, &our_index, names, &f.name);
        let got = meaning(theirs, &their_patches, &their_index, names, &f.name);
        if want != got {
            return Err(format!(
                "{}: {:#06x} {}\n  gocc's bytes mean: {want}\n  Go's assembler's:  {got}",
                f.name, line.pc, line.text
            ));
        }
    }
    Ok(())
}

#[test]
fn round_trip_through_go_asm() {
    let Some(go_cmd) = go_or_skip("round trip") else { return };
    let work = tempfile::tempdir().unwrap();
    for_each_listing(|program, listing| {
        let funcs = parse(listing)?;
        let mut names = Names::default();
        let asm = go_assembly(&funcs, &mut names)?;
        let stem = program.file_stem().unwrap().to_string_lossy().into_owned();
        let dir = work.path().join(&stem);
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        std::fs::write(dir.join("x.s"), &asm).map_err(|e| e.to_string())?;
        go(&go_cmd, &["tool", "asm", "-p", "main", "-o", "x.o", "x.s"], &dir)
            .map_err(|e| format!("{e}\n(the file is kept in {})", dir.display()))?;
        let objdump = parse_objdump(&go(&go_cmd, &["tool", "objdump", "x.o"], &dir)?)?;
        let mut failures = Vec::new();
        for f in &funcs {
            let Some(gof) = objdump.get(&names.to_go[&f.name]) else {
                failures.push(format!("{}: not in Go's object file", f.name));
                continue;
            };
            if let Err(e) = compare(f, gof, &names) {
                failures.push(e);
            }
        }
        if failures.is_empty() { Ok(()) } else { Err(failures.join("\n")) }
    });
}
