//! gocc: a teaching compiler for a Go subset, with a Go-style runtime.
//!
//! The command line follows the `go` command's habits:
//!   gocc build [-o OUT] FILE.go...     a static executable
//!   gocc run FILE.go... [--] [ARGS]    build in a temporary directory and run
//!   gocc version | gocc help [build|run]
//! A compile error exits with status 1 (after all the diagnostics); a bad
//! command line or a missing file exits with status 2 and a one-line error.
//!
//! The pipeline is in `driver.rs`; ARCHITECTURE.md has the map.

mod abi;
mod diag;
mod driver;
#[cfg(test)]
mod fuzz;
mod ir;
mod link;
mod obj;
mod source;
mod ssagen;
mod syntax;
mod types;

use clap::{Parser, Subcommand};
use driver::Failure;
use std::path::PathBuf;
use std::process::ExitCode;

const VERSION: &str = concat!("gocc version ", env!("CARGO_PKG_VERSION"), " linux/amd64");

#[derive(Parser)]
#[command(
    name = "gocc",
    about = "gocc is a teaching compiler for a Go subset.",
    disable_help_subcommand = true,
    disable_version_flag = true
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compile Go files into a static executable.
    Build {
        /// Write the executable to this file (default: named after the first file).
        #[arg(short = 'o', value_name = "OUT")]
        output: Option<PathBuf>,
        /// The Go files of package main.
        #[arg(required = true, value_name = "FILE.go")]
        files: Vec<String>,
    },
    /// Compile and run Go files; arguments after the files (or after --) go to the program.
    Run {
        #[arg(
            required = true,
            value_name = "FILE.go... [--] ARGS",
            trailing_var_arg = true,
            allow_hyphen_values = true
        )]
        args: Vec<String>,
    },
    /// Print gocc's version.
    Version,
    /// Show help for gocc or one of its commands.
    Help { topic: Option<String> },
}

fn main() -> ExitCode {
    // The compiler recurses over syntax trees: give it a deep stack so that
    // no input, however nested, can overflow it.
    let worker = std::thread::Builder::new().stack_size(512 << 20).spawn(run_cli);
    match worker.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("gocc: internal compiler error (please report it)");
            ExitCode::from(3)
        }
    }
}

fn run_cli() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
                let _ = e.print();
                return ExitCode::SUCCESS;
            }
            // One line, as the go command does; details via `gocc help`.
            let text = e.render().to_string();
            let first = text.lines().next().unwrap_or("invalid command line").trim_start_matches("error: ");
            eprintln!("gocc: {first} (run 'gocc help' for usage)");
            return ExitCode::from(2);
        }
    };
    match cli.command {
        Command::Version => {
            println!("{VERSION}");
            ExitCode::SUCCESS
        }
        Command::Help { topic } => help(topic.as_deref()),
        Command::Build { output, files } => {
            let out = output.unwrap_or_else(|| default_output(&files[0]));
            finish(driver::build(&files, &out))
        }
        Command::Run { args } => run(args),
    }
}

fn help(topic: Option<&str>) -> ExitCode {
    use clap::CommandFactory;
    let mut cmd = Cli::command();
    match topic {
        None => {
            let _ = cmd.print_help();
            ExitCode::SUCCESS
        }
        Some(t) => match cmd.find_subcommand_mut(t) {
            Some(sub) => {
                let _ = sub.print_help();
                ExitCode::SUCCESS
            }
            None => {
                eprintln!("gocc help {t}: unknown help topic. Run 'gocc help'.");
                ExitCode::from(2)
            }
        },
    }
}

/// `hello.go` → `hello`, in the current directory (as `go build` names it).
fn default_output(first: &str) -> PathBuf {
    let stem = std::path::Path::new(first)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "a.out".into());
    PathBuf::from(stem)
}

fn finish(result: Result<(), Failure>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Diagnostics(text)) => {
            eprint!("{text}");
            ExitCode::from(1)
        }
        Err(Failure::Usage(msg)) => {
            eprintln!("gocc: {msg}");
            ExitCode::from(2)
        }
        Err(Failure::Internal(msg)) => {
            eprintln!("gocc: {msg}");
            ExitCode::from(2)
        }
    }
}

/// `gocc run`: the leading `.go` arguments are the files; the rest (after an
/// optional `--`) are the program's arguments.
fn run(args: Vec<String>) -> ExitCode {
    let split = args.iter().position(|a| !a.ends_with(".go")).unwrap_or(args.len());
    let files = args[..split].to_vec();
    let mut rest = &args[split..];
    if rest.first().is_some_and(|a| a == "--") {
        rest = &rest[1..];
    }
    if files.is_empty() {
        eprintln!("gocc: no go files listed (run 'gocc help run' for usage)");
        return ExitCode::from(2);
    }
    let dir = match tempfile::Builder::new().prefix("gocc-run").tempdir() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("gocc: {e}");
            return ExitCode::from(2);
        }
    };
    let exe = dir.path().join(default_output(&files[0]));
    if let Err(f) = driver::build(&files, &exe) {
        return finish(Err(f));
    }
    match std::process::Command::new(&exe).args(rest).status() {
        Ok(status) => {
            use std::os::unix::process::ExitStatusExt;
            match status.code() {
                Some(c) => ExitCode::from(c as u8),
                None => ExitCode::from(128 + status.signal().unwrap_or(0) as u8),
            }
        }
        Err(e) => {
            eprintln!("gocc: running {}: {e}", exe.display());
            ExitCode::from(2)
        }
    }
}
