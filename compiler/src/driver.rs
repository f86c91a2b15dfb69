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
use crate::{ir, link, ssagen, syntax, types};
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
pub fn front_end(sources: &SourceMap, diags: &mut Diagnostics) -> Option<ir::Package> {
    let mut files = Vec::new();
    for i in 0..sources.files.len() {
        files.push(syntax::parse(sources, i, diags));
    }
    // gc reports only syntax errors when there are any.
    if !diags.is_empty() {
        return None;
    }
    let pkg = types::check::check_package(&files, sources, diags);
    if diags.is_empty() { Some(pkg) } else { None }
}

/// The back end: an object file and the facts about every function.
pub fn back_end(pkg: &ir::Package, sources: &SourceMap) -> Result<(Vec<u8>, Vec<ssagen::CompiledFunc>), Failure> {
    let mut cg = ssagen::Codegen::new(pkg, sources).map_err(Failure::Internal)?;
    cg.compile().map_err(Failure::Internal)?;
    cg.finish().map_err(Failure::Internal)
}

/// Compiles and links `files` into the executable `out`.
pub fn build(files: &[String], out: &Path) -> Result<(), Failure> {
    let (sources, mut diags) = load(files)?;
    let pkg = front_end(&sources, &mut diags);
    let Some(pkg) = pkg else {
        return Err(Failure::Diagnostics(diags.render(&sources)));
    };
    let (object, _) = back_end(&pkg, &sources)?;
    let work = tempfile::Builder::new().prefix("gocc-build").tempdir().map_err(|e| Failure::Internal(e.to_string()))?;
    let obj_path = work.path().join("main.o");
    std::fs::write(&obj_path, object).map_err(|e| Failure::Internal(e.to_string()))?;
    link::link(&obj_path, work.path(), out).map_err(Failure::Internal)
}
