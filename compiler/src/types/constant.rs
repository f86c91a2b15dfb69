//! Constant values, with the arbitrary precision the Go spec asks for.
//!
//! Integer constants are `BigInt`s; floating-point constants are exact
//! rationals (`BigRational`), so `0.1 + 0.2 == 0.3` holds for constants as it
//! does in gc. A constant only becomes a machine value when it is converted
//! to a typed context, and then it must be representable: an integer must fit
//! the type's range ("overflows"), a float must be a whole number to become an
//! integer ("truncated"), and a float rounds to the nearest float32/float64.
//!
//! Rejected: gc's go/constant switches between big.Rat and big.Float with 512
//! bits; exact rationals give the same answers for every program in the
//! subset, in less code. Exponents are bounded by the literal parser.
//!
//! Go: src/go/constant/value.go, src/cmd/compile/internal/types2/const.go.

use crate::types::types::Basic;
use num_bigint::BigInt;
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Bool(bool),
    Int(BigInt),
    Float(BigRational),
    String(Vec<u8>),
}

impl Value {
    pub fn int(v: i64) -> Value {
        Value::Int(BigInt::from(v))
    }

    /// The value as an integer, if it is one (a float with no fraction counts).
    pub fn to_int(&self) -> Option<BigInt> {
        match self {
            Value::Int(i) => Some(i.clone()),
            Value::Float(f) if f.is_integer() => Some(f.to_integer()),
            _ => None,
        }
    }

    pub fn to_i64(&self) -> Option<i64> {
        self.to_int()?.to_i64()
    }

    pub fn to_rational(&self) -> Option<BigRational> {
        match self {
            Value::Int(i) => Some(BigRational::from_integer(i.clone())),
            Value::Float(f) => Some(f.clone()),
            _ => None,
        }
    }

    pub fn to_f64(&self) -> f64 {
        match self {
            Value::Int(i) => i.to_f64().unwrap_or(f64::INFINITY),
            Value::Float(f) => rational_to_f64(f),
            Value::Bool(b) => *b as u8 as f64,
            Value::String(_) => 0.0,
        }
    }

    /// How gc prints a constant in messages: `300`, `1.5`, `"abc"`, `true`,
    /// `1e+100`. Floats are shown with up to 6 significant digits, as %.6g.
    pub fn describe(&self) -> String {
        match self {
            Value::Bool(b) => b.to_string(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => describe_float(f),
            Value::String(s) => go_quote(s),
        }
    }
}

/// Go's `%q` of a string (strconv.Quote): printable characters as they are,
/// the usual escapes, `\xNN` for bytes that are not UTF-8 and `\u`/`\U`
/// for other non-printable characters. Distinct byte strings quote
/// differently, so the result can name a symbol.
/// Go's `strconv.IsPrint`, approximated: Unicode minus control
/// characters, spaces other than ' ', and format characters (soft hyphen,
/// zero-width and bidirectional marks, the byte order mark).
pub fn is_go_printable(c: char) -> bool {
    let x = c as u32;
    c == ' '
        || !(c.is_control()
            || c.is_whitespace()
            || matches!(x, 0xad | 0x200b..=0x200f | 0x2028..=0x202e | 0x2060..=0x206f | 0xfeff))
}

pub fn go_quote(s: &[u8]) -> String {
    let mut out = String::from("\"");
    let mut rest = s;
    while !rest.is_empty() {
        let (valid, bad) = match std::str::from_utf8(rest) {
            Ok(v) => (v, None),
            Err(e) => {
                let v = std::str::from_utf8(&rest[..e.valid_up_to()]).unwrap();
                (v, Some(e.valid_up_to()))
            }
        };
        for c in valid.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\t' => out.push_str("\\t"),
                '\r' => out.push_str("\\r"),
                '\u{7}' => out.push_str("\\a"),
                '\u{8}' => out.push_str("\\b"),
                '\u{c}' => out.push_str("\\f"),
                '\u{b}' => out.push_str("\\v"),
                c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
                c if !is_go_printable(c) => {
                    if (c as u32) < 0x10000 {
                        out.push_str(&format!("\\u{:04x}", c as u32))
                    } else {
                        out.push_str(&format!("\\U{:08x}", c as u32))
                    }
                }
                c => out.push(c),
            }
        }
        match bad {
            None => break,
            Some(at) => {
                out.push_str(&format!("\\x{:02x}", rest[at]));
                rest = &rest[at + 1..];
            }
        }
    }
    out.push('"');
    out
}

