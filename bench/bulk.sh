#!/usr/bin/env bash
# Benchmark of a0's bulk changes (figures in docs/PERFORMANCE.md), not a test.
#
# In one run, against emulators with --latency 100 --rate-limit 50 (a fresh one per measurement, so each starts
# with the same N users and a full rate-limit bucket), it times blocking and deleting N users with:
#   a0 (`a0 users block|delete - --yes < ids`), a sequential auth0-python loop, and an 8-thread auth0-python
#   script; and prints the ceiling N / rate beside them, a0's share of 429s, and the users left unchanged.
# It makes its own Python venv (target/bench-venv, auth0-python 6.8.0) and builds a0 in release.
# Options: --users N (300), --rate N (50), --latency MS (100).
set -euo pipefail
cd "$(dirname "$0")/.."
USERS=300 RATE=50 LATENCY=100
while [ $# -gt 0 ]; do
    case "$1" in
        --users) USERS=$2; shift 2 ;;
        --rate) RATE=$2; shift 2 ;;
        --latency) LATENCY=$2; shift 2 ;;
        *) echo "usage: bench/bulk.sh [--users N] [--rate N] [--latency MS]" >&2; exit 2 ;;
    esac
done
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
cargo build --release --bin a0 >&2
A0="$CARGO_TARGET_DIR/release/a0"
VENV="$CARGO_TARGET_DIR/bench-venv"
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import auth0' 2>/dev/null; then
    python3 -m venv "$VENV" >&2
    "$VENV/bin/pip" install -q auth0-python==6.8.0 >&2
fi
PY="$VENV/bin/python"

WORK=$(mktemp -d)
EMU_PID=""
cleanup() { [ -n "$EMU_PID" ] && kill "$EMU_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

python3 - "$USERS" > "$WORK/seed.json" <<'PY'
import json, sys
n = int(sys.argv[1])
print(json.dumps([{"email": f"u{i:05}@bench.example", "email_verified": True, "user_id": f"b{i:05}"} for i in range(n)]))
PY
for i in $(seq 0 $((USERS - 1))); do printf 'auth0|b%05d\n' "$i"; done > "$WORK/ids.txt"
SECRET="bench-$RANDOM-$RANDOM-secret"
export A0_CONFIG_DIR="$WORK/config" A0_STATE_DIR="$WORK/state"

# Starts a fresh emulator with the N users; sets BASE and TOKEN.
start_emulator() {
    [ -n "$EMU_PID" ] && kill "$EMU_PID" 2>/dev/null && wait "$EMU_PID" 2>/dev/null || true
    : > "$WORK/emu.out"
    A0_EMULATOR_CLIENT_ID=bench-admin A0_EMULATOR_CLIENT_SECRET="$SECRET" \
        "$A0" emulator serve --memory --addr 127.0.0.1:0 --latency "$LATENCY" --rate-limit "$RATE" \
        --seed "$WORK/seed.json" > "$WORK/emu.out" 2> "$WORK/emu.err" &
    EMU_PID=$!
    for _ in $(seq 1 100); do
        BASE=$(sed -n 's/^a0 emulator listening on //p' "$WORK/emu.out")
        [ -n "$BASE" ] && break
        sleep 0.1
    done
    [ -n "$BASE" ] || { echo "the emulator did not start" >&2; cat "$WORK/emu.err" >&2; exit 1; }
    TOKEN=$(curl -s "$BASE/oauth/token" -H 'content-type: application/json' \
        -d "{\"grant_type\":\"client_credentials\",\"client_id\":\"bench-admin\",\"client_secret\":\"$SECRET\",\"audience\":\"$BASE/api/v2/\"}" |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
}

# How many of the N users are still not changed by OP (0 = nothing lost).
left() {
    local q
    if [ "$1" = block ]; then q='blocked:false'; else q='email:*@bench.example'; fi
    curl -s -G "$BASE/api/v2/users" -H "authorization: Bearer $TOKEN" \
        --data-urlencode "q=$q" --data-urlencode include_totals=true --data-urlencode per_page=1 |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])'
}

