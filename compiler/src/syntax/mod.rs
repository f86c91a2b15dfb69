//! Syntax: source text → tokens → tree.
//!
//! `lexer` turns a file's text into tokens (with Go's automatic semicolons),
//! `parser` turns tokens into an `ast::File`. Neither ever fails: errors go
//! into the `Diagnostics` and the tree has `Bad` nodes where they were.
//!
//! Go: src/cmd/compile/internal/syntax.

pub mod ast;
pub mod lexer;
pub mod literal;
pub mod parser;
pub mod printer;
pub mod token;

use crate::diag::Diagnostics;
use crate::source::SourceMap;

/// Lexes and parses file number `file` of the source map.
pub fn parse(sources: &SourceMap, file: usize, diags: &mut Diagnostics) -> ast::File {
    let f = &sources.files[file];
    let lexed = lexer::lex(&f.text, f.base, diags);
    let eof = f.base + f.text.len() as u32;
    parser::parse_file(&lexed.tokens, &lexed.directives, sources, eof, diags)
}