/// go/constant's String for a float: `%.6g` of the nearest float64, with a
/// `~` when that hides a fraction, and a manual decimal exponent for values
/// beyond float64's range (`1e+309`).
fn describe_float(f: &BigRational) -> String {
    let x = rational_to_f64(f);
    if x.is_finite() && (x != 0.0 || f.is_zero()) {
        let s = format_g(x, 6);
        if !f.is_integer() && !s.contains('.') && !s.contains('e') {
            return format!("~{s}");
        }
        return s;
    }
    // f = m * 10^e with 1 <= |m| < 10, from the binary exponent.
    let bits = f.numer().abs().bits() as i64 - f.denom().bits() as i64;
    let two = BigRational::from_integer(BigInt::from(2));
    let scale = if bits >= 0 { two.pow(bits as i32) } else { BigRational::one() / two.pow((-bits) as i32) };
    let m2 = rational_to_f64(&(f / scale)); // 0.5 <= |m2| < 2
    let d = bits as f64 * std::f64::consts::LOG10_2;
    let mut e = d as i64;
    let mut m = m2 * 10f64.powf(d - e as f64);
    if m.abs() < 1.0 - 0.5e-6 {
        m *= 10.0;
        e -= 1;
    } else if m.abs() >= 10.0 {
        m /= 10.0;
        e += 1;
    }
    format!("{}e{:+}", format_g(m, 6), e)
}

/// `%.{prec}g` formatting of a float, as Go's fmt does it.
pub fn format_g(v: f64, prec: usize) -> String {
    if v.is_infinite() {
        return if v > 0.0 { "+Inf".into() } else { "-Inf".into() };
    }
    if v == 0.0 {
        return "0".into();
    }
    let e = format!("{:.*e}", prec.saturating_sub(1), v);
    let (mant, exp) = e.split_once('e').unwrap();
    let exp: i32 = exp.parse().unwrap();
    if exp < -4 || exp >= prec as i32 {
        let mant = if mant.contains('.') { mant.trim_end_matches('0').trim_end_matches('.') } else { mant };
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{mant}e{sign}{:02}", exp.abs())
    } else {
        let decimals = (prec as i32 - 1 - exp).max(0) as usize;
        let s = format!("{v:.decimals$}");
        if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.').to_string() } else { s }
    }
}

/// The nearest f64 to a rational (round to nearest even), correct for
/// every magnitude: it scales to a 64-bit integer mantissa, divides exactly,
/// and lets the final conversion do the rounding of the remaining bits.
pub fn rational_to_f64(r: &BigRational) -> f64 {
    if r.is_zero() {
        return 0.0;
    }
    let neg = r.is_negative();
    let n = r.numer().abs();
    let d = r.denom().clone();
    // Choose a shift so that the quotient has at least 66 significant bits.
    let shift = 66i64 - (n.bits() as i64 - d.bits() as i64);
    let (q, rem) = if shift >= 0 { (n << shift as usize).div_rem(&d) } else { n.div_rem(&(d << (-shift) as usize)) };
    // Sticky bit: a nonzero remainder must round away from an exact tie.
    let q = if rem.is_zero() { q } else { (q << 1usize) | BigInt::one() };
    let extra = if rem.is_zero() { 0 } else { 1 };
    let bits = q.bits() as i64;
    // Reduce q to 64 bits, keeping a sticky bit for the discarded ones.
    let drop = (bits - 64).max(0);
    let mut top = (&q >> drop as usize).to_u64().unwrap_or(u64::MAX);
    let low_mask: BigInt = (BigInt::one() << drop as usize) - 1;
    if drop > 0 && !(&q & low_mask).is_zero() {
        top |= 1;
    }
    let exp2 = drop - shift - extra;
    let v = scale_u64(top, exp2);
    if neg { -v } else { v }
}

