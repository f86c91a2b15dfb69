//! The `gocc` command line: what a user types, what they get back.
//!
//! Follows the `go` command's habits: `build` leaves nothing but the
//! executable; `run` exits with the program's status; a bad flag or a
//! missing file is one line on stderr and exit status 2; a compile error is
//! exit status 1 with `FILE:LINE:COL: MESSAGE` first.

mod common;

use std::path::Path;
use std::process::Command;

use common::GOCC;

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

/// `build -S`, as `go build -gcflags=-S`: the executable, and the listing
/// of what was built on stderr (stdout stays empty).
#[test]
fn build_with_listing() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "hi.go", "package main\n\nfunc main() {\n\tprintln(\"hi\")\n}\n");
    let (code, out, err) = gocc(dir.path(), &["build", "-S", "-func=main", "hi.go"]);
    assert_eq!((code, out.as_str()), (0, ""), "{err}");
    assert!(err.starts_with("main.main STEXT"), "{err}");
    assert!(err.contains("CALL\truntime.printstring(SB)"), "{err}");
    let run = Command::new(dir.path().join("hi")).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&run.stderr), "hi\n");
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
    // Named as the go command names a file in the current directory.
    let firsts: Vec<&str> = err.lines().filter(|l| l.starts_with("./bad.go:")).collect();
    assert_eq!(
        firsts,
        [
            "./bad.go:4:2: declared and not used: x",
            "./bad.go:5:2: declared and not used: y",
            "./bad.go:5:7: undefined: undefinedName"
        ]
    );
    assert!(!dir.path().join("bad").exists());
}

/// As gc: at the tenth error, `POS: too many errors` (at the tenth's
/// position) and stop, even when there is no eleventh; `-e` lifts the limit.
#[test]
fn ten_errors_then_too_many_errors() {
    let dir = tempfile::tempdir().unwrap();
    let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"];
    write(dir.path(), "many.go", &format!("package main\n\nfunc main() {{\n\tvar {} int\n}}\n", names.join(", ")));
    let errors = |args: &[&str]| -> Vec<String> {
        let (code, _, err) = gocc(dir.path(), args);
        assert_eq!(code, 1, "{err}");
        err.lines().filter(|l| l.starts_with("./many.go:")).map(String::from).collect()
    };
    let limited = errors(&["build", "many.go"]);
    assert_eq!(limited.len(), 11, "{limited:?}");
    assert_eq!(limited[9], "./many.go:4:33: declared and not used: j");
    assert_eq!(limited[10], "./many.go:4:33: too many errors");
    // The first ten found, not the first ten by position: gc reports a
    // function's unused variables at its end, after the overflow below them.
    let mut late = names.iter().take(10).map(|n| format!("\tvar {n} int\n")).collect::<String>();
    late += "\tvar z int8 = 300\n";
    write(dir.path(), "order.go", &format!("package main\n\nfunc main() {{\n{late}}}\n"));
    let (_, _, err) = gocc(dir.path(), &["build", "order.go"]);
    let lines: Vec<&str> = err.lines().filter(|l| l.starts_with("./order.go:")).collect();
    assert_eq!(
        lines[8..],
        [
            "./order.go:12:6: declared and not used: i",
            "./order.go:14:15: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)",
            "./order.go:12:6: too many errors",
        ],
        "{err}"
    );
    let all = errors(&["build", "-e", "many.go"]);
    assert_eq!(all.len(), 11, "{all:?}");
    assert_eq!(all[10], "./many.go:4:36: declared and not used: k");
    assert!(all.iter().all(|l| !l.ends_with("too many errors")));
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

/// Go that gocc does not compile yet is a compile error that says so, at
/// each place it occurs (never a crash of the compiler), and one error does
/// not cause another.
#[test]
fn unsupported_features_are_compile_errors() {
    let dir = tempfile::tempdir().unwrap();
    let program = "package main\n\nfunc one() int { return 1 }\n\nfunc call(f func() int) int { return f() }\n\nfunc main() {\n\tg := one\n\tprintln(call(one), g())\n}\n";
    write(dir.path(), "fv.go", program);
    let (code, _, err) = gocc(dir.path(), &["build", "fv.go"]);
    assert_eq!(code, 1, "{err}");
    let headers: Vec<&str> = err.lines().filter(|l| l.starts_with("./fv.go:")).collect();
    assert_eq!(
        headers,
        [
            "./fv.go:5:38: gocc does not support function values yet",
            "./fv.go:8:7: gocc does not support function values yet",
            // (gc's rule: one error per line with the same message)
            "./fv.go:9:15: gocc does not support function values yet",
        ],
        "{err}"
    );
}

/// A stack overflow's traceback counts logical frames, as gc's: a call
/// inlined into a function is a frame of its own, and the innermost 50
/// (some of them inlined) come before `...N frames elided...`.
#[test]
fn traceback_limits_count_inlined_frames() {
    let dir = tempfile::tempdir().unwrap();
    let program = "package main\n\nfunc rec(n int) int {\n\tvar buf [100]int\n\tbuf[n%100] = n\n\treturn rec(n+1) + buf[0]\n}\n\nfunc main() {\n\tprintln(rec(0))\n}\n";
    write(dir.path(), "rec.go", program);
    let (code, _, err) = gocc(dir.path(), &["build", "rec.go"]);
    assert_eq!(code, 0, "{err}");
    let out = Command::new(dir.path().join("rec")).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8_lossy(&out.stderr);
    let inner: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.starts_with("goroutine 1"))
        .take_while(|l| !l.contains("frames elided"))
        .collect();
    let frames = inner.iter().filter(|l| l.starts_with("main.rec(")).count();
    let inlined = inner.windows(2).filter(|w| w[0].starts_with("main.rec(") && !w[1].contains(" +0x")).count();
    assert_eq!(frames, 50, "{text}");
    assert!(inlined > 0, "no inlined frames:\n{text}");
}