declare -A T LOST LIMITED REQS LOOP
for op in block delete; do
    start_emulator
    started=$(date +%s.%N)
    AUTH0_DOMAIN="$BASE" AUTH0_CLIENT_ID=bench-admin AUTH0_CLIENT_SECRET="$SECRET" \
        "$A0" users "$op" - --yes < "$WORK/ids.txt" > /dev/null 2> "$WORK/a0.err" || true
    T[a0,$op]=$(python3 -c "import time; print(f'{time.time() - $started:.2f}')")
    summary=$(grep -E 'requests/s' "$WORK/a0.err" || true)
    REQS[$op]=$(echo "$summary" | sed -nE 's/.*\(([0-9,]+) requests,.*/\1/p' | tr -d ,)
    LIMITED[$op]=$(echo "$summary" | sed -nE 's/.*, ([0-9,]+) rate-limited\).*/\1/p' | tr -d ,)
    LOST[a0,$op]=$(left "$op")
    echo "a0 $op: $summary" >&2

    for mode in seq threads; do
        start_emulator
        threads=1; [ "$mode" = threads ] && threads=8
        started=$(date +%s.%N)
        out=$("$PY" bench/bulk/sdk_bulk.py --base "$BASE" --token "$TOKEN" --ids "$WORK/ids.txt" --op "$op" \
            --threads "$threads" 2> "$WORK/py.err")
        # wall clock, as for a0 (interpreter start and imports included); the loop alone is printed below
        T[$mode,$op]=$(python3 -c "import time; print(f'{time.time() - $started:.2f}')")
        LOOP[$mode,$op]=$(echo "$out" | python3 -c 'import json,sys; print("%.2f" % json.load(sys.stdin)["seconds"])')
        LOST[$mode,$op]=$(left "$op")
        echo "auth0-python $mode $op: $out" >&2
    done
done

ceiling=$(python3 -c "print(f'{$USERS / $RATE:.2f}')")
echo
echo "N = $USERS users, emulator --latency $LATENCY --rate-limit $RATE, $(nproc) cores"
printf '%-34s | %10s | %10s | %s\n' how "block $USERS" "delete $USERS" "users left unchanged (block/delete)"
printf '%-34s | %9ss | %9ss | %s/%s\n' "a0 (- from stdin)" "${T[a0,block]}" "${T[a0,delete]}" "${LOST[a0,block]}" "${LOST[a0,delete]}"
printf '%-34s | %9ss | %9ss | %s/%s\n' "auth0-python, sequential loop" "${T[seq,block]}" "${T[seq,delete]}" "${LOST[seq,block]}" "${LOST[seq,delete]}"
printf '%-34s | %9ss | %9ss | %s/%s\n' "auth0-python, 8 threads" "${T[threads,block]}" "${T[threads,delete]}" "${LOST[threads,block]}" "${LOST[threads,delete]}"
printf '%-34s | %9ss | %9ss |\n' "ceiling (N / rate)" "$ceiling" "$ceiling"
echo "(wall clock of each whole process; a0 also fetches its own token. The SDK's loops alone took:"
echo " sequential ${LOOP[seq,block]}s / ${LOOP[seq,delete]}s, 8 threads ${LOOP[threads,block]}s / ${LOOP[threads,delete]}s)"
echo
for op in block delete; do
    python3 - "$op" "${T[a0,$op]}" "${T[seq,$op]}" "${T[threads,$op]}" "$ceiling" "${REQS[$op]:-0}" "${LIMITED[$op]:-0}" <<'PY'
import sys
op, a0, seq, thr, ceil, reqs, limited = sys.argv[1], *map(float, sys.argv[2:])
share = 100 * limited / reqs if reqs else 0
print(f"a0 {op}: {ceil / a0:.2f} of the ceiling, {seq / a0:.1f}x the sequential loop, "
      f"{thr / a0:.2f}x the 8-thread script; {int(limited)} of {int(reqs)} requests answered 429 ({share:.1f} %)")
PY
done
