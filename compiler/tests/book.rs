//! The book's listings are tests: every command output shown in `book/` is
//! produced by a checked-in snippet and compared here, so a chapter that
//! drifts from what gocc (or gcc, or gc) really does fails the suite.
//!
//! - `book/listings/CHAPTER/NAME.sh`: the commands a reader would type.
//!   `NAME.out`: what they print, stdout and stderr through one pipe,
//!   followed by `exit status N` when bash exits with N != 0. Each snippet
//!   runs with `bash NAME.sh` in a fresh copy of its directory (so the
//!   inputs it needs, hello.go and hello.c, sit beside it), with the
//!   directory of the `gocc` under test first on PATH.
//! - `# requires: TOOL...` in a snippet's first lines: the snippet is
//!   skipped, with a message on stderr, when a TOOL is not on PATH (`go` is
//!   often absent; `gcc`, `objdump`, `strace` sometimes).
//! - Chapters show snippets and outputs with mdBook includes; the test
//!   checks that every `{{#include PATH}}` in `book/src/*.md` resolves, with
//!   its `:ANCHOR` (an `ANCHOR: NAME` … `ANCHOR_END: NAME` pair of lines in
//!   the target) or `:FROM:TO` line range, and that every chapter is listed
//!   in `SUMMARY.md`. mdbook itself is not needed.
//!
//! Bless mode: `GOCC_BLESS=1 cargo test --release --test book` rewrites the
//! `.out` files from what the snippets print now (skipped snippets keep
//! theirs). Review the diff: a changed figure may need new words in the
//! chapter too.
//!
//! Stable outputs. The work directory is always `/tmp/gocc-book.XXXXXX/CHAPTER`
//! with six random characters: gocc and gc put the source file's absolute
//! path in the binary, so a path of another length would change sizes and
//! addresses. The random part is printed as `XXXXXX`. The environment is
//! pinned where tools read it: `LC_ALL=C` (messages, sorting),
//! `GOTOOLCHAIN=local` (never download a Go toolchain: no network) and an
//! empty `GOFLAGS`.
//!
//! Outputs of gcc and go listings depend on those tools' versions; the
//! snippets print the version first, so that a failure on another machine
//! says why at its first line.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const GOCC: &str = env!("CARGO_BIN_EXE_gocc");
/// A snippet that runs longer than this is killed and fails (a cold `go
/// build` of hello world takes a few seconds).
const RUN_TIMEOUT: Duration = Duration::from_secs(300);

fn book_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../book")
}

fn blessing() -> bool {
    std::env::var_os("GOCC_BLESS").is_some_and(|v| v != "0")
}

/// Prints a line that `cargo test` does not capture: skip notices must be
/// seen even when the test passes.
fn notice(msg: &str) {
    let _ = writeln!(std::io::stderr(), "book: {msg}");
}

/// Every file under dir with the given extension, sorted.
fn files_with_ext(dir: &Path, ext: &str) -> Vec<PathBuf> {
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

/// The PATH snippets run with: gocc's directory first.
fn snippet_path() -> std::ffi::OsString {
    let gocc_dir = Path::new(GOCC).parent().unwrap().to_path_buf();
    let rest = std::env::var_os("PATH").unwrap_or_default();
    std::env::join_paths(std::iter::once(gocc_dir).chain(std::env::split_paths(&rest))).unwrap()
}

fn on_path(tool: &str, path: &std::ffi::OsStr) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::env::split_paths(path)
        .any(|d| std::fs::metadata(d.join(tool)).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0))
}

/// The tools named by `# requires:` lines among the first five lines.
fn required_tools(script: &str) -> Vec<String> {
    script
        .lines()
        .take(5)
        .filter_map(|l| l.trim().strip_prefix("# requires:"))
        .flat_map(|rest| rest.split([' ', ',']).filter(|t| !t.is_empty()).map(str::to_string))
        .collect()
}