/// A package variable bigger than gc's symbol limit is a compile error
/// (gc: `main.g: symbol too large (8589934592 bytes > 2000000000 bytes)`),
/// not a failure of the linker. (gc places it at a use of g; gocc at g.)
#[test]
fn symbol_too_large() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "big.go",
        "package main\n\nvar g [1 << 33]byte\n\nfunc main() {\n\tg[5] = 1\n\tprintln(g[5])\n}\n",
    );
    let (code, _, err) = gocc(dir.path(), &["build", "big.go"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.starts_with("./big.go:3:5: main.g: symbol too large (8589934592 bytes > 2000000000 bytes)"), "{err}");
}

/// `-m` prints gc's decisions (inlining first, then escape analysis) on
/// stderr and builds nothing; `-m=2` adds gc's explanations.
#[test]
fn escape_decisions_and_explanations() {
    let dir = tempfile::tempdir().unwrap();
    let program = "package main\n\nfunc keep(p *int) *int {\n\treturn p\n}\n\n//go:noinline\nfunc add2(a, b int) *int {\n\tc := a + b\n\treturn &c\n}\n\nfunc main() {\n\tx := 5\n\tprintln(*keep(&x), *add2(1, 2))\n}\n";
    write(dir.path(), "e.go", program);
    let (code, out, err) = gocc(dir.path(), &["-m", "e.go"]);
    assert_eq!((code, out.as_str()), (0, ""), "{err}");
    assert_eq!(
        err,
        "./e.go:3:6: can inline keep\n\
         ./e.go:13:6: can inline main\n\
         ./e.go:15:15: inlining call to keep\n\
         ./e.go:3:11: leaking param: p to result ~r0 level=0\n\
         ./e.go:9:2: moved to heap: c\n"
    );
    let (code, _, err) = gocc(dir.path(), &["-m=2", "e.go"]);
    assert_eq!(code, 0, "{err}");
    for line in [
        "./e.go:8:6: cannot inline add2: marked go:noinline",
        "./e.go:9:2: c escapes to heap in add2:",
        "./e.go:9:2:   flow: ~r0 ← &c:",
        "./e.go:9:2:     from &c (address-of) at ./e.go:10:9",
        "./e.go:9:2:     from return &c (return) at ./e.go:10:2",
    ] {
        assert!(err.lines().any(|l| l == line), "missing {line:?} in:\n{err}");
    }
    assert!(std::fs::read_dir(dir.path()).unwrap().count() == 1, "-m built something");
}
