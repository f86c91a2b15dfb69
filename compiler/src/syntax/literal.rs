//! Literal values: the text of a Go literal → its value.
//!
//! The lexer has already reported malformed literals, so these functions are
//! total: on text the lexer rejected they return a best effort (0, or the
//! bytes up to the bad escape) and never panic.
//!
//! Go: src/strconv/quote.go (Unquote), src/go/constant (MakeFromLiteral).

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{Num, Zero};

/// The bytes of a string literal (interpreted `"..."` or raw `` `...` ``).
pub fn string_value(text: &str) -> Vec<u8> {
    if let Some(raw) = text.strip_prefix('`') {
        let raw = raw.strip_suffix('`').unwrap_or(raw);
        // Carriage returns are discarded from raw string values.
        return raw.bytes().filter(|b| *b != b'\r').collect();
    }
    let body = text.strip_prefix('"').unwrap_or(text);
    let body = body.strip_suffix('"').unwrap_or(body);
    unquote(body, '"')
}

/// The value of a rune literal `'x'`.
pub fn rune_value(text: &str) -> u32 {
    let body = text.strip_prefix('\'').unwrap_or(text);
    let body = body.strip_suffix('\'').unwrap_or(body);
    if let Some(rest) = body.strip_prefix('\\') {
        let mut chars = rest.chars();
        return match chars.next() {
            Some(c @ ('x' | 'u' | 'U')) => {
                let n = match c {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                u32::from_str_radix(&rest[1..(1 + n).min(rest.len())], 16).unwrap_or(0)
            }
            Some('0'..='7') => u32::from_str_radix(&rest[..3.min(rest.len())], 8).unwrap_or(0),
            Some(c) => simple_escape(c).unwrap_or(c as u32),
            None => 0,
        };
    }
    body.chars().next().map_or(0, |c| c as u32)
}

fn simple_escape(c: char) -> Option<u32> {
    Some(match c {
        'a' => 7,
        'b' => 8,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => '\\' as u32,
        '\'' => '\'' as u32,
        '"' => '"' as u32,
        _ => return None,
    })
}

fn unquote(body: &str, _quote: char) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        let Some((_, e)) = chars.next() else { break };
        let digits = |n: usize, radix: u32| {
            let start = i + 2;
            let end = (start + n).min(body.len());
            body.get(start..end).and_then(|s| u32::from_str_radix(s, radix).ok()).unwrap_or(0)
        };
        match e {
            'x' => {
                out.push(digits(2, 16) as u8);
                chars.nth(1);
            }
            '0'..='7' => {
                let start = i + 1;
                let v = body.get(start..start + 3).and_then(|s| u32::from_str_radix(s, 8).ok()).unwrap_or(0);
                out.push(v as u8);
                chars.nth(1);
            }
            'u' | 'U' => {
                let n = if e == 'u' { 4 } else { 8 };
                let v = digits(n, 16);
                let c = char::from_u32(v).unwrap_or('\u{FFFD}');
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                if n > 0 {
                    chars.nth(n - 1);
                }
            }
            other => match simple_escape(other) {
                Some(v) => out.push(v as u8),
                None => out.push(other as u8),
            },
        }
    }
    out
}

/// The value of an integer literal (`0x1F`, `0o17`, `017`, `0b1`, `1_000`).
pub fn int_value(text: &str) -> BigInt {
    let t: String = text.chars().filter(|c| *c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(h) = lower.strip_prefix("0x") {
        (h.to_string(), 16)
    } else if let Some(o) = lower.strip_prefix("0o") {
        (o.to_string(), 8)
    } else if let Some(b) = lower.strip_prefix("0b") {
        (b.to_string(), 2)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (lower[1..].to_string(), 8)
    } else {
        (lower, 10)
    };
    BigInt::from_str_radix(&digits, radix).unwrap_or_else(|_| BigInt::zero())
}

/// The exact value of a floating-point literal (decimal or hexadecimal).
/// Exponents are clamped to ±100000: beyond that gc rejects the constant
/// anyway, and an exact rational would be enormous.
pub fn float_value(text: &str) -> BigRational {
    let t: String = text.chars().filter(|c| *c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (mantissa, exp, base, exp_base): (&str, i64, u32, u32) = if let Some(h) = lower.strip_prefix("0x") {
        let (m, e) = h.split_once('p').unwrap_or((h, "0"));
        (m, e.parse().unwrap_or(0), 16, 2)
    } else {
        let (m, e) = lower.split_once('e').unwrap_or((&lower, "0"));
        (m, e.parse().unwrap_or(0), 10, 10)
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{int_part}{frac_part}");
    let num =
        if digits.is_empty() { BigInt::zero() } else { BigInt::from_str_radix(&digits, base).unwrap_or_default() };
    let frac_scale = BigInt::from(base).pow(frac_part.len() as u32);
    let mut value = BigRational::new(num, frac_scale);
    let exp = exp.clamp(-100_000, 100_000);
    let scale = BigInt::from(exp_base).pow(exp.unsigned_abs() as u32);
    if exp >= 0 {
        value *= BigRational::from_integer(scale);
    } else {
        value /= BigRational::from_integer(scale);
    }
    if value.is_zero() { BigRational::zero() } else { value }
}
