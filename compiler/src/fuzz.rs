//! The front end never panics: a mutation test.
//!
//! Every Go file under `tests/` is mutated thousands of times (truncated,
//! bytes flipped, tokens deleted, duplicated, swapped or inserted) and each
//! mutant goes through the whole front end (lexer, parser, checker) and, when
//! it type-checks, through code generation too. Each run must return
//! normally: a diagnostic is fine, a panic is a bug.
//!
//! The mutations come from a fixed-seed PRNG, so a failure reproduces; set
//! `GOCC_FUZZ_SEED` to explore other mutants and `GOCC_FUZZ_COUNT` to run
//! more (default 10,000). A failing mutant is written to the system temp
//! directory so it can be fed to `gocc build`.
//!
//! Rejected: cargo-fuzz (libFuzzer) as the test: it needs nightly and runs
//! unboundedly; this is the deterministic, bounded part that runs in CI.

#![cfg(test)]

use crate::driver;
use crate::source::SourceMap;
use crate::syntax::lexer;
use std::path::Path;
use std::sync::Mutex;

/// xorshift64*: small, fast, and reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }
}

const INSERTS: &[&str] = &[
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    ";",
    ",",
    ":=",
    "=",
    "+",
    "<<",
    "...",
    "func",
    "var",
    "const",
    "type",
    "if",
    "else",
    "for",
    "switch",
    "case",
    "default",
    "goto",
    "break",
    "continue",
    "return",
    "fallthrough",
    "go",
    "defer",
    "select",
    "map",
    "chan",
    "struct",
    "interface",
    "x",
    "_",
    "iota",
    "nil",
    "1e400",
    "0x",
    "'a'",
    "\"s\"",
    "`r`",
    "1<<100",
    "\n",
    "/*",
    "//",
    "@",
    "\\",
    "&",
    "*",
    "<-",
    "!",
    "^",
    "-",
    ".",
    "int8",
    "string",
    "panic",
    "len",
    "println",
];

/// One mutant of `src`.
fn mutate(src: &str, rng: &mut Rng) -> Vec<u8> {
    let mut diags = crate::diag::Diagnostics::default();
    let tokens = lexer::lex(src, 0, &mut diags).tokens;
    let bytes = src.as_bytes();
    let token_at = |rng: &mut Rng| tokens.get(rng.below(tokens.len())).map(|(_, s)| (s.lo as usize, s.hi as usize));
    match rng.below(6) {
        // Truncate.
        0 => bytes[..rng.below(bytes.len() + 1)].to_vec(),
        // Flip a byte (may make the file invalid UTF-8).
        1 => {
            let mut b = bytes.to_vec();
            if !b.is_empty() {
                let i = rng.below(b.len());
                b[i] ^= 1 << rng.below(8);
            }
            b
        }
        // Delete a token.
        2 => match token_at(rng) {
            Some((lo, hi)) => [&bytes[..lo], &bytes[hi..]].concat(),
            None => bytes.to_vec(),
        },
        // Duplicate a token.
        3 => match token_at(rng) {
            Some((lo, hi)) => [&bytes[..hi], b" ", &bytes[lo..hi], &bytes[hi..]].concat(),
            None => bytes.to_vec(),
        },
        // Swap two tokens.
        4 => match (token_at(rng), token_at(rng)) {
            (Some(a), Some(b)) if a.1 <= b.0 => {
                [&bytes[..a.0], &bytes[b.0..b.1], &bytes[a.1..b.0], &bytes[a.0..a.1], &bytes[b.1..]].concat()
            }
            _ => bytes.to_vec(),
        },
        // Insert a token.
        _ => match token_at(rng) {
            Some((lo, _)) => {
                let t = INSERTS[rng.below(INSERTS.len())];
                [&bytes[..lo], t.as_bytes(), b" ", &bytes[lo..]].concat()
            }
            None => bytes.to_vec(),
        },
    }
}

/// Runs one mutant through the compiler, in memory.
fn compile(bytes: Vec<u8>) {
    let (text, _) = crate::source::decode_source(bytes);
    let mut sources = SourceMap::default();
    sources.add("mutant.go", text);
    let mut diags = crate::diag::Diagnostics::default();
    if let Some(mut pkg) = driver::front_end(&mut sources, &mut diags) {
        let _ = driver::back_end(&mut pkg, &sources);
    }
    let _ = diags.render(&sources);
}

#[test]
fn mutated_programs_never_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut corpus = Vec::new();
    for dir in ["tests/run", "tests/errors"] {
        let mut files: Vec<_> = std::fs::read_dir(root.join(dir)).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        for f in files.into_iter().filter(|p| p.extension().is_some_and(|e| e == "go")) {
            corpus.push(std::fs::read_to_string(&f).unwrap());
        }
    }
    assert!(!corpus.is_empty());
    let seed: u64 = std::env::var("GOCC_FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x9e37_79b9_7f4a_7c15);
    let count: usize = std::env::var("GOCC_FUZZ_COUNT").ok().and_then(|s| s.parse().ok()).unwrap_or(10_000);
    // Panics are expected to be caught here; keep their messages out of the output.
    std::panic::set_hook(Box::new(|_| {}));
    let failures = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|s| {
        for t in 0..threads {
            let corpus = &corpus;
            let failures = &failures;
            // A big stack, as gocc's own main thread has.
            std::thread::Builder::new()
                .stack_size(256 << 20)
                .spawn_scoped(s, move || {
                    let mut rng = Rng(seed ^ (t as u64 + 1).wrapping_mul(0x1000_0000_01b3));
                    for i in (t..count).step_by(threads) {
                        let src = &corpus[i % corpus.len()];
                        // Some mutants get a second mutation on top of the first.
                        let mut m = mutate(src, &mut rng);
                        if rng.below(3) == 0 {
                            m = mutate(&String::from_utf8_lossy(&m), &mut rng);
                        }
                        let input = m.clone();
                        if std::panic::catch_unwind(move || compile(m)).is_err() {
                            failures.lock().unwrap().push(input);
                        }
                    }
                })
                .unwrap();
        }
    });
    let _ = std::panic::take_hook();
    let failures = failures.into_inner().unwrap();
    if !failures.is_empty() {
        let dir = std::env::temp_dir();
        let mut names = Vec::new();
        for (i, f) in failures.iter().take(10).enumerate() {
            let p = dir.join(format!("gocc-fuzz-{i}.go"));
            std::fs::write(&p, f).unwrap();
            names.push(p.display().to_string());
        }
        panic!("{} of {count} mutants made the compiler panic; first ones: {}", failures.len(), names.join(" "));
    }
}
