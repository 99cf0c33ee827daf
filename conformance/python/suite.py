"""Auth0's Python SDK (auth0-python 6.8.0), used exactly as against a real tenant, against `a0 emulator serve --tls`.

Trust comes from SSL_CERT_FILE (httpx, the Management client) and REQUESTS_CA_BUNDLE (requests, the
Authentication client), both pointing at the emulator's CA; nothing in the SDK is patched.
One line per call: `PASS python name` or `FAIL python name: reason`. Exit 1 if any failed.

Environment (conformance/run sets it): see conformance/node/suite.mjs.
"""

import gzip
import json
import os
import sys
import time
import traceback

import httpx
from auth0.authentication import GetToken
from auth0.management import (
    BadRequestError,
    ConflictError,
    ForbiddenError,
    ManagementClient,
    NotFoundError,
    TooManyRequestsError,
    UnauthorizedError,
)
from auth0.management.core.api_error import ApiError


def env(k):
    v = os.environ.get(k)
    if not v:
        print(f"python suite: {k} is not set", file=sys.stderr)
        sys.exit(2)
    return v


DOMAIN = env("A0_CONF_DOMAIN")
CLIENT_ID = env("A0_CONF_CLIENT_ID")
CLIENT_SECRET = env("A0_CONF_CLIENT_SECRET")
READER_ID = env("A0_CONF_READER_ID")
READER_SECRET = env("A0_CONF_READER_SECRET")
LIMITED_DOMAIN = env("A0_CONF_LIMITED_DOMAIN")

TAG = "python"
DB = "Username-Password-Authentication"
PASSWORD = "Passw0rd!-conformance"
failed = 0


def describe(e):
    if isinstance(e, ApiError):
        return f"{type(e).__name__} {e.status_code} {json.dumps(e.body)}"
    if isinstance(e, AssertionError):
        return str(e)
    return f"{type(e).__name__}: {e}"


def check(name):
    def run(fn):
        global failed
        try:
            fn()
            print(f"PASS {TAG} {name}", flush=True)
        except Exception as e:  # noqa: BLE001 - every failure is reported, the suite goes on
            failed += 1
            reason = " ".join(describe(e).split())
            print(f"FAIL {TAG} {name}: {reason}", flush=True)
            if os.environ.get("A0_CONF_DEBUG"):
                traceback.print_exc()
        return fn

    return run


def eq(actual, expected, what):
    assert actual == expected, f"{what}: expected {expected!r}, got {actual!r}"


def plain(x):
    """SDK models (pydantic) to plain dicts/lists, keeping only what the server sent."""
    if isinstance(x, list):
        return [plain(i) for i in x]
    if hasattr(x, "model_dump"):
        return x.model_dump(mode="json", exclude_unset=True, by_alias=True)
    return x


def expect_error(cls, status, fn):
    try:
        fn()
    except Exception as e:  # noqa: BLE001
        if isinstance(e, cls) and e.status_code == status:
            return e
        raise AssertionError(f"expected {cls.__name__} {status}, got {describe(e)}") from e
    raise AssertionError(f"expected {cls.__name__} {status}, the call succeeded")


def poll_job(client, job_id):
    deadline = time.time() + 30
    while True:
        job = client.jobs.get(job_id)
        if job.status in ("completed", "failed"):
            return job
        assert time.time() < deadline, f"job {job_id} still {job.status} after 30 s"
        time.sleep(0.1)


# The way every app builds it: domain, client id, client secret (the SDK's client-credentials helper).
mgmt = ManagementClient(domain=DOMAIN, client_id=CLIENT_ID, client_secret=CLIENT_SECRET)

emails = [f"{TAG}-user-{i}@example.com" for i in range(5)]
Q = f"email:{TAG}-user-*"
created = []
state = {}


def db_connection_id():
    if "db" not in state:
        pager = mgmt.connections.list(name=DB)
        ids = [c.id for c in pager.items or [] if c.name == DB]
        assert ids, f"connections.list(name=...) did not return {DB}: {plain(pager.response)!r}"
        state["db"] = ids[0]
    return state["db"]


