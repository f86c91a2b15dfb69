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

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const RUNTIME_OBJ: &str = env!("GOCC_RUNTIME_OBJ");
const RUN_TIMEOUT: Duration = Duration::from_secs(20);

fn smoke_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../runtime/tests/smoke")
}

fn blessing() -> bool {
    std::env::var_os("GOCC_BLESS").is_some_and(|v| v != "0")
}

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

/// Runs exe with stdout and stderr joined into one pipe; returns the output
/// and the exit status (128+signal when killed by a signal).
fn run(exe: &Path, env: &[(String, String)]) -> Result<(String, i32), String> {
    let (mut reader, writer) = std::io::pipe().map_err(|e| e.to_string())?;
    let mut cmd = Command::new(exe);
    cmd.env_remove("GOCCDEBUG").envs(env.iter().map(|(k, v)| (k, v)));
    cmd.stdin(Stdio::null()).stdout(writer.try_clone().map_err(|e| e.to_string())?).stderr(writer);
    let mut child = cmd.spawn().map_err(|e| format!("spawning {}: {e}", exe.display()))?;
    drop(cmd); // close our copies of the write end, so the reader sees EOF
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

/// The `# env: NAME=VALUE...` settings of a smoke program's source.
fn env_of(src: &Path) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(src).unwrap_or_default();
    text.lines()
        .filter_map(|l| l.strip_prefix("# env:"))
        .flat_map(|l| l.split_whitespace())
        .filter_map(|kv| kv.split_once('=').map(|(k, v)| (k.to_string(), v.to_string())))
        .collect()
}

/// Masks the values that vary from run to run or with the runtime's layout.
fn mask(s: &str) -> String {
    let addr = regex::Regex::new(r"\b(pc|sp|fp|gp|mp)=0x[0-9a-f]+").unwrap();
    let stack = regex::Regex::new(r"stack=\[0x[0-9a-f]+, 0x[0-9a-f]+\]").unwrap();
    let s = addr.replace_all(s, "$1=0x?");
    stack.replace_all(&s, "stack=[0x?, 0x?]").into_owned()
}

fn first_difference(want: &str, got: &str) -> String {
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
fn smoke_programs() {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(smoke_dir())
        .expect("runtime/tests/smoke exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "s"))
        .collect();
    cases.sort();
    assert!(!cases.is_empty(), "no smoke tests found");
    let work = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_stem().unwrap().to_string_lossy().into_owned();
        let result = (|| -> Result<(), String> {
            let exe = work.path().join(&name);
            build(case, &exe)?;
            let (out, code) = run(&exe, &env_of(case))?;
            let got = if code == 0 { out } else { format!("{out}exit status {code}\n") };
            let golden = case.with_extension("want");
            if blessing() {
                return std::fs::write(&golden, mask(&got)).map_err(|e| e.to_string());
            }
            let want = std::fs::read_to_string(&golden)
                .map_err(|e| format!("{}: {e} (bless with GOCC_BLESS=1)", golden.display()))?;
            let (want, got) = (mask(&want), mask(&got));
            if want != got {
                return Err(first_difference(&want, &got));
            }
            Ok(())
        })();
        if let Err(msg) = result {
            failures.push(format!("--- {}\n{msg}", case.display()));
        }
    }
    assert!(failures.is_empty(), "{} smoke test(s) failed:\n{}", failures.len(), failures.join("\n"));
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
    let (out, code) = run(&exe, &[]).unwrap();
    assert_eq!((out.as_str(), code), ("hello\n", 0));
    let size = std::fs::metadata(&exe).unwrap().len();
    assert!(size < 100_000, "static hello is {size} bytes");
}
