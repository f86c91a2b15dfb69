//! Linking: the compiled object + the runtime object → a static executable.
//!
//! The runtime object is embedded in the `gocc` binary at build time
//! (`build.rs`), so a user needs nothing but `gocc` and the system linker.
//! It is written next to the program's object in the build's temporary
//! directory and both are linked with `ld -static -nostdlib`, entry point
//! `_rt0_amd64_linux`, exactly as a Go binary starts.
//!
//! Rejected: linking through `cc` (it would add the C runtime, crt1.o and
//! libc, which a Go-style binary does not want).
//!
//! Go: src/cmd/link.

use std::path::Path;
use std::process::Command;

/// The runtime, as one relocatable object.
pub static RUNTIME_OBJECT: &[u8] = include_bytes!(env!("GOCC_RUNTIME_OBJ"));

pub fn link(program: &Path, work: &Path, out: &Path) -> Result<(), String> {
    let runtime = work.join("runtime.o");
    std::fs::write(&runtime, RUNTIME_OBJECT).map_err(|e| format!("writing {}: {e}", runtime.display()))?;
    let output = Command::new("ld")
        .args(["-static", "-nostdlib", "--gc-sections", "-e", "_rt0_amd64_linux", "-o"])
        .arg(out)
        .arg(program)
        .arg(&runtime)
        .output()
        .map_err(|e| format!("running ld: {e} (gocc needs binutils' ld)"))?;
    if !output.status.success() {
        return Err(format!("ld failed:\n{}", String::from_utf8_lossy(&output.stderr)));
    }
    Ok(())
}
