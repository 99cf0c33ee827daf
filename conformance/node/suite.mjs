// Auth0's node SDK (auth0 7.1.0), used exactly as against a real tenant, against `a0 emulator serve --tls`.
// Trust comes from NODE_EXTRA_CA_CERTS (the emulator's CA); nothing in the SDK is patched.
// One line per call: `PASS node name` or `FAIL node name: reason`. Exit 1 if any failed.
//
// Environment (conformance/run sets it):
//   A0_CONF_DOMAIN                 127.0.0.1:PORT of the emulator
//   A0_CONF_CLIENT_ID/_SECRET      its admin client
//   A0_CONF_READER_ID/_SECRET      a client with only read:users (403 case)
//   A0_CONF_LIMITED_DOMAIN         a second emulator started with --rate-limit 1 (429 case), same admin client
import { gunzipSync } from "node:zlib";
import { ManagementClient, Management } from "auth0";

const env = (k) => {
    const v = process.env[k];
    if (!v) {
        console.error(`node suite: ${k} is not set`);
        process.exit(2);
    }
    return v;
};
const domain = env("A0_CONF_DOMAIN");
const clientId = env("A0_CONF_CLIENT_ID");
const clientSecret = env("A0_CONF_CLIENT_SECRET");
const readerId = env("A0_CONF_READER_ID");
const readerSecret = env("A0_CONF_READER_SECRET");
const limitedDomain = env("A0_CONF_LIMITED_DOMAIN");

const TAG = "node";
const DB = "Username-Password-Authentication";
let failed = 0;

function describe(e) {
    if (e && e.statusCode !== undefined) {
        return `${e.constructor.name} ${e.statusCode} ${JSON.stringify(e.body)}`;
    }
    const cause = e && e.cause ? ` (cause: ${e.cause.code || e.cause.message || e.cause})` : "";
    return `${e && e.constructor ? e.constructor.name : typeof e}: ${e && e.message ? e.message : e}${cause}`;
}

async function check(name, fn) {
    try {
        await fn();
        console.log(`PASS ${TAG} ${name}`);
    } catch (e) {
        failed++;
        console.log(`FAIL ${TAG} ${name}: ${describe(e)}`.replace(/\s+/g, " "));
    }
}

function assert(cond, msg) {
    if (!cond) throw new Error(msg);
}
function eq(actual, expected, what) {
    const a = JSON.stringify(actual);
    const b = JSON.stringify(expected);
    if (a !== b) throw new Error(`${what}: expected ${b}, got ${a}`);
}

