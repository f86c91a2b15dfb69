//! The lexer: Go source text → tokens, with Go's automatic semicolons.
//!
//! A newline (or the end of the file) becomes a `Semi` token when the line's
//! last token is an identifier, a literal, one of the keywords `break`,
//! `continue`, `fallthrough`, `return`, or one of `++ -- ) ] }` (the spec's
//! "Semicolons" rule). A `/* */` comment spanning lines counts as a newline.
//!
//! Errors use gc's scanner wording (`newline in string`, `invalid character
//! U+0040 '@'`, `invalid digit '8' in octal literal`...) and never stop the
//! scan: a bad literal still produces a token, so the parser sees a whole file.
//!
//! `//go:` directive comments are collected with their line numbers; the
//! parser attaches them to the declaration that follows (`//go:noinline`).
//!
//! Hand-written rather than a chumsky text parser: the semicolon rule needs
//! one bit of state across tokens, and a byte loop is simpler to read than the
//! equivalent combinators.
//!
//! Go: src/cmd/compile/internal/syntax/scanner.go.

use super::token::{KEYWORDS, Token};
use crate::diag::Diagnostics;
use crate::source::Span;

pub struct Lexed {
    pub tokens: Vec<(Token, Span)>,
    /// `(line, text)` of each `//go:` comment, text without the `//`.
    pub directives: Vec<(u32, String)>,
}

pub fn lex(text: &str, base: u32, diags: &mut Diagnostics) -> Lexed {
    let mut lx = Lexer { src: text.as_bytes(), text, pos: 0, base, diags, tokens: Vec::new(), directives: Vec::new() };
    lx.run();
    Lexed { tokens: lx.tokens, directives: lx.directives }
}

struct Lexer<'a> {
    src: &'a [u8],
    text: &'a str,
    pos: usize,
    base: u32,
    diags: &'a mut Diagnostics,
    tokens: Vec<(Token, Span)>,
    directives: Vec<(u32, String)>,
}

fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_' || (!c.is_ascii() && c.is_alphabetic())
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric())
}

/// `%#U` in Go: `U+0040 '@'`.
pub fn go_unicode(c: char) -> String {
    if c.is_control() { format!("U+{:04X}", c as u32) } else { format!("U+{:04X} '{c}'", c as u32) }
}

/// `%q` of a rune in Go: `'8'`, `'\n'`.
pub fn go_quote_rune(c: char) -> String {
    match c {
        '\n' => "'\\n'".into(),
        '\t' => "'\\t'".into(),
        '\r' => "'\\r'".into(),
        '\'' => "'\\''".into(),
        '\\' => "'\\\\'".into(),
        c if c.is_control() => format!("'\\x{:02x}'", c as u32),
        c => format!("'{c}'"),
    }
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        10 => "decimal",
        _ => "hexadecimal",
    }
}

