#!/usr/bin/env bash
# Benchmark of `a0 jobs` (figures in docs/PERFORMANCE.md). Builds the release binary and runs
# examples/bench_jobs.rs: import validation+splitting of a 100 MB NDJSON file, and an export of 1,000,000 users
# compared with `curl -s URL | gzip -d > file`. Options: --import-mb N, --users N, --skip-import, --skip-export.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
cargo build --release --bin a0 --example bench_jobs
exec "$CARGO_TARGET_DIR/release/examples/bench_jobs" "$@"