/// `m * 2^e` rounded once to f64 (m has up to 64 bits).
fn scale_u64(m: u64, e: i64) -> f64 {
    if m == 0 {
        return 0.0;
    }
    let lead = 63 - m.leading_zeros() as i64; // exponent of the top bit
    let top_exp = lead + e; // value in [2^top_exp, 2^(top_exp+1))
    if top_exp > 1023 {
        return f64::INFINITY;
    }
    // The number of mantissa bits available: 53 for normals, fewer for subnormals.
    let keep = if top_exp >= -1022 { 53 } else { (53 - (-1022 - top_exp)).max(0) };
    let drop = lead + 1 - keep;
    let mut mant = m;
    let mut exp = e;
    if drop > 0 {
        let drop = drop as u32;
        let half = if drop >= 64 { 0 } else { 1u64 << (drop - 1) };
        let rest = if drop >= 64 { m } else { m & ((1u64 << drop) - 1) };
        mant = if drop >= 64 { 0 } else { m >> drop };
        exp += drop as i64;
        let round_up = if drop >= 65 { false } else { rest > half || (rest == half && mant & 1 == 1) };
        if round_up {
            mant += 1;
        }
    }
    // mant * 2^exp is now exact in f64 (mant ≤ 2^53), barring overflow.
    let mut v = mant as f64;
    let mut exp = exp;
    while exp > 0 {
        let step = exp.min(1000);
        v *= 2f64.powi(step as i32);
        exp -= step;
    }
    while exp < 0 {
        let step = (-exp).min(1000);
        v /= 2f64.powi(step as i32);
        exp += step;
    }
    v
}

/// The exact rational value of an f64.
pub fn f64_to_rational(v: f64) -> BigRational {
    BigRational::from_float(v).unwrap_or_else(BigRational::zero)
}

/// Why a constant does not fit a type.
#[derive(Debug, PartialEq)]
pub enum Unrepresentable {
    Overflows,
    Truncated,
    /// Not a value of that kind at all (a string as an int).
    Mismatch,
}

/// Converts `v` to a value of the basic type `to`, if representable: the
/// result is exact for integers and rounded for floats.
pub fn represent(v: &Value, to: Basic) -> Result<Value, Unrepresentable> {
    use Basic::*;
    match to {
        Bool | UntypedBool => match v {
            Value::Bool(_) => Ok(v.clone()),
            _ => Err(Unrepresentable::Mismatch),
        },
        String | UntypedString => match v {
            Value::String(_) => Ok(v.clone()),
            _ => Err(Unrepresentable::Mismatch),
        },
        UntypedInt | UntypedRune => match v {
            Value::Int(_) => Ok(v.clone()),
            Value::Float(f) if f.is_integer() => Ok(Value::Int(f.to_integer())),
            Value::Float(_) => Err(Unrepresentable::Truncated),
            _ => Err(Unrepresentable::Mismatch),
        },
        UntypedFloat => match v {
            Value::Int(i) => Ok(Value::Float(BigRational::from_integer(i.clone()))),
            Value::Float(_) => Ok(v.clone()),
            _ => Err(Unrepresentable::Mismatch),
        },
        b if b.is_integer() => {
            let i = match v {
                Value::Int(i) => i.clone(),
                Value::Float(f) if f.is_integer() => f.to_integer(),
                Value::Float(_) => return Err(Unrepresentable::Truncated),
                _ => return Err(Unrepresentable::Mismatch),
            };
            let (lo, hi) = int_range(b);
            if i < lo || i > hi { Err(Unrepresentable::Overflows) } else { Ok(Value::Int(i)) }
        }
        Float32 | Float64 => {
            let r = match v.to_rational() {
                Some(r) => r,
                None => return Err(Unrepresentable::Mismatch),
            };
            let f = rational_to_f64(&r);
            let f = if to == Float32 {
                let x = f as f32;
                // Round from the exact value, not from the f64, to avoid double rounding
                // in the (rare) halfway cases: compare the two f32 neighbours.
                if x.is_infinite() {
                    return Err(Unrepresentable::Overflows);
                }
                round_to_f32(&r, x) as f64
            } else {
                f
            };
            if f.is_infinite() {
                return Err(Unrepresentable::Overflows);
            }
            Ok(Value::Float(f64_to_rational(f)))
        }
        Complex64 | Complex128 => match v.to_rational() {
            Some(_) => Ok(v.clone()),
            None => Err(Unrepresentable::Mismatch),
        },
        _ => Err(Unrepresentable::Mismatch),
    }
}