impl<'a> Lexer<'a> {
    fn peek(&self) -> Option<char> {
        self.text[self.pos..].chars().next()
    }
    fn peek_at(&self, n: usize) -> Option<u8> {
        self.src.get(self.pos + n).copied()
    }
    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }
    fn span(&self, lo: usize, hi: usize) -> Span {
        Span::new(self.base + lo as u32, self.base + hi as u32)
    }
    fn error_at(&mut self, at: usize, msg: String) {
        let width = self.text[at..].chars().next().map_or(0, |c| c.len_utf8());
        let sp = self.span(at, at + width);
        self.diags.error(sp, msg);
    }
    fn push(&mut self, tok: Token, lo: usize) {
        let sp = self.span(lo, self.pos);
        self.tokens.push((tok, sp));
    }
    fn line_of(&self, at: usize) -> u32 {
        self.src[..at].iter().filter(|b| **b == b'\n').count() as u32 + 1
    }

    fn run(&mut self) {
        // nlsemi: a newline here would end a statement.
        let mut nlsemi = false;
        loop {
            // Skip blanks; a newline is a token when nlsemi is set.
            while let Some(c) = self.peek() {
                if c == ' ' || c == '\t' || c == '\r' || (c == '\n' && !nlsemi) {
                    self.pos += 1;
                } else {
                    break;
                }
            }
            let lo = self.pos;
            let Some(c) = self.peek() else {
                if nlsemi {
                    self.push(Token::Semi, lo);
                }
                return;
            };
            let was_nlsemi = nlsemi;
            nlsemi = false;
            // gc's source reader drops a byte order mark (reported unless
            // it opens the file) and a NUL (reported) wherever they are.
            if c == '\u{feff}' || c == '\0' {
                if c == '\0' {
                    self.error_at(lo, "invalid NUL character".into());
                } else if lo > 0 {
                    self.error_at(lo, "invalid BOM in the middle of the file".into());
                }
                self.bump();
                nlsemi = was_nlsemi;
                continue;
            }
            // As gc, any non-ASCII character starts an identifier (and is
            // reported there if it cannot be part of one).
            if is_letter(c) || !c.is_ascii() {
                if !is_letter(c) {
                    let msg = if is_digit(c) {
                        format!("identifier cannot begin with digit {}", go_unicode(c))
                    } else {
                        format!("invalid character {} in identifier", go_unicode(c))
                    };
                    self.error_at(lo, msg);
                    self.bump();
                }
                nlsemi = self.ident(lo);
                continue;
            }
            if c.is_ascii_digit() || (c == '.' && self.peek_at(1).is_some_and(|b| b.is_ascii_digit())) {
                self.number(lo);
                nlsemi = true;
                continue;
            }
            self.bump();
            let two = |lx: &Self, b: u8| lx.peek_at(0) == Some(b);
            let tok = match c {
                '\n' => Token::Semi,
                '"' => {
                    self.std_string(lo);
                    nlsemi = true;
                    continue;
                }
                '`' => {
                    self.raw_string(lo);
                    nlsemi = true;
                    continue;
                }
                '\'' => {
                    self.rune(lo);
                    nlsemi = true;
                    continue;
                }
                '(' => Token::LParen,
                '[' => Token::LBrack,
                '{' => Token::LBrace,
                ',' => Token::Comma,
                ';' => Token::Semi,
                ')' => {
                    nlsemi = true;
                    Token::RParen
                }
                ']' => {
                    nlsemi = true;
                    Token::RBrack
                }
                '}' => {
                    nlsemi = true;
                    Token::RBrace
                }
                ':' => {
                    if two(self, b'=') {
                        self.pos += 1;
                        Token::Define
                    } else {
                        Token::Colon
                    }
                }
                '.' => {
                    if self.peek_at(0) == Some(b'.') && self.peek_at(1) == Some(b'.') {
                        self.pos += 2;
                        Token::Ellipsis
                    } else {
                        Token::Period
                    }
                }
                '+' => {
                    if two(self, b'+') {
                        self.pos += 1;
                        nlsemi = true;
                        Token::Inc
                    } else {
                        self.assign_op(Token::Add, Token::AddAssign)
                    }
                }
                '-' => {
                    if two(self, b'-') {
                        self.pos += 1;
                        nlsemi = true;
                        Token::Dec
                    } else {
                        self.assign_op(Token::Sub, Token::SubAssign)
                    }
                }
                '*' => self.assign_op(Token::Mul, Token::MulAssign),
                '/' => {
                    if two(self, b'/') {
                        self.line_comment(lo);
                        nlsemi = was_nlsemi;
                        continue;
                    }
                    if two(self, b'*') {
                        self.pos += 1;
                        let multi_line = self.full_comment(lo);
                        if multi_line && was_nlsemi {
                            // A multi-line comment acts like a newline.
                            self.push(Token::Semi, lo);
                        } else {
                            nlsemi = was_nlsemi;
                        }
                        continue;
                    }
                    self.assign_op(Token::Quo, Token::QuoAssign)
                }
                '%' => self.assign_op(Token::Rem, Token::RemAssign),
                '&' => {
                    if two(self, b'&') {
                        self.pos += 1;
                        Token::LAnd
                    } else if two(self, b'^') {
                        self.pos += 1;
                        self.assign_op(Token::AndNot, Token::AndNotAssign)
                    } else {
                        self.assign_op(Token::And, Token::AndAssign)
                    }
                }
                '|' => {
                    if two(self, b'|') {
                        self.pos += 1;
                        Token::LOr
                    } else {
                        self.assign_op(Token::Or, Token::OrAssign)
                    }
                }
                '^' => self.assign_op(Token::Xor, Token::XorAssign),
                '<' => {
                    if two(self, b'=') {
                        self.pos += 1;
                        Token::Leq
                    } else if two(self, b'<') {
                        self.pos += 1;
                        self.assign_op(Token::Shl, Token::ShlAssign)
                    } else if two(self, b'-') {
                        self.pos += 1;
                        Token::Arrow
                    } else {
                        Token::Lss
                    }
                }
                '>' => {
                    if two(self, b'=') {
                        self.pos += 1;
                        Token::Geq
                    } else if two(self, b'>') {
                        self.pos += 1;
                        self.assign_op(Token::Shr, Token::ShrAssign)
                    } else {
                        Token::Gtr
                    }
                }
                '=' => {
                    if two(self, b'=') {
                        self.pos += 1;
                        Token::Eql
                    } else {
                        Token::Assign
                    }
                }
                '!' => {
                    if two(self, b'=') {
                        self.pos += 1;
                        Token::Neq
                    } else {
                        Token::Not
                    }
                }
                '~' => Token::Tilde,
                other => {
                    self.error_at(lo, format!("invalid character {}", go_unicode(other)));
                    nlsemi = was_nlsemi;
                    continue;
                }
            };
            self.push(tok, lo);
        }
    }

    fn assign_op(&mut self, op: Token, assign: Token) -> Token {
        if self.peek_at(0) == Some(b'=') {
            self.pos += 1;
            assign
        } else {
            op
        }
    }

    /// Returns nlsemi.
    fn ident(&mut self, lo: usize) -> bool {
        while let Some(c) = self.peek() {
            if is_letter(c) || is_digit(c) {
                self.bump();
            } else if !c.is_ascii() {
                self.error_at(self.pos, format!("invalid character {} in identifier", go_unicode(c)));
                self.bump();
            } else {
                break;
            }
        }
        let word = &self.text[lo..self.pos];
        if let Some((_, kw)) = KEYWORDS.iter().find(|(s, _)| *s == word) {
            let nlsemi = matches!(kw, Token::Break | Token::Continue | Token::Fallthrough | Token::Return);
            self.push(kw.clone(), lo);
            return nlsemi;
        }
        let word = word.to_string();
        self.push(Token::Ident(word), lo);
        true
    }

    /// Reads `{ digit | '_' }`; returns (saw digit, saw '_') and records the
    /// offset of the first digit too large for `base` (bases ≤ 10).
    fn digits(&mut self, base: u32, invalid: &mut Option<usize>) -> (bool, bool) {
        let (mut digit, mut sep) = (false, false);
        loop {
            match self.peek_at(0) {
                Some(b'_') => sep = true,
                Some(b) if base <= 10 && b.is_ascii_digit() => {
                    digit = true;
                    if (b - b'0') as u32 >= base && invalid.is_none() {
                        *invalid = Some(self.pos);
                    }
                }
                Some(b) if base == 16 && b.is_ascii_hexdigit() => digit = true,
                _ => break,
            }
            self.pos += 1;
        }
        (digit, sep)
    }

    fn number(&mut self, lo: usize) {
        let mut ok = true;
        let mut is_float = false;
        let mut base = 10;
        let mut prefix = 0u8;
        let mut has_digits = false;
        let mut has_sep = false;
        let mut invalid = None;
        let err = |lx: &mut Self, at: usize, ok: &mut bool, msg: String| {
            if *ok {
                lx.error_at(at, msg);
                *ok = false;
            }
        };
        if self.peek_at(0) != Some(b'.') {
            if self.peek_at(0) == Some(b'0') {
                self.pos += 1;
                match self.peek_at(0).map(|b| b.to_ascii_lowercase()) {
                    Some(b'x') => (base, prefix) = (16, b'x'),
                    Some(b'o') => (base, prefix) = (8, b'o'),
                    Some(b'b') => (base, prefix) = (2, b'b'),
                    _ => {
                        (base, prefix) = (8, b'0');
                        has_digits = true;
                    }
                }
                if prefix != b'0' {
                    self.pos += 1;
                }
            }
            let (d, s) = self.digits(base, &mut invalid);
            has_digits |= d;
            has_sep |= s;
            if self.peek_at(0) == Some(b'.') {
                if prefix == b'o' || prefix == b'b' {
                    err(self, self.pos, &mut ok, format!("invalid radix point in {} literal", base_name(base)));
                }
                self.pos += 1;
                is_float = true;
            }
        } else {
            self.pos += 1;
            is_float = true;
        }
        if is_float {
            let (d, s) = self.digits(base, &mut invalid);
            has_digits |= d;
            has_sep |= s;
        }
        if !has_digits {
            err(self, self.pos, &mut ok, format!("{} literal has no digits", base_name(base)));
        }
        match self.peek_at(0).map(|b| b.to_ascii_lowercase()) {
            Some(e @ (b'e' | b'p')) => {
                let c = self.peek_at(0).unwrap() as char;
                if e == b'e' && prefix != 0 && prefix != b'0' {
                    err(self, self.pos, &mut ok, format!("{} exponent requires decimal mantissa", go_quote_rune(c)));
                } else if e == b'p' && prefix != b'x' {
                    err(
                        self,
                        self.pos,
                        &mut ok,
                        format!("{} exponent requires hexadecimal mantissa", go_quote_rune(c)),
                    );
                }
                self.pos += 1;
                is_float = true;
                if matches!(self.peek_at(0), Some(b'+' | b'-')) {
                    self.pos += 1;
                }
                let (d, s) = self.digits(10, &mut None);
                has_sep |= s;
                if !d {
                    err(self, self.pos, &mut ok, "exponent has no digits".into());
                }
            }
            _ => {
                if prefix == b'x' && is_float {
                    err(self, self.pos, &mut ok, "hexadecimal mantissa requires a 'p' exponent".into());
                }
            }
        }
        let imag = self.peek_at(0) == Some(b'i');
        if imag {
            self.pos += 1;
        }
        let text = self.text[lo..self.pos].to_string();
        if !is_float && !imag {
            if let Some(at) = invalid {
                let c = self.src[at] as char;
                err(self, at, &mut ok, format!("invalid digit {} in {} literal", go_quote_rune(c), base_name(base)));
            }
        }
        if has_sep && ok {
            if let Some(i) = invalid_separator(&text) {
                err(self, lo + i, &mut ok, "'_' must separate successive digits".into());
            }
        }
        let tok = if imag {
            Token::Imag(text)
        } else if is_float {
            Token::Float(text)
        } else {
            Token::Int(text)
        };
        self.push(tok, lo);
    }

    /// After a backslash: checks one escape sequence. Returns false on error.
    fn escape(&mut self, quote: char) -> bool {
        let Some(c) = self.peek() else { return true };
        let (n, base, max): (u32, u32, u32) = match c {
            c if c == quote => {
                self.bump();
                return true;
            }
            'a' | 'b' | 'f' | 'n' | 'r' | 't' | 'v' | '\\' => {
                self.bump();
                return true;
            }
            '0'..='7' => (3, 8, 255),
            'x' => {
                self.bump();
                (2, 16, 255)
            }
            'u' => {
                self.bump();
                (4, 16, 0x10FFFF)
            }
            'U' => {
                self.bump();
                (8, 16, 0x10FFFF)
            }
            _ => {
                self.error_at(self.pos, "unknown escape".into());
                return false;
            }
        };
        let mut x: u32 = 0;
        for _ in 0..n {
            let Some(c) = self.peek() else { return true };
            let d = c.to_digit(16).unwrap_or(base);
            if d >= base {
                self.error_at(
                    self.pos,
                    format!("invalid character {} in {} escape", go_quote_rune(c), base_name(base)),
                );
                return false;
            }
            x = x.wrapping_mul(base).wrapping_add(d);
            self.bump();
        }
        if x > max && base == 8 {
            self.error_at(self.pos, format!("octal escape value {x} > 255"));
            return false;
        }
        if x > max || (0xD800..0xE000).contains(&x) {
            let shown = char::from_u32(x).map_or(format!("U+{x:04X}"), go_unicode);
            self.error_at(self.pos, format!("escape is invalid Unicode code point {shown}"));
            return false;
        }
        true
    }

    fn rune(&mut self, lo: usize) {
        let mut ok = true;
        let mut n = 0;
        loop {
            match self.peek() {
                Some('\'') => {
                    if ok {
                        if n == 0 {
                            self.error_at(self.pos, "empty rune literal or unescaped '".into());
                        } else if n != 1 {
                            self.error_at(lo, "more than one character in rune literal".into());
                        }
                    }
                    self.bump();
                    break;
                }
                Some('\\') => {
                    self.bump();
                    ok &= self.escape('\'');
                }
                Some('\n') => {
                    if ok {
                        self.error_at(self.pos, "newline in rune literal".into());
                    }
                    break;
                }
                None => {
                    if ok {
                        self.error_at(lo, "rune literal not terminated".into());
                    }
                    break;
                }
                Some(_) => {
                    self.bump();
                }
            }
            n += 1;
        }
        let text = self.text[lo..self.pos].to_string();
        self.push(Token::Char(text), lo);
    }

    fn std_string(&mut self, lo: usize) {
        loop {
            match self.peek() {
                Some('"') => {
                    self.bump();
                    break;
                }
                Some('\\') => {
                    self.bump();
                    self.escape('"');
                }
                Some('\n') => {
                    self.error_at(self.pos, "newline in string".into());
                    break;
                }
                None => {
                    self.error_at(lo, "string not terminated".into());
                    break;
                }
                Some(_) => {
                    self.bump();
                }
            }
        }
        let text = self.text[lo..self.pos].to_string();
        self.push(Token::Str(text), lo);
    }

    fn raw_string(&mut self, lo: usize) {
        loop {
            match self.bump() {
                Some('`') => break,
                Some(_) => {}
                None => {
                    self.error_at(lo, "string not terminated".into());
                    break;
                }
            }
        }
        let text = self.text[lo..self.pos].to_string();
        self.push(Token::Str(text), lo);
    }

    fn line_comment(&mut self, lo: usize) {
        let end = self.text[self.pos..].find('\n').map_or(self.text.len(), |i| self.pos + i);
        let body = &self.text[lo + 2..end];
        if body.starts_with("go:") {
            let line = self.line_of(lo);
            self.directives.push((line, body.trim_end().to_string()));
        }
        self.pos = end;
    }

    /// Returns whether the comment spanned a newline.
    fn full_comment(&mut self, lo: usize) -> bool {
        match self.text[self.pos..].find("*/") {
            Some(i) => {
                let multi = self.text[self.pos..self.pos + i].contains('\n');
                self.pos += i + 2;
                multi
            }
            None => {
                self.error_at(lo, "comment not terminated".into());
                self.pos = self.text.len();
                false
            }
        }
    }
}