@check("connections.list take/from (checkpoint paging)")
def _():
    page = mgmt.connections.list(take=1)
    names, pages = [], 0
    for p in page.iter_pages():
        pages += 1
        items = p.items or []
        assert len(items) <= 1, (
            f"take=1 gave a page of {len(items)}, response {sorted(plain(p.response))!r}, next {p.response.next!r}"
        )
        for c in items:
            assert "enabled_clients" not in (c.model_extra or {}), (
                f"list item {c.name} carries enabled_clients (not in ConnectionForList)"
            )
            names.append(c.name)
        assert pages < 20, "more than 20 pages for take=1: `next` never ends"
    assert pages >= 3, f"expected at least 3 pages of 1, got {pages}"
    eq(len(set(names)), len(names), "distinct connection names")
    assert DB in names, f"{DB} not listed: {names}"


@check("users.create")
def _():
    for i, email in enumerate(emails):
        u = mgmt.users.create(
            connection=DB,
            email=email,
            password=PASSWORD,
            given_name=f"Given{i}",
            user_metadata={"plan": "free", "keep": "yes", "n": i},
        )
        assert u.user_id and u.user_id.startswith("auth0|"), f"user_id {u.user_id}"
        eq(u.email, email, "email")
        created.append(u)


@check("users.get")
def _():
    u = mgmt.users.get(created[0].user_id)
    eq(u.user_id, created[0].user_id, "user_id")
    eq(u.user_metadata, {"plan": "free", "keep": "yes", "n": 0}, "user_metadata")


@check("users.list q+sort+include_totals")
def _():
    pager = mgmt.users.list(q=Q, sort="email:-1", per_page=2, page=0, include_totals=True)
    eq(pager.response.total, len(emails), "total")
    eq([u.email for u in pager.items], list(reversed(emails))[:2], "first page, email descending")


@check("users.list iterate every page")
def _():
    seen = [u.email for u in mgmt.users.list(q=Q, sort="email:1", per_page=2)]
    eq(seen, emails, "every user once, email ascending")


@check("users.list_users_by_email")
def _():
    found = mgmt.users.list_users_by_email(email=emails[1])
    eq([u.user_id for u in found], [created[1].user_id], "users-by-email")


@check("users.update metadata merge + null removal")
def _():
    u = mgmt.users.update(
        created[0].user_id,
        user_metadata={"plan": "pro", "keep": None, "added": True},
        app_metadata={"role": "admin"},
    )
    eq(u.user_metadata, {"plan": "pro", "n": 0, "added": True}, "merged user_metadata")
    eq(u.app_metadata, {"role": "admin"}, "app_metadata")
    eq(mgmt.users.get(created[0].user_id).user_metadata, {"plan": "pro", "n": 0, "added": True}, "read back")


@check("users.update blocked")
def _():
    u = mgmt.users.update(created[2].user_id, blocked=True)
    eq(u.blocked, True, "blocked")
    found = mgmt.users.list(q=f'email:"{emails[2]}" AND blocked:true')
    eq(len(found.items or []), 1, "q blocked:true finds it")


@check("users.delete")
def _():
    mgmt.users.delete(created[4].user_id)
    expect_error(NotFoundError, 404, lambda: mgmt.users.get(created[4].user_id))


@check("error 400 BadRequestError")
def _():
    expect_error(
        BadRequestError, 400, lambda: mgmt.users.create(connection=DB, email="not-an-email", password=PASSWORD)
    )


@check("error 401 UnauthorizedError (bad token)")
def _():
    bad = ManagementClient(domain=DOMAIN, token="not-a-valid-token")
    expect_error(UnauthorizedError, 401, lambda: bad.users.list())


