//! The pipeline, from file names to an executable.
//!
//! `compile` runs the front end (parse every file, then check the package)
//! and stops with the diagnostics if there are any; otherwise it runs the
//! back end and returns the object file's bytes. `build` adds the link, in a
//! temporary directory that disappears afterwards, so nothing but the
//! executable is left behind.
//!
//! Go: src/cmd/go/internal/work (the build action graph, much simplified).

use crate::diag::Diagnostics;
use crate::source::{SourceMap, Span};
use crate::{bounds, escape, inline, ir, link, order, plan9, ssagen, stdlib, syntax, types};
use std::path::Path;

/// Why a build failed: compile errors (exit status 1) or a problem with the
/// command or the environment (exit status 2).
pub enum Failure {
    Diagnostics(String),
    Usage(String),
    Internal(String),
}

/// Reads the files into a source map (missing files are usage errors).
pub fn load(files: &[String]) -> Result<(SourceMap, Diagnostics), Failure> {
    let mut sources = SourceMap::default();
    let mut diags = Diagnostics::default();
    for f in files {
        let bytes = std::fs::read(f).map_err(|e| Failure::Usage(format!("open {f}: {}", describe_io(&e))))?;
        let (text, bad) = crate::source::decode_source(bytes);
        let id = sources.add(f, text);
        if let Some(at) = bad {
            let base = sources.files[id].base;
            diags.error(Span::new(base + at as u32, base + at as u32 + 1), "invalid UTF-8 encoding");
        }
    }
    Ok((sources, diags))
}

fn describe_io(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Parses and checks: the front end. Never panics, whatever the input.
/// The packages the program imports are added to `sources` and checked too.
pub fn front_end(sources: &mut SourceMap, diags: &mut Diagnostics) -> Option<ir::Package> {
    let mut files = Vec::new();
    for i in 0..sources.files.len() {
        files.push(syntax::parse(sources, i, diags));
    }
    // The imported packages gocc provides (each once, in import order).
    let mut paths: Vec<String> = Vec::new();
    for f in &files {
        for imp in &f.imports {
            if stdlib::package(&imp.path).is_some() && !paths.contains(&imp.path) {
                paths.push(imp.path.clone());
            }
        }
    }
    let mut imported = Vec::new();
    for path in paths {
        let mut pfiles = Vec::new();
        for (name, text) in stdlib::package(&path).unwrap_or_default() {
            let id = sources.add(name, text.to_string());
            sources.files[id].abs_path = std::path::PathBuf::from(name);
            pfiles.push(syntax::parse(sources, id, diags));
        }
        imported.push((path, pfiles));
    }
    // As gc (base.SyntaxErrors): a syntax error stops the compile before
    // type checking; the scanner's errors (`newline in string`) and the
    // branch checks' do not, and type errors are reported beside them.
    if diags.list.iter().any(|d| d.message.starts_with("syntax error")) {
        return None;
    }
    let pkg = types::check::check_package(&files, &imported, sources, diags);
    if diags.is_empty() { Some(pkg) } else { None }
}

/// The middle end, as gc orders it: inlining, then escape analysis (which
/// sees the inlined bodies). Returns the escape decisions and the `-m`
/// messages: at level 1 in source order; at level 2 (`explain`) the
/// inliner's, then per batch of functions the flow explanations and the
/// batch's decisions, in the order gc prints them.
pub fn middle_end(pkg: &mut ir::Package, sources: &SourceMap, explain: bool) -> (escape::Report, Vec<(Span, String)>) {
    let describe = SourceDescribe { sources };
    // Calls first in each statement, as gc orders them (order.rs).
    order::order_package(pkg);
    // gc prints each phase's lines together, in source order within it:
    // the inliner's, escape analysis's, then walk's (bounds checks).
    let mut messages = inline::inline_package(pkg, &describe, explain);
    let mut report = escape::analyze(pkg, &describe, explain);
    if explain {
        messages.append(&mut report.explained);
    } else {
        messages.extend(report.messages.iter().cloned());
    }
    let mut elided = bounds::messages(pkg);
    elided.sort_by_key(|(span, _)| span.lo);
    messages.append(&mut elided);
    (report, messages)
}

/// How `-m` messages quote the program: gc prints its IR nodes; gocc
/// prints the source text of the same constructs, normalised as gc's
/// printer would (one line, composite literal bodies as `{...}`).
pub struct SourceDescribe<'a> {
    pub sources: &'a SourceMap,
}

