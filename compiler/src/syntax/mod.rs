//! Syntax: source text → tokens → tree.
//!
//! `lexer` turns a file's text into tokens (with Go's automatic semicolons),
//! `parser` turns tokens into an `ast::File`. Neither ever fails: errors go
//! into the `Diagnostics` and the tree has `Bad` nodes where they were.
//!
//! Go: src/cmd/compile/internal/syntax.

pub mod ast;
pub mod branches;
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
    let tree = parser::parse_file(&lexed.tokens, &lexed.directives, sources, eof, diags);
    branches::check_file(&tree, sources, diags);
    tree
}

/// The offset of the first token at or after `end`, past blanks and
/// comments: where gc places an operator (`:=` after an assignment's
/// left-hand side).
pub fn token_after(sources: &SourceMap, end: u32) -> u32 {
    let f = &sources.files[sources.file_of(end)];
    let Some(rest) = f.text.get((end - f.base) as usize..) else {
        return end;
    };
    let mut i = 0;
    let bytes = rest.as_bytes();
    while i < bytes.len() {
        if bytes[i].is_ascii_whitespace() {
            i += 1;
        } else if rest[i..].starts_with("/*") {
            i = rest[i + 2..].find("*/").map_or(bytes.len(), |j| i + 2 + j + 2);
        } else {
            break;
        }
    }
    end + i as u32
}