// Expect `fn` to throw the SDK's error class `cls` (Management.BadRequestError, …).
async function expectError(cls, status, fn) {
    try {
        await fn();
    } catch (e) {
        if (e instanceof cls && e.statusCode === status) return e;
        throw new Error(`expected ${cls.name} ${status}, got ${describe(e)}`);
    }
    throw new Error(`expected ${cls.name} ${status}, the call succeeded`);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// The database connection's id, for the jobs calls, found by name (independent of the paging check).
async function dbConnectionId() {
    const page = await mgmt.connections.list({ name: DB });
    const c = page.data.find((c) => c.name === DB);
    if (!c) throw new Error(`connections.list({name}) did not return ${DB}: ${JSON.stringify(page.response)}`);
    return c.id;
}

async function pollJob(client, id) {
    const deadline = Date.now() + 30_000;
    for (;;) {
        const job = await client.jobs.get(id);
        if (job.status === "completed" || job.status === "failed") return job;
        if (Date.now() > deadline) throw new Error(`job ${id} still ${job.status} after 30 s`);
        await sleep(100);
    }
}

// The way every app builds it: domain, client id, client secret.
const mgmt = new ManagementClient({ domain, clientId, clientSecret });

const emails = [0, 1, 2, 3, 4].map((i) => `${TAG}-user-${i}@example.com`);
const q = `email:${TAG}-user-*`;
const created = [];
let dbId;

await check("connections.list take/from (checkpoint paging)", async () => {
    let page = await mgmt.connections.list({ take: 1 });
    const names = [];
    let pages = 0;
    for (;;) {
        pages++;
        assert(
            page.data.length <= 1,
            `take=1 gave a page of ${page.data.length}, response keys ${JSON.stringify(Object.keys(page.response))}, next ${JSON.stringify(page.response.next)}`,
        );
        for (const c of page.data) {
            assert(!("enabled_clients" in c), `list item ${c.name} carries enabled_clients (not in ConnectionForList)`);
            names.push(c.name);
            if (c.name === DB) dbId = c.id;
        }
        if (!page.hasNextPage()) break;
        assert(pages < 20, "more than 20 pages for take=1: `next` never ends");
        page = await page.getNextPage();
    }
    assert(pages >= 3, `expected at least 3 pages of 1, got ${pages} (response: ${JSON.stringify(page.response)})`);
    eq(new Set(names).size, names.length, "distinct connection names");
    assert(names.includes(DB), `${DB} not listed: ${names}`);
});

await check("users.create", async () => {
    for (const [i, email] of emails.entries()) {
        const u = await mgmt.users.create({
            connection: DB,
            email,
            password: "Passw0rd!-conformance",
            given_name: `Given${i}`,
            user_metadata: { plan: "free", keep: "yes", n: i },
        });
        assert(u.user_id && u.user_id.startsWith("auth0|"), `user_id ${u.user_id}`);
        eq(u.email, email, "email");
        created.push(u);
    }
});

await check("users.get", async () => {
    const u = await mgmt.users.get(created[0].user_id);
    eq(u.user_id, created[0].user_id, "user_id");
    eq(u.user_metadata, { plan: "free", keep: "yes", n: 0 }, "user_metadata");
});

await check("users.list q+sort+include_totals", async () => {
    const page = await mgmt.users.list({ q, sort: "email:-1", per_page: 2, page: 0, include_totals: true });
    eq(page.response.total, emails.length, "total");
    eq(
        page.data.map((u) => u.email),
        [...emails].reverse().slice(0, 2),
        "first page, email descending",
    );
});

await check("users.list iterate every page", async () => {
    const seen = [];
    for await (const u of await mgmt.users.list({ q, sort: "email:1", per_page: 2 })) seen.push(u.email);
    eq(seen, emails, "every user once, email ascending");
});

await check("users.listUsersByEmail", async () => {
    const found = await mgmt.users.listUsersByEmail({ email: emails[1] });
    eq(
        found.map((u) => u.user_id),
        [created[1].user_id],
        "users-by-email",
    );
});

await check("users.update metadata merge + null removal", async () => {
    const u = await mgmt.users.update(created[0].user_id, {
        user_metadata: { plan: "pro", keep: null, added: true },
        app_metadata: { role: "admin" },
    });
    eq(u.user_metadata, { plan: "pro", n: 0, added: true }, "merged user_metadata");
    eq(u.app_metadata, { role: "admin" }, "app_metadata");
    const again = await mgmt.users.get(created[0].user_id);
    eq(again.user_metadata, { plan: "pro", n: 0, added: true }, "user_metadata read back");
});

await check("users.update blocked", async () => {
    const u = await mgmt.users.update(created[2].user_id, { blocked: true });
    eq(u.blocked, true, "blocked");
    const found = await mgmt.users.list({ q: `email:"${emails[2]}" AND blocked:true` });
    eq(found.data.length, 1, "q blocked:true finds it");
});

await check("users.delete", async () => {
    await mgmt.users.delete(created[4].user_id);
    await expectError(Management.NotFoundError, 404, () => mgmt.users.get(created[4].user_id));
});

await check("error 400 BadRequestError", async () => {
    await expectError(Management.BadRequestError, 400, () =>
        mgmt.users.create({ connection: DB, email: "not-an-email", password: "Passw0rd!-conformance" }),
    );
});

await check("error 401 UnauthorizedError (bad token)", async () => {
    const bad = new ManagementClient({ domain, token: "not-a-valid-token" });
    await expectError(Management.UnauthorizedError, 401, () => bad.users.list());
});

await check("error 403 ForbiddenError (client without create:users)", async () => {
    const reader = new ManagementClient({ domain, clientId: readerId, clientSecret: readerSecret });
    await reader.users.get(created[0].user_id); // read:users is enough for this
    await expectError(Management.ForbiddenError, 403, () =>
        reader.users.create({ connection: DB, email: `${TAG}-forbidden@example.com`, password: "Passw0rd!-conformance" }),
    );
});

await check("error 404 NotFoundError", async () => {
    await expectError(Management.NotFoundError, 404, () => mgmt.users.get("auth0|000000000000000000000000"));
});

await check("error 409 ConflictError", async () => {
    await expectError(Management.ConflictError, 409, () =>
        mgmt.users.create({ connection: DB, email: emails[0], password: "Passw0rd!-conformance" }),
    );
});

await check("error 429 TooManyRequestsError (--rate-limit 1)", async () => {
    const limited = new ManagementClient({ domain: limitedDomain, clientId, clientSecret });
    // No retries, so the SDK surfaces the 429 instead of backing off; a burst of 1 allows one call.
    const e = await expectError(Management.TooManyRequestsError, 429, async () => {
        for (let i = 0; i < 5; i++) await limited.users.list({ per_page: 1 }, { maxRetries: 0 });
    });
    assert(e.rawResponse.headers.get("x-ratelimit-limit"), "no x-ratelimit-limit header on the 429");
});

let importJob;
await check("jobs.usersImports.create (multipart) polled to completion", async () => {
    dbId = dbId || (await dbConnectionId());
    const users = [0, 1, 2].map((i) => ({ email: `${TAG}-imp-${i}@example.com`, email_verified: true, user_metadata: { i } }));
    users.push({ email: "not-an-email" });
    const job = await mgmt.jobs.usersImports.create({
        users: { data: Buffer.from(JSON.stringify(users)), filename: "users.json", contentType: "application/json" },
        connection_id: dbId,
        upsert: false,
        external_id: `${TAG}-import`,
    });
    eq(job.type, "users_import", "type");
    importJob = await pollJob(mgmt, job.id);
    eq(importJob.status, "completed", "status");
    eq(importJob.summary, { failed: 1, updated: 0, inserted: 3, total: 4 }, "summary");
    const found = await mgmt.users.listUsersByEmail({ email: `${TAG}-imp-1@example.com` });
    eq(found.length, 1, "imported user found by email");
});

await check("jobs.errors.get", async () => {
    assert(importJob, "no import job");
    const errs = await mgmt.jobs.errors.get(importJob.id);
    assert(Array.isArray(errs), `expected an array, got ${JSON.stringify(errs)}`);
    eq(errs.length, 1, "one failed user");
    eq(errs[0].user.email, "not-an-email", "the failed user");
    assert(errs[0].errors.length > 0 && errs[0].errors[0].code, `errors: ${JSON.stringify(errs[0].errors)}`);
});

await check("jobs.usersExports.create, poll, download location, gunzip", async () => {
    dbId = dbId || (await dbConnectionId());
    const job = await mgmt.jobs.usersExports.create({
        connection_id: dbId,
        format: "json",
        fields: [{ name: "user_id" }, { name: "email" }, { name: "user_metadata" }],
    });
    eq(job.type, "users_export", "type");
    const done = await pollJob(mgmt, job.id);
    eq(done.status, "completed", "status");
    assert(done.location && done.location.startsWith(`https://${domain}/`), `location ${done.location}`);
    const res = await fetch(done.location);
    assert(res.ok, `GET location: ${res.status}`);
    const lines = gunzipSync(Buffer.from(await res.arrayBuffer()))
        .toString("utf8")
        .split("\n")
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l));
    const byEmail = new Map(lines.map((u) => [u.email, u]));
    for (const e of [emails[0], emails[1], `${TAG}-imp-0@example.com`]) assert(byEmail.has(e), `${e} not in the export`);
    assert(!byEmail.has(emails[4]), "deleted user exported");
    eq(byEmail.get(emails[0]).user_metadata, { plan: "pro", n: 0, added: true }, "exported user_metadata");
    assert(lines.every((u) => !("password_hash" in u)), "password hashes exported");
});

process.exit(failed ? 1 : 0);
