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
//! - `# varies: REGEX` in a snippet's first lines: the parts of its output
//!   that REGEX matches change from run to run (timings), so they are not
//!   compared: each match becomes `…` on both sides first. Everything else
//!   is checked, on those lines too. Blessing writes the output unmasked,
//!   so the book shows the figures of the blessed run.
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

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use common::{
    GOCC, blessing, cases, check_golden, check_golden_masked, files_with_ext, notice, repo_root, run_all, run_joined,
    with_exit_status,
};

/// A snippet that runs longer than this is killed and fails (a cold `go
/// build` of hello world takes a few seconds).
const SNIPPET_TIMEOUT: Duration = Duration::from_secs(300);

/// Said under a snippet's difference: most are a figure that moved.
const REBLESS_HINT: &str =
    "(if only a figure moved because gocc changed, re-bless with GOCC_BLESS=1 and check the chapter's text)\n";

fn book_dir() -> PathBuf {
    repo_root().join("book")
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

/// The patterns of `# varies:` lines among the first five lines.
fn varying_parts(script: &str) -> Result<Vec<regex::Regex>, String> {
    script
        .lines()
        .take(5)
        .filter_map(|l| l.trim().strip_prefix("# varies:"))
        .map(|re| regex::Regex::new(re.trim()).map_err(|e| format!("# varies: {e}")))
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
        // The same go settings whoever runs the tests, wherever go is
        // installed: GOPATH mode, this toolchain, and -trimpath (gc's
        // binaries otherwise embed GOROOT's path, and their sizes with it).
        .env("GOTOOLCHAIN", "local")
        .env("GOFLAGS", "-trimpath")
        .env("GO111MODULE", "off")
        .env_remove("GOCC_BLESS");
    let (raw, code) = run_joined(cmd, SNIPPET_TIMEOUT)?;
    let root_name = root.path().to_string_lossy().into_owned();
    Ok(with_exit_status(&raw.replace(&root_name, "/tmp/gocc-book.XXXXXX"), code))
}

#[test]
fn listings() {
    let dir = book_dir().join("listings");
    // Every expected output belongs to a snippet.
    let orphans: Vec<String> = files_with_ext(&dir, "out")
        .into_iter()
        .filter(|o| !o.with_extension("sh").exists())
        .map(|o| o.display().to_string())
        .collect();
    assert!(orphans.is_empty(), ".out files without a .sh: {orphans:?}");

    let path = snippet_path();
    run_all(cases("book/listings", "sh"), |script| {
        let text = std::fs::read_to_string(script).map_err(|e| e.to_string())?;
        let missing: Vec<String> = required_tools(&text).into_iter().filter(|t| !on_path(t, &path)).collect();
        if !missing.is_empty() {
            let name = script.strip_prefix(&dir).unwrap_or(script).display().to_string();
            notice(&format!("skipped {name}: {} not on PATH", missing.join(", ")));
            return Ok(());
        }
        let varies = varying_parts(&text)?;
        let got = run_snippet(script, &path)?;
        let golden = script.with_extension("out");
        let checked = if varies.is_empty() || blessing() {
            check_golden(&golden, &got)
        } else {
            let mask = |s: &str| varies.iter().fold(s.to_string(), |s, re| re.replace_all(&s, "…").into_owned());
            check_golden_masked(&golden, &got, mask)
        };
        checked.map_err(|e| format!("{e}{REBLESS_HINT}"))
    });
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
