//! Source files and positions.
//!
//! All files of a compilation share one byte-offset space, as in rustc and
//! gc's `src.XPos`: file N occupies `[base_N, base_N + len_N]`, so a `Span` is
//! just two offsets and still says which file it is in. The +1 gap between
//! files keeps an end-of-file position inside its own file.
//!
//! Positions are reported as gc reports them: `FILE:LINE:COL`, with LINE and
//! COL counted from 1 and COL counted in bytes (a tab is one column), and
//! FILE named as the go command names it (`short_path`): `./hello.go` for a
//! file in the current directory, `dir/hello.go` below it, the absolute path
//! elsewhere.
//!
//! Rejected: a `(FileId, lo, hi)` triple in every node (bigger, and every
//! comparison of positions has to look at the file first).

use std::path::{Path, PathBuf};

/// A half-open byte range `[lo, hi)` in the global offset space.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub lo: u32,
    pub hi: u32,
}

impl Span {
    pub fn new(lo: u32, hi: u32) -> Span {
        Span { lo, hi }
    }
    /// The empty span at the start (a position).
    pub fn start_span(self) -> Span {
        Span { lo: self.lo, hi: self.lo }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span { lo: self.lo.min(other.lo), hi: self.hi.max(other.hi) }
    }
}

pub struct SourceFile {
    /// The path as the user gave it (what listings print: `(main.go:7)`).
    pub name: String,
    /// The path messages print, as the go command prints it (`short_path`).
    pub display: String,
    /// The absolute path (what tracebacks print, as gc does).
    pub abs_path: PathBuf,
    pub text: String,
    pub base: u32,
    /// Offsets (relative to the file) of the first byte of every line.
    line_starts: Vec<u32>,
}

/// A resolved position: file index, 1-based line and byte column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub file: usize,
    pub line: u32,
    pub col: u32,
}

#[derive(Default)]
pub struct SourceMap {
    pub files: Vec<SourceFile>,
}

/// A path with its `.` and `..` components resolved (without looking at the
/// file system, as Go's `filepath.Clean`).
fn clean(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// How the go command names a file in its messages (Go: `base.ShortPath`
/// and the `./` of a package in the current directory): relative to the
/// current directory when the file is inside it, with `./` when it is
/// directly in it; `None` (keep the absolute path) otherwise.
fn short_path(abs: &Path) -> Option<String> {
    let cwd = std::env::current_dir().ok()?;
    let rel = abs.strip_prefix(clean(&cwd)).ok()?.to_str()?;
    if rel.contains('/') { Some(rel.to_string()) } else { Some(format!("./{rel}")) }
}

impl SourceMap {
    /// Adds a file and returns its index. The text must already be UTF-8;
    /// see `decode_source` for files that are not.
    pub fn add(&mut self, name: &str, text: String) -> usize {
        let base = self.files.last().map_or(0, |f| f.base + f.text.len() as u32 + 1);
        let mut line_starts = vec![0];
        line_starts.extend(text.bytes().enumerate().filter(|(_, b)| *b == b'\n').map(|(i, _)| i as u32 + 1));
        let abs_path = clean(&std::path::absolute(Path::new(name)).unwrap_or_else(|_| PathBuf::from(name)));
        let display = short_path(&abs_path).unwrap_or_else(|| name.to_string());
        self.files.push(SourceFile { name: name.to_string(), display, abs_path, text, base, line_starts });
        self.files.len() - 1
    }

    pub fn file_of(&self, offset: u32) -> usize {
        match self.files.binary_search_by(|f| f.base.cmp(&offset)) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    pub fn position(&self, offset: u32) -> Position {
        let file = self.file_of(offset);
        let f = &self.files[file];
        let local = offset.saturating_sub(f.base);
        let line = match f.line_starts.binary_search(&local) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        Position { file, line: line as u32 + 1, col: local - f.line_starts[line] + 1 }
    }

    /// `file.go:LINE:COL`, as gc prints positions.
    /// `FILE:LINE:COL` as gc prints a position: gc keeps a column in 8 bits
    /// and prints none (`FILE:LINE`) from column 255 on.
    pub fn describe(&self, offset: u32) -> String {
        const COL_MAX: u32 = 255; // Go: cmd/internal/src, colMax
        let p = self.position(offset);
        if p.col >= COL_MAX {
            return format!("{}:{}", self.files[p.file].display, p.line);
        }
        format!("{}:{}:{}", self.files[p.file].display, p.line, p.col)
    }

    pub fn line(&self, offset: u32) -> u32 {
        self.position(offset).line
    }

    /// The source text of a span (empty if it crosses files).
    pub fn snippet(&self, span: Span) -> &str {
        let f = &self.files[self.file_of(span.lo)];
        let lo = (span.lo - f.base) as usize;
        let hi = (span.hi.saturating_sub(f.base) as usize).min(f.text.len());
        f.text.get(lo..hi.max(lo)).unwrap_or("")
    }
}

/// Go source must be UTF-8. Each invalid byte is replaced with `?` (one byte,
/// so every offset stays put) and the offset of the first one is returned for
/// a diagnostic.
pub fn decode_source(bytes: Vec<u8>) -> (String, Option<usize>) {
    match String::from_utf8(bytes) {
        Ok(s) => (s, None),
        Err(e) => {
            let first = e.utf8_error().valid_up_to();
            let mut bytes = e.into_bytes();
            let mut i = 0;
            while i < bytes.len() {
                match std::str::from_utf8(&bytes[i..]) {
                    Ok(_) => break,
                    Err(err) => {
                        let bad = i + err.valid_up_to();
                        let n = err.error_len().unwrap_or(bytes.len() - bad);
                        for b in &mut bytes[bad..bad + n] {
                            *b = b'?';
                        }
                        i = bad + n;
                    }
                }
            }
            (String::from_utf8(bytes).expect("all invalid bytes replaced"), Some(first))
        }
    }
}
