#!/usr/bin/env bash
# Benchmark (not a test): the README's two commands on a fresh clone, as a new user types them, timed.
#
#   1. the main job: `cargo run -- users create … && cargo run -- users list` (the built-in local tenant)
#   2. the tests:    `cargo test --workspace`
#
# Each run gets a fresh clone of HEAD and an empty target dir (crates already in ~/.cargo are not downloaded
# again: the figure is build + run time, not network time). With --compare it then does the same with the
# README's old first command (`cargo run --release -- …`), the yardstick of issue 14: two profiles, two builds.
# Options: --compare. Figures go in docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
COMPARE=0
# The toolchain stays where it is installed; only a0's own dirs are fresh.
export RUSTUP_HOME="${RUSTUP_HOME:-$HOME/.rustup}" CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
[ "${1:-}" = "--compare" ] && COMPARE=1
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

run_once() { # $1 = label, $2 = cargo run profile flag ("" or --release)
    local label=$1 profile=$2 dir="$WORK/$1"
    git clone -q . "$dir/a0"
    (
        cd "$dir/a0"
        export CARGO_TARGET_DIR="$dir/target" CARGO_INCREMENTAL=0
        export A0_CONFIG_DIR="$dir/config" A0_DATA_DIR="$dir/data" A0_STATE_DIR="$dir/state" HOME="$dir/home"
        unset AUTH0_DOMAIN AUTH0_CLIENT_ID AUTH0_CLIENT_SECRET AUTH0_API_TOKEN A0_TENANT
        local t0 t1 t2
        t0=$(date +%s)
        # shellcheck disable=SC2086
        cargo run -q $profile -- users create --connection Username-Password-Authentication \
            --email ada@example.com --password-stdin <<< 'Correct Horse Battery 9' >/dev/null 2>"$dir/run.err" &&
            cargo run -q $profile -- users list >/dev/null 2>>"$dir/run.err"
        t1=$(date +%s)
        local verdict="tests passed"
        cargo test -q --workspace >"$dir/test.out" 2>&1 || verdict="TESTS FAILED (see below)"
        t2=$(date +%s)
        printf '%-28s main job %4d s   tests %4d s   both %4d s (%dm%02ds)   %s\n' "$label" \
            $((t1 - t0)) $((t2 - t1)) $((t2 - t0)) $(((t2 - t0) / 60)) $(((t2 - t0) % 60)) "$verdict"
        [ "$verdict" = "tests passed" ] || grep -E "FAILED|panicked" "$dir/test.out" | head -5 >&2
    )
}

echo "machine: $(nproc) cores, $(rustc --version), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
run_once "cargo run (dev profile)" ""
if [ "$COMPARE" = 1 ]; then
    run_once "cargo run --release (old)" "--release"
fi
echo "target: both commands one after the other in under 12 minutes (720 s) on 2 cores"
