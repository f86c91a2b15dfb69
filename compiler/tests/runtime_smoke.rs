//! Smoke tests of the runtime alone, without the compiler.
//!
//! Each `runtime/tests/smoke/NAME.s` is a hand-written GNU assembler program
//! (Intel syntax) that plays the compiler's role: it defines `main.main`,
//! `main.init` and the `runtime.firstmoduledata` function table, keeps g in
//! R15, uses the compiler's prologue, and calls the runtime's entry points.
//! The test assembles it with `as`, links it with the runtime object
//! (`ld -static -nostdlib -e _rt0_amd64_linux NAME.o runtime.o`), runs it,
//! and compares what it printed (stdout and stderr through one pipe, then
//! `exit status N` when N is not 0) with `NAME.want`.
//!
//! The environment of each run is the test's own, without `GOCCDEBUG`;
//! `# env: NAME=VALUE...` lines in the `.s` file add variables (say
//! `GOCCDEBUG=checkroots=2`).
//!
//! Values that depend on where the kernel put the stacks and heap, or on the
//! runtime's own code layout, are masked on both sides before comparing:
//! the hex numbers after `pc=`, `sp=`, `fp=`, `gp=`, `mp=` and in
//! `stack=[...]`. Offsets within the test's own functions (`+0x12`) depend
//! only on the `.s` file and are compared.
//!
//! Bless mode: `GOCC_BLESS=1 cargo test --release --test runtime_smoke`
//! rewrites the `.want` files from the current runtime; review the diff.

mod common;

use std::path::Path;
use std::process::Command;

use common::{cases, check_golden_masked, run_all, run_program, with_exit_status};

const RUNTIME_OBJ: &str = env!("GOCC_RUNTIME_OBJ");

/// Assembles `src` and links it with the runtime into `exe`.
fn build(src: &Path, exe: &Path) -> Result<(), String> {
    build_with(src, exe, &[])
}

/// build, with extra linker flags.
fn build_with(src: &Path, exe: &Path, ldflags: &[&str]) -> Result<(), String> {
    let obj = exe.with_extension("o");
    let out = Command::new("as").arg("-o").arg(&obj).arg(src).output().map_err(|e| format!("running as: {e}"))?;
    if !out.status.success() {
        return Err(format!("as failed:\n{}", String::from_utf8_lossy(&out.stderr)));
    }
    let out = Command::new("ld")
        .args(["-static", "-nostdlib", "-e", "_rt0_amd64_linux"])
        .args(ldflags)
        .arg("-o")
        .arg(exe)
        .arg(&obj)
        .arg(RUNTIME_OBJ)
        .output()
        .map_err(|e| format!("running ld: {e}"))?;
    if !out.status.success() {
        return Err(format!("ld failed:\n{}", String::from_utf8_lossy(&out.stderr)));
    }
    Ok(())
}

/// The `# env: NAME=VALUE...` settings of a smoke program's source.
fn env_of(source: &str) -> Vec<(&str, &str)> {
    source
        .lines()
        .filter_map(|l| l.strip_prefix("# env:"))
        .flat_map(|l| l.split_whitespace())
        .filter_map(|kv| kv.split_once('='))
        .collect()
}

/// Masks the values that vary from run to run or with the runtime's layout.
fn mask(s: &str) -> String {
    let addr = regex::Regex::new(r"\b(pc|sp|fp|gp|mp)=0x[0-9a-f]+").unwrap();
    let stack = regex::Regex::new(r"stack=\[0x[0-9a-f]+, 0x[0-9a-f]+\]").unwrap();
    let s = addr.replace_all(s, "$1=0x?");
    stack.replace_all(&s, "stack=[0x?, 0x?]").into_owned()
}

#[test]
fn smoke_programs() {
    let work = tempfile::tempdir().unwrap();
    run_all(cases("runtime/tests/smoke", "s"), |case| {
        let exe = work.path().join(case.file_stem().unwrap());
        build(case, &exe)?;
        let source = std::fs::read_to_string(case).map_err(|e| e.to_string())?;
        let (out, code) = run_program(&exe, &env_of(&source))?;
        check_golden_masked(&case.with_extension("want"), &with_exit_status(&out, code), mask)
    });
}

/// The runtime must stay small: a static hello-world is well under 100 KB,
/// linked as gocc links (link.rs: `--gc-sections` drops the runtime
/// functions the program never reaches, such as maps in a hello).
#[test]
fn static_hello_is_small() {
    let work = tempfile::tempdir().unwrap();
    let src = work.path().join("hello.s");
    std::fs::write(
        &src,
        r#"
	.intel_syntax noprefix
	.text
	.globl "main.main"
"main.main":
	push rbp
	mov rbp, rsp
	call "runtime.printlock"
	lea rdi, [rip + .Lhello]
	mov esi, 5
	call "runtime.printstring"
	call "runtime.printnl"
	call "runtime.printunlock"
	pop rbp
	ret
	.globl "main.init"
"main.init":
	ret
	.section .rodata
.Lhello:
	.ascii "hello"
	.p2align 3
	.globl "runtime.firstmoduledata"
"runtime.firstmoduledata":
	.quad 0, 0
	.globl "main..inittask"
"main..inittask":
	.long 0, 1
	.quad "main.init"
	.section .note.GNU-stack,"",@progbits
"#,
    )
    .unwrap();
    let exe = work.path().join("hello");
    build_with(&src, &exe, &["--gc-sections"]).unwrap();
    let (out, code) = run_program(&exe, &[]).unwrap();
    assert_eq!((out.as_str(), code), ("hello\n", 0));
    let size = std::fs::metadata(&exe).unwrap().len();
    assert!(size < 100_000, "static hello is {size} bytes");
}
