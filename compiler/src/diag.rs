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

use crate::source::{SourceMap, Span};
use ariadne::{Color, Config, IndexType, Label, Report, ReportKind, Source};

#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub span: Span,
    pub message: String,
    /// Extra notes shown under the snippet.
    pub notes: Vec<String>,
}

#[derive(Default)]
pub struct Diagnostics {
    pub list: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn error(&mut self, span: Span, message: impl Into<String>) {
        self.list.push(Diagnostic { span, message: message.into(), notes: Vec::new() });
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// Sorted by position, one per position and message (phases that
    /// revisit a node must not report it twice).
    pub fn sorted(&self) -> Vec<Diagnostic> {
        let mut list = self.list.clone();
        list.sort_by_key(|d| d.span.lo);
        list.dedup_by(|a, b| a.span.lo == b.span.lo && a.message == b.message);
        list
    }

    /// Renders every diagnostic as text (what `gocc` prints on stderr), in
    /// colour only when stderr is a terminal and `NO_COLOR` is unset.
    pub fn render(&self, sources: &SourceMap) -> String {
        use std::io::IsTerminal;
        let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        if !color {
            yansi::disable();
        }
        let mut out = Vec::new();
        for d in self.sorted() {
            render_one(&d, sources, color, &mut out);
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
    let name = file.name.clone();
    let mut report = Report::build(ReportKind::Custom(&header, Color::Red), (name.clone(), lo..hi))
        .with_config(config)
        .with_message(&d.message)
        .with_label(Label::new((name.clone(), lo..hi)).with_message("here"));
    for note in &d.notes {
        report = report.with_note(note);
    }
    let source = Source::from(file.text.as_str());
    if report.finish().write((name, source), &mut *out).is_err() {
        // ariadne could not draw the snippet: the header line alone still says it all.
        out.extend_from_slice(format!("{header}: {}\n", d.message).as_bytes());
    }
}
