"""Blocks or deletes users with Auth0's Python SDK (auth0-python 6.8.0), sequentially or with N threads.

Used by bench/bulk.sh. The SDK builds https URLs from a domain; its generated `Auth0` client also takes a
`base_url`, which is how it reaches an http emulator unchanged otherwise (its own retries, 2 by default, with
backoff from the rate-limit headers). Prints one JSON line: seconds, ok, failed.
"""

import argparse
import json
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from auth0.management.client import Auth0


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--base", required=True, help="http://127.0.0.1:PORT")
    p.add_argument("--token", required=True)
    p.add_argument("--ids", required=True, help="file with one user id per line")
    p.add_argument("--op", choices=["block", "delete"], required=True)
    p.add_argument("--threads", type=int, default=1)
    a = p.parse_args()
    ids = [line.strip() for line in open(a.ids) if line.strip()]
    client = Auth0(base_url=f"{a.base}/api/v2", token=a.token)

    def one(user_id: str) -> bool:
        try:
            if a.op == "block":
                client.users.update(user_id, blocked=True)
            else:
                client.users.delete(user_id)
            return True
        except Exception as e:  # noqa: BLE001 - a failure is counted, the run goes on
            print(f"{user_id}: {e}", file=sys.stderr)
            return False

    started = time.monotonic()
    if a.threads <= 1:
        results = [one(i) for i in ids]
    else:
        with ThreadPoolExecutor(a.threads) as pool:
            results = list(pool.map(one, ids))
    took = time.monotonic() - started
    ok = sum(results)
    print(json.dumps({"seconds": round(took, 3), "ok": ok, "failed": len(ids) - ok}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
