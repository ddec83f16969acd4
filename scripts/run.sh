#!/usr/bin/env bash
# Builds sitrep (release) and opens it on the embedded corpus, or on the arguments given.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup-debian.sh
swift build -c release --product sitrep >&2
exec .build/release/sitrep "$@"