fn round_to_f32(exact: &BigRational, guess: f32) -> f32 {
    let candidates = [f32::from_bits(guess.to_bits().wrapping_sub(1)), guess, f32::from_bits(guess.to_bits() + 1)];
    let mut best = guess;
    let mut best_err: Option<BigRational> = None;
    for c in candidates {
        if !c.is_finite() {
            continue;
        }
        let err = (f64_to_rational(c as f64) - exact).abs();
        let better = match &best_err {
            None => true,
            Some(b) => err < *b || (err == *b && c.to_bits() & 1 == 0),
        };
        if better {
            best = c;
            best_err = Some(err);
        }
    }
    best
}

/// The range of an integer type.
pub fn int_range(b: Basic) -> (BigInt, BigInt) {
    let bits = b.bits();
    if b.is_unsigned() {
        (BigInt::zero(), (BigInt::one() << bits) - 1)
    } else {
        (-(BigInt::one() << (bits - 1)), (BigInt::one() << (bits - 1)) - 1)
    }
}

/// Wraps an integer to `bits` bits, two's complement (signed or not).
pub fn wrap(i: &BigInt, bits: u32, signed: bool) -> BigInt {
    let modulus = BigInt::one() << bits;
    let mut r = i.mod_floor(&modulus);
    if signed && r >= (BigInt::one() << (bits - 1)) {
        r -= modulus;
    }
    r
}

/// The constant as raw machine bits for a basic type (integers wrapped, floats as IEEE bits).
pub fn to_bits(v: &Value, b: Basic) -> u64 {
    match v {
        Value::Bool(x) => *x as u64,
        _ if b == Basic::Float32 => (v.to_f64() as f32).to_bits() as u64,
        _ if b == Basic::Float64 => v.to_f64().to_bits(),
        Value::Int(i) => {
            let w = wrap(i, 64, false);
            w.to_u64().unwrap_or(0)
        }
        Value::Float(f) => {
            let i = f.to_integer();
            wrap(&i, 64, false).to_u64().unwrap_or(0)
        }
        Value::String(_) => 0,
    }
}

/// Integer division truncated toward zero, as Go's `/`.
pub fn quo_trunc(a: &BigInt, b: &BigInt) -> BigInt {
    let (q, _) = a.div_rem(b);
    q
}

/// Remainder with the sign of the dividend, as Go's `%`.
pub fn rem_trunc(a: &BigInt, b: &BigInt) -> BigInt {
    let (_, r) = a.div_rem(b);
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rational_rounding() {
        let tenth = BigRational::new(BigInt::from(1), BigInt::from(10));
        assert_eq!(rational_to_f64(&tenth), 0.1);
        let third = BigRational::new(BigInt::from(1), BigInt::from(3));
        assert_eq!(rational_to_f64(&third), 1.0 / 3.0);
        let big = BigRational::from_integer(BigInt::from(1u64 << 63) * BigInt::from(3));
        assert_eq!(rational_to_f64(&big), 3.0 * 9223372036854775808.0);
        let tiny = BigRational::new(BigInt::from(1), BigInt::from(10).pow(320));
        assert_eq!(rational_to_f64(&tiny), 1e-320);
        assert_eq!(format_g(1e100, 6), "1e+100");
        assert_eq!(format_g(1.5, 6), "1.5");
        assert_eq!(format_g(123456789.0, 6), "1.23457e+08");
    }
}