/// Copies the files of a listing directory (not the expected outputs,
/// which a snippet must not see) into dst.
fn copy_inputs(src: &Path, dst: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dst)?;
    for entry in std::fs::read_dir(src)? {
        let path = entry?.path();
        let to = dst.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_inputs(&path, &to)?;
        } else if path.extension().is_none_or(|e| e != "out") {
            std::fs::copy(&path, &to)?;
        }
    }
    Ok(())
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
        std::thread::sleep(Duration::from_millis(5));
    };
    let bytes = reader_thread.join().unwrap();
    let code = status.code().unwrap_or_else(|| {
        use std::os::unix::process::ExitStatusExt;
        128 + status.signal().unwrap_or(0)
    });
    Ok((String::from_utf8_lossy(&bytes).into_owned(), code))
}

/// The first differing line with some context, enough to see what changed.
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
    s.push_str(
        "(if only a figure moved because gocc changed, re-bless with GOCC_BLESS=1 and check the chapter's text)\n",
    );
    s
}

/// Runs one snippet; returns its output as the `.out` file should hold it.
fn run_snippet(script: &Path, path: &std::ffi::OsStr) -> Result<String, String> {
    let listing_dir = script.parent().unwrap();
    let chapter = listing_dir.file_name().unwrap();
    let root = tempfile::Builder::new()
        .prefix("gocc-book.")
        .rand_bytes(6)
        .tempdir_in("/tmp")
        .map_err(|e| format!("creating a work directory in /tmp: {e}"))?;
    let work = root.path().join(chapter);
    copy_inputs(listing_dir, &work).map_err(|e| format!("copying {}: {e}", listing_dir.display()))?;
    let mut cmd = Command::new("bash");
    cmd.arg(script.file_name().unwrap())
        .current_dir(&work)
        .env("PATH", path)
        .env("LC_ALL", "C")
        .env("GOTOOLCHAIN", "local")
        .env("GOFLAGS", "")
        .env_remove("GOCC_BLESS");
    let (raw, code) = run_joined(cmd)?;
    let root_name = root.path().to_string_lossy().into_owned();
    let out = raw.replace(&root_name, "/tmp/gocc-book.XXXXXX");
    Ok(if code == 0 { out } else { format!("{out}exit status {code}\n") })
}

