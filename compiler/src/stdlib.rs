//! The Go packages gocc provides, embedded in the binary.
//!
//! A package is Go source under `stdlib/PATH/`; functions declared there
//! without a body are implemented by the runtime under the same symbol, as
//! gc's runtime does with its assembly functions. Only what a program
//! imports is parsed and checked.
//!
//! Go: src/ (GOROOT).

/// The files of a package, by import path: (name shown in positions, source).
pub fn package(path: &str) -> Option<&'static [(&'static str, &'static str)]> {
    match path {
        "runtime" => Some(&[("$GOROOT/src/runtime/mstats.go", include_str!("../../stdlib/runtime/mstats.go"))]),
        "time" => Some(&[("$GOROOT/src/time/time.go", include_str!("../../stdlib/time/time.go"))]),
        _ => None,
    }
}