impl escape::Describe for SourceDescribe<'_> {
    fn node(&self, span: Span) -> String {
        gc_node_text(self.sources.snippet(span))
    }

    fn position(&self, span: Span) -> String {
        self.sources.describe(span.lo)
    }

    fn assign_position(&self, stmt: Span) -> Span {
        let text = self.sources.snippet(stmt).as_bytes();
        let mut depth = 0;
        let mut i = 0;
        while i < text.len() {
            match text[i] {
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => depth -= 1,
                b'"' | b'\'' | b'`' => {
                    // Skip the literal.
                    let quote = text[i];
                    i += 1;
                    while i < text.len() && text[i] != quote {
                        i += if text[i] == b'\\' && quote != b'`' { 2 } else { 1 };
                    }
                }
                b'=' if depth == 0 => {
                    let prev = if i > 0 { text[i - 1] } else { b' ' };
                    let next = text.get(i + 1).copied().unwrap_or(b' ');
                    if next == b'=' || matches!(prev, b'=' | b'!' | b'<' | b'>') && !is_op_assign(text, i) {
                        i += 2;
                        continue;
                    }
                    // `:=`, `+=`, `<<=`...: the operator starts before the `=`.
                    let mut start = i;
                    while start > 0 && b":+-*/%&|^<>".contains(&text[start - 1]) {
                        start -= 1;
                    }
                    return Span::new(stmt.lo + start as u32, stmt.lo + i as u32 + 1);
                }
                _ => {}
            }
            i += 1;
        }
        stmt
    }

    fn token_at(&self, offset: u32) -> Span {
        let file = &self.sources.files[self.sources.file_of(offset)];
        let end = file.base + file.text.len() as u32;
        let text = self.sources.snippet(Span::new(offset, end));
        let skip = (text.len() - text.trim_start().len()) as u32;
        Span::new(offset + skip, offset + skip + 1)
    }

    fn find(&self, span: Span, c: char) -> Option<Span> {
        let text = self.sources.snippet(span);
        let mut quote = None;
        let mut escaped = false;
        for (i, ch) in text.char_indices() {
            match quote {
                Some(q) => {
                    if escaped {
                        escaped = false;
                    } else if ch == '\\' && q != '`' {
                        escaped = true;
                    } else if ch == q {
                        quote = None;
                    }
                }
                None if ch == c => return Some(Span::new(span.lo + i as u32, span.lo + i as u32 + 1)),
                None if matches!(ch, '"' | '\'' | '`') => quote = Some(ch),
                None => {}
            }
        }
        None
    }
}

/// Whether the `=` at `i` ends a shift-assignment (`<<=`, `>>=`), not a
/// comparison (`<=`, `>=`).
fn is_op_assign(text: &[u8], i: usize) -> bool {
    i >= 2 && (text[i - 2..i] == *b"<<" || text[i - 2..i] == *b">>")
}

/// Source text on one line, with every `{...}` group that has something
/// in it shortened to `{...}` (gc prints `&Account{...}`), strings and
/// comments left alone.
fn gc_node_text(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' | '`' | '\'' => {
                // A literal: copied whole (outside braces), escapes included.
                let mut lit = String::from(c);
                while let Some(d) = chars.next() {
                    lit.push(d);
                    if d == '\\' && c != '`' {
                        if let Some(e) = chars.next() {
                            lit.push(e);
                        }
                    } else if d == c {
                        break;
                    }
                }
                if depth == 0 {
                    out += &lit;
                }
            }
            '{' => {
                if depth == 0 {
                    out.push('{');
                }
                depth += 1;
            }
            '}' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    if !out.ends_with('{') {
                        out.push('}');
                    } else {
                        out.push('}');
                    }
                }
            }
            c if depth > 0 => {
                if !c.is_whitespace() && !out.ends_with("...") {
                    out += "...";
                }
            }
            c if c.is_whitespace() => {
                if !out.ends_with(' ') && !out.is_empty() {
                    out.push(' ');
                }
            }
            c => out.push(c),
        }
    }
    out.trim_end().to_string()
}