@check("error 403 ForbiddenError (client without create:users; token from GetToken)")
def _():
    # The Authentication client (requests) gets the token, as apps that manage their own tokens do.
    tok = GetToken(DOMAIN, READER_ID, client_secret=READER_SECRET).client_credentials(f"https://{DOMAIN}/api/v2/")
    reader = ManagementClient(domain=DOMAIN, token=tok["access_token"])
    reader.users.get(created[0].user_id)  # read:users is enough for this
    expect_error(
        ForbiddenError,
        403,
        lambda: reader.users.create(connection=DB, email=f"{TAG}-forbidden@example.com", password=PASSWORD),
    )


@check("error 404 NotFoundError")
def _():
    expect_error(NotFoundError, 404, lambda: mgmt.users.get("auth0|000000000000000000000000"))


@check("error 409 ConflictError")
def _():
    expect_error(ConflictError, 409, lambda: mgmt.users.create(connection=DB, email=emails[0], password=PASSWORD))


@check("error 429 TooManyRequestsError (--rate-limit 1)")
def _():
    limited = ManagementClient(domain=LIMITED_DOMAIN, client_id=CLIENT_ID, client_secret=CLIENT_SECRET)

    def burst():
        # No retries, so the SDK surfaces the 429 instead of backing off; a burst of 1 allows one call.
        for _ in range(5):
            limited.users.list(per_page=1, request_options={"max_retries": 0})

    e = expect_error(TooManyRequestsError, 429, burst)
    assert "x-ratelimit-limit" in {k.lower() for k in (e.headers or {})}, "no x-ratelimit-limit header on the 429"


@check("jobs.users_imports.create (multipart) polled to completion")
def _():
    users = [{"email": f"{TAG}-imp-{i}@example.com", "email_verified": True, "user_metadata": {"i": i}} for i in range(3)]
    users.append({"email": "not-an-email"})
    job = mgmt.jobs.users_imports.create(
        users=("users.json", json.dumps(users).encode(), "application/json"),
        connection_id=db_connection_id(),
        upsert=False,
        external_id=f"{TAG}-import",
    )
    eq(job.type, "users_import", "type")
    done = poll_job(mgmt, job.id)
    state["import"] = done
    eq(done.status, "completed", "status")
    eq(plain(done.summary), {"failed": 1, "updated": 0, "inserted": 3, "total": 4}, "summary")
    eq(len(mgmt.users.list_users_by_email(email=f"{TAG}-imp-1@example.com")), 1, "imported user found by email")


@check("jobs.errors.get")
def _():
    assert "import" in state, "no import job"
    errs = plain(mgmt.jobs.errors.get(state["import"].id))
    assert isinstance(errs, list), f"expected a list, got {errs!r}"
    eq(len(errs), 1, "one failed user")
    eq(errs[0]["user"]["email"], "not-an-email", "the failed user")
    assert errs[0]["errors"] and errs[0]["errors"][0].get("code"), f"errors: {errs[0]['errors']!r}"


@check("jobs.users_exports.create, poll, download location, gunzip")
def _():
    job = mgmt.jobs.users_exports.create(
        connection_id=db_connection_id(),
        format="json",
        fields=[{"name": "user_id"}, {"name": "email"}, {"name": "user_metadata"}],
    )
    eq(job.type, "users_export", "type")
    done = poll_job(mgmt, job.id)
    eq(done.status, "completed", "status")
    assert done.location and done.location.startswith(f"https://{DOMAIN}/"), f"location {done.location}"
    res = httpx.get(done.location)  # the SDK has no download helper; httpx (its own HTTP stack) trusts SSL_CERT_FILE
    assert res.status_code == 200, f"GET location: {res.status_code}"
    lines = [json.loads(line) for line in gzip.decompress(res.content).decode().splitlines() if line.strip()]
    by_email = {u.get("email"): u for u in lines}
    for e in (emails[0], emails[1], f"{TAG}-imp-0@example.com"):
        assert e in by_email, f"{e} not in the export"
    assert emails[4] not in by_email, "deleted user exported"
    eq(by_email[emails[0]].get("user_metadata"), {"plan": "pro", "n": 0, "added": True}, "exported user_metadata")
    assert all("password_hash" not in u for u in lines), "password hashes exported"


sys.exit(1 if failed else 0)
