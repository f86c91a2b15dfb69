//! Builds the `#![no_std]` runtime (../runtime) into one relocatable object
//! that the `gocc` binary embeds with `include_bytes!`, so that `gocc` alone
//! is all a user needs to build Go programs.
//!
//! Design: a direct `rustc` call, not a nested `cargo build`: a nested cargo
//! would fight the outer one for the build-directory lock and inherit its
//! flags. The runtime has no dependencies, so one rustc invocation builds it.
//! The resulting staticlib (~4 MB: the runtime plus ~300 compiler_builtins
//! members) is partially linked with `ld -r -u _rt0_amd64_linux` into a single
//! object holding only what the entry point reaches.
//!
//! Rejected: shipping the runtime as a separate file beside the binary (a
//! user could lose it); building it at `gocc build` time (needs rustc on the
//! user's machine).
//!
//! Outputs: `$OUT_DIR/runtime.o`, and the environment variable
//! `GOCC_RUNTIME_OBJ` naming it for the crate's own tests.
use std::{env, path::PathBuf, process::Command};

fn main() {
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    // GOCC_RUNTIME_SRC builds the compiler against another copy of the
    // runtime (handy while the runtime tree is being edited).
    println!("cargo:rerun-if-env-changed=GOCC_RUNTIME_SRC");
    let runtime_src =
        env::var_os("GOCC_RUNTIME_SRC").map(PathBuf::from).unwrap_or_else(|| manifest.join("../runtime/src"));
    println!("cargo:rerun-if-changed={}", runtime_src.display());
    for entry in std::fs::read_dir(&runtime_src).expect("runtime/src exists") {
        println!("cargo:rerun-if-changed={}", entry.unwrap().path().display());
    }

    let rustc = env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let staticlib = out.join("libruntime.a");
    let status = Command::new(rustc)
        // The host crate's flags (target-cpu, coverage, sanitizers) must not leak in.
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("RUSTFLAGS")
        .args(["--crate-name", "runtime", "--crate-type", "staticlib", "--edition", "2024"])
        .args(["--target", "x86_64-unknown-linux-gnu"])
        .args(["-C", "panic=abort", "-C", "opt-level=2", "-C", "codegen-units=1"])
        .args(["-C", "lto=fat", "-C", "force-frame-pointers=yes", "-C", "debuginfo=0"])
        .args(["-C", "relocation-model=static"])
        // Paths the runtime embeds (panic locations) must not depend on
        // where the repository is checked out: executables, and the book's
        // figures about them, are the same in every clone.
        .arg(format!("--remap-path-prefix={}=runtime/src", runtime_src.display()))
        .arg("-o")
        .arg(&staticlib)
        .arg(runtime_src.join("lib.rs"))
        .status()
        .expect("running rustc for the runtime");
    assert!(status.success(), "building the runtime failed");

    let object = out.join("runtime.o");
    let status = Command::new("ld")
        .args(["-r", "-u", "_rt0_amd64_linux", "--strip-debug", "-o"])
        .arg(&object)
        .arg(&staticlib)
        .status()
        .expect("running ld -r (binutils must be installed)");
    assert!(status.success(), "ld -r of the runtime failed");
    println!("cargo:rustc-env=GOCC_RUNTIME_OBJ={}", object.display());
}