/// The back end: an object file and the facts about every function.
pub fn back_end(pkg: &mut ir::Package, sources: &SourceMap) -> Result<(Vec<u8>, Vec<ssagen::CompiledFunc>), Failure> {
    let (report, _) = middle_end(pkg, sources, false);
    let mut cg = ssagen::Codegen::new(pkg, sources, report.decisions).map_err(Failure::Internal)?;
    cg.compile().map_err(Failure::Internal)?;
    cg.finish().map_err(Failure::Internal)
}

/// Compiles `files` and returns the Plan 9 listing (`-S`) of every function,
/// or only of the one `func` names (`main.add` or `add`). Nothing is linked.
pub fn listing(files: &[String], func: Option<&str>) -> Result<String, Failure> {
    compile(files)?.listing(func)
}

/// A compiled package: the object file and the facts about its functions,
/// ready to be listed (`-S`) and linked, from one compilation.
pub struct Compiled {
    sources: SourceMap,
    object: Vec<u8>,
    funcs: Vec<ssagen::CompiledFunc>,
}

/// Compiles `files` to an object file.
pub fn compile(files: &[String]) -> Result<Compiled, Failure> {
    let (mut sources, mut diags) = load(files)?;
    let Some(mut pkg) = front_end(&mut sources, &mut diags) else {
        return Err(Failure::Diagnostics(diags.render(&sources)));
    };
    let (object, funcs) = back_end(&mut pkg, &sources)?;
    Ok(Compiled { sources, object, funcs })
}

impl Compiled {
    /// The listing of the functions `func` names (all when `None`).
    pub fn listing(&self, func: Option<&str>) -> Result<String, Failure> {
        let chosen: Vec<_> =
            self.funcs.iter().filter(|f| func.is_none_or(|name| plan9::names(&f.symbol, name))).collect();
        if let (Some(name), true) = (func, chosen.is_empty()) {
            return Err(Failure::Usage(format!("-func={name}: no such function")));
        }
        let mut out = String::new();
        for f in chosen {
            out += &plan9::function(f, &self.sources.files[f.file].name).map_err(Failure::Internal)?;
        }
        Ok(out)
    }

    /// Links the object with the runtime into the executable `out`.
    pub fn link(self, out: &Path) -> Result<(), Failure> {
        let work =
            tempfile::Builder::new().prefix("gocc-build").tempdir().map_err(|e| Failure::Internal(e.to_string()))?;
        let obj_path = work.path().join("main.o");
        std::fs::write(&obj_path, self.object).map_err(|e| Failure::Internal(e.to_string()))?;
        link::link(&obj_path, work.path(), out).map_err(Failure::Internal)
    }
}

/// Compiles `files` (the front end and escape analysis) and returns the
/// optimisation decisions as `go build -gcflags=-m` prints them: one line
/// per decision, `FILE:LINE:COL: message`, in source order. Only the user's
/// files are reported, as gc reports only the package being compiled.
pub fn escape_report(files: &[String], level: u8) -> Result<String, Failure> {
    let (mut sources, mut diags) = load(files)?;
    let user_files = sources.files.len();
    let Some(mut pkg) = front_end(&mut sources, &mut diags) else {
        return Err(Failure::Diagnostics(diags.render(&sources)));
    };
    let (_, messages) = middle_end(&mut pkg, &sources, level >= 2);
    let mut out = String::new();
    for (span, message) in &messages {
        if sources.file_of(span.lo) < user_files {
            out += &format!("{}: {message}\n", sources.describe(span.lo));
        }
    }
    Ok(out)
}

/// Compiles and links `files` into the executable `out`.
pub fn build(files: &[String], out: &Path) -> Result<(), Failure> {
    compile(files)?.link(out)
}
