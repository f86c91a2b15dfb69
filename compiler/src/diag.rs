//! Diagnostics: compile errors, collected and then rendered with ariadne.
//!
//! Every phase pushes `Diagnostic`s into one `Diagnostics` list instead of
//! stopping at the first error, so a user sees all the errors in a file at
//! once. Rendering sorts them by position and prints each as an ariadne
//! report whose first line is gc's `FILE:LINE:COL: MESSAGE`, so tools and
//! people used to `go build` read it the same way; the source snippet under it
//! is the ariadne part.
//!
//! The messages use gc's (types2's) words, e.g. `declared and not used: x`;
//! the tests in `tests/errors` check them against the real gc.
//!
//! Invariant: a diagnostic is an error (gocc has no warnings); any error
//! makes `gocc` exit with status 1.
//!
//! As gc, gocc stops at 10 errors, the tenth followed by `POS: too many
//! errors` (at the tenth's position); `-e` (gc's `-gcflags=-e`) lifts the
//! limit. Go: src/cmd/compile/internal/base/print.go (`ErrorfAt`).

use crate::source::{SourceMap, Span};
use ariadne::{Color, Config, IndexType, Label, Report, ReportKind, Source};
use std::sync::atomic::{AtomicBool, Ordering};

/// gc's limit on the errors it prints.
const ERROR_LIMIT: usize = 10;

/// Set by `-e`: report every error. A process-wide flag, as gc's
/// `base.Flag.LowerE`: it is a property of the command line, not of a
/// compilation.
static REPORT_ALL_ERRORS: AtomicBool = AtomicBool::new(false);

/// `-e`: no limit on the number of errors reported.
pub fn report_all_errors() {
    REPORT_ALL_ERRORS.store(true, Ordering::Relaxed);
}

#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub span: Span,
    pub message: String,
    /// Extra notes shown under the snippet.
    pub notes: Vec<String>,
    /// Other places the error involves (`other declaration of g`, `a refers
    /// to b`): gc prints each as a tab-indented `FILE:LINE:COL: MESSAGE`
    /// line right under the error's own line, and so does gocc, before the
    /// snippet.
    pub related: Vec<(Span, String)>,
}

#[derive(Default)]
pub struct Diagnostics {
    pub list: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn error(&mut self, span: Span, message: impl Into<String>) {
        self.list.push(Diagnostic { span, message: message.into(), notes: Vec::new(), related: Vec::new() });
    }

    /// An error with gc's continuation lines (see `Diagnostic::related`).
    pub fn error_related(&mut self, span: Span, message: impl Into<String>, related: Vec<(Span, String)>) {
        self.list.push(Diagnostic { span, message: message.into(), notes: Vec::new(), related });
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The errors gc would print, in the order found: one per position and
    /// message (phases that revisit a node must not report it twice), and,
    /// as gc's `ErrorfAt`, a non-syntax error that repeats the message of
    /// the one before it on the same line is dropped (`x := 0; x := 1; x :=
    /// 2` is one error).
    fn reported(&self, sources: &SourceMap) -> Vec<&Diagnostic> {
        let mut out: Vec<&Diagnostic> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let mut last_other: Option<(usize, u32, &str)> = None;
        for d in &self.list {
            if !seen.insert((d.span.lo, d.message.as_str())) {
                continue;
            }
            if !d.message.starts_with("syntax error") {
                let line = (sources.file_of(d.span.lo), sources.line(d.span.lo), d.message.as_str());
                if last_other == Some(line) {
                    continue;
                }
                last_other = Some(line);
            }
            out.push(d);
        }
        out
    }

    /// Renders every diagnostic as text (what `gocc` prints on stderr), in
    /// colour only when stderr is a terminal and `NO_COLOR` is unset. As
    /// gc, the first 10 errors found are printed, sorted by position, then
    /// `too many errors` at the tenth's.
    pub fn render(&self, sources: &SourceMap) -> String {
        use std::io::IsTerminal;
        let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        if !color {
            yansi::disable();
        }
        let mut out = Vec::new();
        let mut list = self.reported(sources);
        let limit = if REPORT_ALL_ERRORS.load(Ordering::Relaxed) { usize::MAX } else { ERROR_LIMIT };
        let too_many = (list.len() >= limit).then(|| list[limit - 1].span.lo);
        list.truncate(limit);
        // By position as gc keeps it: columns past 255 are all 255 (and keep
        // the order they were found in).
        list.sort_by_key(|d| {
            let p = sources.position(d.span.lo);
            (p.file, p.line, p.col.min(255))
        });
        for d in list {
            render_one(d, sources, color, &mut out);
        }
        if let Some(at) = too_many {
            out.extend_from_slice(format!("{}: too many errors\n", sources.describe(at)).as_bytes());
        }
        String::from_utf8_lossy(&out).into_owned()
    }
}

fn render_one(d: &Diagnostic, sources: &SourceMap, color: bool, out: &mut Vec<u8>) {
    let header = sources.describe(d.span.lo);
    let file = &sources.files[sources.file_of(d.span.lo)];
    let lo = (d.span.lo - file.base) as usize;
    let hi = ((d.span.hi.max(d.span.lo)) - file.base) as usize;
    let hi = hi.min(file.text.len()).max(lo);
    // Spans must not cut a UTF-8 character (an error at a 2-byte character).
    let lo = (0..=lo.min(file.text.len())).rev().find(|i| file.text.is_char_boundary(*i)).unwrap_or(0);
    let hi = (hi..=file.text.len()).find(|i| file.text.is_char_boundary(*i)).unwrap_or(file.text.len());
    let config = Config::default().with_color(color).with_index_type(IndexType::Byte).with_compact(true);
    let name = file.display.clone();
    let mut report = Report::build(ReportKind::Custom(&header, Color::Red), (name.clone(), lo..hi))
        .with_config(config)
        .with_message(&d.message)
        .with_label(Label::new((name.clone(), lo..hi)).with_message("here"));
    for note in &d.notes {
        report = report.with_note(note);
    }
    let source = Source::from(file.text.as_str());
    let mut text = Vec::new();
    if report.finish().write((name, source), &mut text).is_err() {
        // ariadne could not draw the snippet: the header line alone still says it all.
        text = format!("{header}: {}\n", d.message).into_bytes();
    }
    // The continuation lines go right under the header line, as gc prints them.
    let first_line = text.iter().position(|b| *b == b'\n').map_or(text.len(), |i| i + 1);
    out.extend_from_slice(&text[..first_line]);
    for (span, message) in &d.related {
        out.extend_from_slice(format!("\t{}: {message}\n", sources.describe(span.lo)).as_bytes());
    }
    out.extend_from_slice(&text[first_line..]);
}
