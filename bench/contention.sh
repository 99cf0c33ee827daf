#!/usr/bin/env bash
# Benchmark (not a test): GET /users/{id} latency while 4 worst-case searches run on a 50,000-user file tenant.
# Target p99 ≤ 50 ms on 2 cores. Options are passed on: [USERS=50000] [SECONDS=10]. Figures in docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
exec cargo run --release -q -p a0-emulator --example bench_contention -- "$@"