#[test]
fn listings() {
    let dir = book_dir().join("listings");
    let filter = std::env::var("GOCC_TEST_FILTER").unwrap_or_default();
    let scripts: Vec<PathBuf> =
        files_with_ext(&dir, "sh").into_iter().filter(|p| p.to_string_lossy().contains(&filter)).collect();
    assert!(!scripts.is_empty() || !filter.is_empty(), "no listings under {}", dir.display());

    // Every expected output belongs to a snippet.
    let orphans: Vec<String> = files_with_ext(&dir, "out")
        .into_iter()
        .filter(|o| !o.with_extension("sh").exists())
        .map(|o| o.display().to_string())
        .collect();
    assert!(orphans.is_empty(), ".out files without a .sh: {orphans:?}");

    let path = snippet_path();
    let bless = blessing();
    let queue = Mutex::new(scripts.into_iter());
    let failures = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                loop {
                    let next = queue.lock().unwrap().next();
                    let Some(script) = next else { break };
                    let name = script.strip_prefix(&dir).unwrap_or(&script).display().to_string();
                    let text = std::fs::read_to_string(&script).unwrap();
                    let missing: Vec<String> =
                        required_tools(&text).into_iter().filter(|t| !on_path(t, &path)).collect();
                    if !missing.is_empty() {
                        notice(&format!("skipped {name}: {} not on PATH", missing.join(", ")));
                        continue;
                    }
                    let golden = script.with_extension("out");
                    let result = run_snippet(&script, &path).and_then(|got| {
                        if bless {
                            return std::fs::write(&golden, &got).map_err(|e| e.to_string());
                        }
                        let want = std::fs::read_to_string(&golden)
                            .map_err(|e| format!("{}: {e} (bless with GOCC_BLESS=1)", golden.display()))?;
                        if want == got { Ok(()) } else { Err(show_difference(&want, &got)) }
                    });
                    if let Err(msg) = result {
                        failures.lock().unwrap().push(format!("--- {name}\n{msg}"));
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    if !failures.is_empty() {
        panic!("{} listing(s) failed:\n{}", failures.len(), failures.join("\n"));
    }
}

/// Checks that an include's optional `:ANCHOR` or `:FROM:TO` part exists in
/// the target's text, the way mdBook reads it.
fn check_selector(text: &str, selector: &str) -> Result<(), String> {
    let parts: Vec<&str> = selector.split(':').collect();
    let is_range = parts.len() <= 2 && parts.iter().all(|p| p.is_empty() || p.parse::<usize>().is_ok());
    if is_range {
        let lines = text.lines().count();
        let last = parts.iter().filter_map(|p| p.parse::<usize>().ok()).max().unwrap_or(0);
        if last > lines {
            return Err(format!("line {last} is past the end ({lines} lines)"));
        }
        return Ok(());
    }
    let anchor = regex::Regex::new(r"ANCHOR(_END)?:\s*([\w-]+)").unwrap();
    let (mut start, mut end) = (None, None);
    for (i, line) in text.lines().enumerate() {
        if let Some(c) = anchor.captures(line) {
            if &c[2] == selector {
                if c.get(1).is_some() {
                    end.get_or_insert(i);
                } else {
                    start.get_or_insert(i);
                }
            }
        }
    }
    match (start, end) {
        (Some(s), Some(e)) if s < e => Ok(()),
        (Some(_), Some(_)) => Err(format!("ANCHOR_END: {selector} comes before ANCHOR: {selector}")),
        (None, _) => Err(format!("no `ANCHOR: {selector}` line")),
        (_, None) => Err(format!("no `ANCHOR_END: {selector}` line")),
    }
}

#[test]
fn includes_resolve() {
    let src = book_dir().join("src");
    let include = regex::Regex::new(r"(\\?)\{\{#include\s+([^}\s]+)\s*\}\}").unwrap();
    let mut problems = Vec::new();
    let chapters = files_with_ext(&src, "md");
    assert!(!chapters.is_empty(), "no chapters under {}", src.display());
    for chapter in &chapters {
        let text = std::fs::read_to_string(chapter).unwrap();
        for c in include.captures_iter(&text) {
            if !c[1].is_empty() {
                continue; // `\{{#include ...}}` is mdBook's escape: shown, not included
            }
            let spec = &c[2];
            let (file, selector) = match spec.split_once(':') {
                Some((f, s)) => (f, Some(s)),
                None => (spec, None),
            };
            let target = chapter.parent().unwrap().join(file);
            let where_ = format!("{}: {{{{#include {spec}}}}}", chapter.display());
            let Ok(body) = std::fs::read_to_string(&target) else {
                problems.push(format!("{where_}: cannot read {}", target.display()));
                continue;
            };
            if let Some(sel) = selector
                && let Err(e) = check_selector(&body, sel)
            {
                problems.push(format!("{where_}: {e}"));
            }
        }
    }
    assert!(problems.is_empty(), "unresolved includes:\n{}", problems.join("\n"));
}

#[test]
fn summary_lists_every_chapter() {
    let src = book_dir().join("src");
    let summary = std::fs::read_to_string(src.join("SUMMARY.md")).expect("book/src/SUMMARY.md");
    let link = regex::Regex::new(r"\]\(([^)\s]+\.md)\)").unwrap();
    let listed: Vec<PathBuf> = link.captures_iter(&summary).map(|c| src.join(&c[1])).collect();
    let mut problems = Vec::new();
    for l in &listed {
        if !l.exists() {
            problems.push(format!("SUMMARY.md links to {}, which does not exist", l.display()));
        }
    }
    for chapter in files_with_ext(&src, "md") {
        if chapter.file_name().is_some_and(|n| n == "SUMMARY.md") {
            continue;
        }
        if !listed.contains(&chapter) {
            problems.push(format!("{} is not listed in SUMMARY.md", chapter.display()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
