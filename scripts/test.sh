#!/usr/bin/env bash
# Builds everything and runs the whole test suite: unit, UI and end-to-end (real binary under tmux).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup-debian.sh
swift build --build-tests
.build/debug/sitrep-bench run --articles 100 --runs 1 >/dev/null # benchmark smoke run: every stage still runs
swift test --skip-build