/// The index of the first `_` that does not separate two digits, as gc's
/// `invalidSep`.
fn invalid_separator(x: &str) -> Option<usize> {
    let b = x.as_bytes();
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if b.len() >= 2 && b[0] == b'0' {
        x1 = b[1].to_ascii_lowercase();
        if matches!(x1, b'x' | b'o' | b'b') {
            d = b'0';
            i = 2;
        }
    }
    while i < b.len() {
        let p = d;
        d = b[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || (x1 == b'x' && d.is_ascii_hexdigit()) {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    if d == b'_' { Some(b.len() - 1) } else { None }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<String> {
        let mut d = Diagnostics::default();
        lex(src, 0, &mut d).tokens.iter().map(|(t, _)| t.text().to_string()).collect()
    }

    #[test]
    fn automatic_semicolons() {
        assert_eq!(kinds("x := 1\ny++\nreturn\n"), ["x", ":=", "1", ";", "y", "++", ";", "return", ";"]);
        assert_eq!(kinds("f(\na,\n)"), ["f", "(", "a", ",", ")", ";"]);
        assert_eq!(kinds("a /* \n */ b"), ["a", ";", "b", ";"]);
    }

    #[test]
    fn numbers_and_errors() {
        let mut d = Diagnostics::default();
        lex("0x1p-2 1_000 0b101 0o17 1e9 .5 08 1__0", 0, &mut d);
        let msgs: Vec<_> = d.list.iter().map(|d| d.message.clone()).collect();
        assert_eq!(msgs, ["invalid digit '8' in octal literal", "'_' must separate successive digits"]);
    }
}
