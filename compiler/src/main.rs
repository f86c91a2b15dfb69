//! gocc: a teaching compiler for a Go subset, with a Go-style runtime.
//!
//! The command line follows the `go` command's habits:
//!   gocc build [-o OUT] [-S] [-e] FILE.go... a static executable (-S: and its listing on stderr)
//!   gocc -S [-func=NAME] FILE.go...    the Plan 9 listing on stdout, nothing built
//!   gocc -m[=2] FILE.go...             inlining and escape decisions on stderr (build -m: and build)
//!   gocc run FILE.go... [--] [ARGS]    build in a temporary directory and run
//!   gocc version | gocc help [build|run]
//! A compile error exits with status 1 (after all the diagnostics); a bad
//! command line or a missing file exits with status 2 and a one-line error.
//!
//! The pipeline is in `driver.rs`; ARCHITECTURE.md has the map.

mod abi;
mod bounds;
mod diag;
mod driver;
mod escape;
#[cfg(test)]
mod fuzz;
mod gcfmt;
mod inline;
mod ir;
mod link;
mod obj;
mod order;
mod plan9;
mod source;
mod ssagen;
mod stdlib;
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
    disable_version_flag = true,
    args_conflicts_with_subcommands = true,
    override_usage = "gocc <COMMAND>\n       gocc -S [-func=NAME] FILE.go...\n       gocc -m FILE.go..."
)]
struct Cli {
    /// Print the assembly listing (Plan 9 syntax, as go build -gcflags=-S) of the files' functions; build nothing.
    #[arg(short = 'S')]
    asm: bool,
    /// Print the inlining and escape-analysis decisions on stderr (as go build -gcflags=-m); build nothing.
    /// -m=2 (or -m -m) adds why: gc's flow explanations.
    #[arg(short = 'm', action = clap::ArgAction::Count)]
    escapes: u8,
    /// With -S: list only this function (main.add, or add).
    #[arg(long = "func", value_name = "NAME")]
    func: Option<String>,
    /// Report every compile error (as go build -gcflags=-e), not just the first 10.
    #[arg(short = 'e')]
    all_errors: bool,
    /// With -S or -m: the Go files of package main.
    #[arg(value_name = "FILE.go")]
    files: Vec<String>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Compile Go files into a static executable.
    Build {
        /// Write the executable to this file (default: named after the first file).
        #[arg(short = 'o', value_name = "OUT")]
        output: Option<PathBuf>,
        /// Also print the assembly listing on stderr (as go build -gcflags=-S).
        #[arg(short = 'S')]
        asm: bool,
        /// With -S: list only this function (main.add, or add).
        #[arg(long = "func", value_name = "NAME", requires = "asm")]
        func: Option<String>,
        /// Also print the inlining and escape-analysis decisions on stderr (as go build -gcflags=-m; -m=2 explains).
        #[arg(short = 'm', action = clap::ArgAction::Count)]
        escapes: u8,
        /// Report every compile error (as go build -gcflags=-e), not just the first 10.
        #[arg(short = 'e')]
        all_errors: bool,
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
    let cli = match Cli::try_parse_from(go_style_flags(std::env::args())) {
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
    if cli.all_errors {
        diag::report_all_errors();
    }
    let Some(command) = cli.command else {
        if cli.escapes > 0 {
            if let Err(f) = escape_report(&cli.files, cli.escapes) {
                return finish(Err(f));
            }
            if !cli.asm {
                return ExitCode::SUCCESS;
            }
        }
        return listing_only(cli.asm, cli.func.as_deref(), &cli.files);
    };
    match command {
        Command::Version => {
            println!("{VERSION}");
            ExitCode::SUCCESS
        }
        Command::Help { topic } => help(topic.as_deref()),
        Command::Build { output, asm, func, escapes, all_errors, files } => {
            if all_errors {
                diag::report_all_errors();
            }
            let out = output.unwrap_or_else(|| default_output(&files[0]));
            if escapes > 0 {
                if let Err(f) = escape_report(&files, escapes) {
                    return finish(Err(f));
                }
            }
            let compiled = match driver::compile(&files) {
                Ok(c) => c,
                Err(f) => return finish(Err(f)),
            };
            if asm {
                // As go build -gcflags=-S: the compiler's listing on stderr.
                match compiled.listing(func.as_deref()) {
                    Ok(text) => eprint!("{text}"),
                    Err(f) => return finish(Err(f)),
                }
            }
            finish(compiled.link(&out))
        }
        Command::Run { args } => run(args),
    }
}

/// The go command's single-dash long flag `-func=NAME` (or `-func NAME`)
/// becomes clap's `--func`, and gc's `-m=2` becomes `-m -m`; `run`'s
/// arguments belong to the program.
fn go_style_flags(args: impl Iterator<Item = String>) -> Vec<String> {
    let args: Vec<String> = args.collect();
    if args.get(1).is_some_and(|a| a == "run") {
        return args;
    }
    let mut out = Vec::new();
    for a in args {
        if a == "-func" || a.starts_with("-func=") {
            out.push(format!("-{a}"));
        } else if let Some(level) = a.strip_prefix("-m=").and_then(|n| n.parse::<usize>().ok()) {
            // gc's -m=2 is -m given twice.
            out.extend(std::iter::repeat_n("-m".to_string(), level.min(4)));
        } else {
            out.push(a);
        }
    }
    out
}

/// `-m`: the escape-analysis decisions on stderr, as gc prints them.
fn escape_report(files: &[String], level: u8) -> Result<(), Failure> {
    if files.is_empty() {
        return Err(Failure::Usage("-m: no go files listed".into()));
    }
    eprint!("{}", driver::escape_report(files, level)?);
    Ok(())
}

/// `gocc -S [-func=NAME] FILE.go...`: the listing on stdout, nothing built.
fn listing_only(asm: bool, func: Option<&str>, files: &[String]) -> ExitCode {
    let usage = |msg: &str| {
        eprintln!("gocc: {msg} (run 'gocc help' for usage)");
        ExitCode::from(2)
    };
    match (asm, files.first()) {
        (false, None) if func.is_none() => usage("no command given"),
        (false, Some(first)) if func.is_none() => usage(&format!("unknown command '{first}'")),
        (false, _) => usage("-func needs -S"),
        (true, None) => usage("-S: no go files listed"),
        (true, Some(_)) => match driver::listing(files, func) {
            Ok(text) => {
                print!("{text}");
                ExitCode::SUCCESS
            }
            Err(f) => finish(Err(f)),
        },
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
