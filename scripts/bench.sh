#!/usr/bin/env bash
# Builds release and runs every measurement of issue 3: generated corpora, stage timings, growth,
# memory at 100,000 articles and the pseudo-terminal measurement, then a Markdown summary. Results go to .build/bench-results/ (or $1).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup-debian.sh
for tool in python3 less; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is needed for the terminal measurement" >&2; exit 1; }
done
out=${1:-.build/bench-results}
mkdir -p "$out"
corpora=$(mktemp -d)
trap 'rm -rf "$corpora"' EXIT

swift build -c release >&2
bench=.build/release/sitrep-bench
{
    echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) cores"
    echo "memory: $(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo)"
    echo "swift: $(swift --version 2>&1 | head -1)"
    echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out/machine.txt"

echo "== embedded corpus" >&2
$bench run --corpus seeds --runs 5 --save "$out/run-embedded.json" | tee "$out/run-embedded.txt"

echo "== 10,000 generated articles" >&2
$bench generate --articles 10000 --seed 1 --out "$corpora/10k"
$bench run --corpus "$corpora/10k" --runs 5 --save "$out/run-10k.json" | tee "$out/run-10k.txt"

echo "== growth, N = 1k ... 64k" >&2
$bench run --growth --max-articles 64000 --runs 3 --save "$out/growth.json" | tee "$out/growth.txt"

echo "== 100,000 generated articles: load and analyse as the app does, peak memory" >&2
$bench generate --articles 100000 --seed 1 --out "$corpora/100k"
$bench run --corpus "$corpora/100k" --runs 1 --whole-only --save "$out/run-100k.json" | tee "$out/run-100k.txt"
rm -rf "$corpora/100k"

echo "== terminal side, through a pseudo-terminal" >&2
python3 scripts/pty_bench.py --sitrep .build/release/sitrep --save "$out/pty-embedded.json" | tee "$out/pty-embedded.txt"
python3 scripts/pty_bench.py --sitrep .build/release/sitrep --corpus "$corpora/10k" --save "$out/pty-10k.json" \
    | tee "$out/pty-10k.txt"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/machine.txt"
python3 scripts/bench_report.py "$out" > "$out/summary.md"
echo "bench: results in $out/ (tables for BENCHMARKS.md in $out/summary.md)" >&2
