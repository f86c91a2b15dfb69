//! The `gocc` command line: what a user types, what they get back.
//!
//! Follows the `go` command's habits: `build` leaves nothing but the
//! executable; `run` exits with the program's status; a bad flag or a
//! missing file is one line on stderr and exit status 2; a compile error is
//! exit status 1 with `FILE:LINE:COL: MESSAGE` first.

use std::path::Path;
use std::process::Command;

const GOCC: &str = env!("CARGO_BIN_EXE_gocc");

fn gocc(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(GOCC).args(args).current_dir(dir).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap();
}

#[test]
fn build_leaves_only_the_executable() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "hello.go", "package main\n\nfunc main() {\n\tprintln(\"hi\")\n}\n");
    let (code, _, err) = gocc(dir.path(), &["build", "hello.go"]);
    assert_eq!(code, 0, "{err}");
    let mut names: Vec<String> =
        std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into()).collect();
    names.sort();
    assert_eq!(names, ["hello", "hello.go"]);
    let out = Command::new(dir.path().join("hello")).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stderr), "hi\n");
    // -o names the output.
    let (code, _, _) = gocc(dir.path(), &["build", "-o", "other", "hello.go"]);
    assert_eq!(code, 0);
    assert!(dir.path().join("other").is_file());
}

#[test]
fn run_passes_the_exit_status_through() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "p.go", "package main\n\nfunc main() {\n\tprintln(\"before\")\n\tpanic(\"boom\")\n}\n");
    let (code, _, err) = gocc(dir.path(), &["run", "p.go"]);
    assert_eq!(code, 2);
    assert!(err.starts_with("before\npanic: boom\n\ngoroutine 1 [running]:\nmain.main()\n"), "{err}");
    write(dir.path(), "ok.go", "package main\n\nfunc main() {}\n");
    assert_eq!(gocc(dir.path(), &["run", "ok.go", "--", "arg"]).0, 0);
}

#[test]
fn usage_errors_are_one_line_and_status_2() {
    let dir = tempfile::tempdir().unwrap();
    for args in [&["build", "--frobnicate", "x.go"][..], &["nosuchcommand"], &["build", "missing.go"], &["build"]] {
        let (code, out, err) = gocc(dir.path(), args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert_eq!(out, "");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("gocc: "), "{err}");
    }
    let (_, _, err) = gocc(dir.path(), &["build", "missing.go"]);
    assert_eq!(err, "gocc: open missing.go: no such file or directory\n");
}

#[test]
fn compile_errors_are_status_1_with_positions() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "bad.go", "package main\n\nfunc main() {\n\tx := 1\n\ty := undefinedName\n}\n");
    let (code, _, err) = gocc(dir.path(), &["build", "bad.go"]);
    assert_eq!(code, 1);
    let firsts: Vec<&str> = err.lines().filter(|l| l.starts_with("bad.go:")).collect();
    assert_eq!(
        firsts,
        [
            "bad.go:4:2: declared and not used: x",
            "bad.go:5:2: declared and not used: y",
            "bad.go:5:7: undefined: undefinedName"
        ]
    );
    assert!(!dir.path().join("bad").exists());
}

#[test]
fn version_and_help() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, _) = gocc(dir.path(), &["version"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("gocc version ") && out.trim_end().ends_with("linux/amd64"), "{out}");
    let (code, out, _) = gocc(dir.path(), &["help"]);
    assert_eq!(code, 0);
    assert!(out.contains("build") && out.contains("run"), "{out}");
    let (code, out, _) = gocc(dir.path(), &["help", "build"]);
    assert_eq!(code, 0);
    assert!(out.contains("-o"), "{out}");
    assert_eq!(gocc(dir.path(), &["help", "nosuchtopic"]).0, 2);
}
