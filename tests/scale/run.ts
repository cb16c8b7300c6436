// npm run test:scale [-- --inquiries 2000] [--concurrency 20] [--port 4200] [--smtp-port 4225]
//                       [--server postgresql://postgres@127.0.0.1:5432] [--database scale_test]
// Two `next start` instances (A, B) on one PostgreSQL database, behind deploy/nginx/reagent-desk.conf,
// with a recording SMTP server, all on 127.0.0.1:
//   1. an admin, signed in through the proxy, edits a product on A: the cached page shows the edit
//      through B and through the proxy within 1 s; a per-email rate limit counts across A and B;
//   2. inquiries are submitted to A and B in turn (a dropped request is retried on the other);
//   3. B is killed (SIGKILL) half-way, A takes the rest.
// Checks: every acknowledged inquiry stored once, every email delivered, duplicates only where the
// README allows them (a message sent by B but not yet marked when it was killed). Prints a table and
// exits 1 if a check failed. The database is created fresh and dropped after.
// Ports: --port (A), +1 (B), +2 (the proxy), +3 (the proxy's refresh listener); SMTP --smtp-port.
import { execFile, spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs, promisify } from "node:util";
import { chromium } from "@playwright/test";
import { simpleParser } from "mailparser";
import pg from "pg";
import { printTable } from "../../bench/stats";
import { OUTBOX_BATCH_SIZE } from "../../lib/mail/outbox";
import { appServer, recordingSmtpServer, waitFor } from "../reliability/harness";
import { submitInquiries } from "../reliability/load";
import { findChromium } from "../../scripts/browser.cjs";

const { values: args } = parseArgs({
  options: {
    inquiries: { type: "string", default: "2000" },
    concurrency: { type: "string", default: "20" },
    port: { type: "string", default: "4200" },
    "smtp-port": { type: "string", default: "4225" },
    server: { type: "string", default: "postgresql://postgres@127.0.0.1:5432" },
    database: { type: "string", default: "scale_test" },
  },
});
const total = Number(args.inquiries);
const base = Number(args.port);
const ports = { a: base, b: base + 1, proxy: base + 2, refresh: base + 3, smtp: Number(args["smtp-port"]) };
if (!/^[a-z_][a-z0-9_]*$/.test(args.database)) throw new Error("--database: lower-case letters, digits and _ only");
const dbUrl = `${args.server}/${args.database}`;
const WORK = join(process.cwd(), ".data", "scale");
const proxy = `http://127.0.0.1:${ports.proxy}`;

// A product of the demo catalog (npm run db:seed), and the staff member the seed allows as admin.
const PRODUCT = "B8105958";
const ADMIN = "admin@reagentdesk.example";
const PROPAGATION_LIMIT_MS = 1_000;
const RATE_LIMIT_PER_EMAIL = 10;
// As in the reliability suite: a killed process's claims come back within the run.
const OUTBOX_LEASE_MS = 10_000;
const DRAIN_LIMIT_MS = 180_000;
// Past the lease and the longest first retry backoff (10 s) with room to spare.
const STALL_LIMIT_MS = 60_000;

const run = promisify(execFile);
const failures: string[] = [];
const rows: Record<string, string | number>[] = [];
function check(ok: boolean, message: string) {
  if (!ok) failures.push(message);
  return ok;
}
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

async function ensureBuild() {
  const routes = join(".next", "app-path-routes-manifest.json");
  if (existsSync(routes) && readFileSync(routes, "utf8").includes("/api/inquiries/route")) return;
  console.log("No build with /api/inquiries: running next build …");
  await run("npx", ["next", "build"], { maxBuffer: 64 * 1024 * 1024, timeout: 900_000 });
}

/**
 * A folder for one instance: the project's files linked, the build copied. Instances on separate
 * machines each keep Next's cache in their own .next; sharing one folder here would let each read
 * the other's cached pages from disk and hide what the test is about.
 */
function instanceFolder(name: string) {
  const dir = join(WORK, name);
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync("."))
    if (entry !== ".next" && entry !== ".data") symlinkSync(join(process.cwd(), entry), join(dir, entry));
  cpSync(".next", join(dir, ".next"), { recursive: true, filter: (from) => !from.startsWith(join(".next", "cache", "turbopack")) });
  return dir;
}

// --- The proxy: the shipped config with this run's ports, both instances as its upstream -----------

function proxyConfig() {
  let conf = readFileSync("deploy/nginx/reagent-desk.conf", "utf8");
  const replace = (from: string, to: string) => {
    if (conf.split(from).length !== 2) throw new Error(`deploy/nginx/reagent-desk.conf: expected "${from}" once`);
    conf = conf.replace(from, to);
  };
  replace("proxy_cache_path /var/cache/nginx/reagent-desk ", `proxy_cache_path ${join(WORK, "cache")} `);
  replace("server 127.0.0.1:3000;", `server 127.0.0.1:${ports.a};\n    server 127.0.0.1:${ports.b};`);
  replace("listen 80;", `listen 127.0.0.1:${ports.proxy};`);
  replace("listen 127.0.0.1:8080;", `listen 127.0.0.1:${ports.refresh};`);
  return conf;
}

function startNginx() {
  const temp = (name: string) => `${name}_temp_path ${join(WORK, `${name}-temp`)};`;
  writeFileSync(join(WORK, "reagent-desk.conf"), proxyConfig());
  writeFileSync(
    join(WORK, "nginx.conf"),
    `# Generated by tests/scale/run.ts
${process.getuid?.() === 0 ? "user root;" : ""}
worker_processes 1;
daemon off;
pid ${join(WORK, "nginx.pid")};
error_log ${join(WORK, "nginx-error.log")} warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log ${join(WORK, "nginx-access.log")};
  ${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join("\n  ")}
  include ${join(WORK, "reagent-desk.conf")};
}
`,
  );
  // Debian puts it in /usr/sbin, which is not on every user's PATH.
  const nginx = ["/usr/sbin/nginx", "/usr/local/sbin/nginx"].find(existsSync) ?? "nginx";
  const child = spawn(nginx, ["-p", WORK, "-c", join(WORK, "nginx.conf"), "-e", join(WORK, "nginx-error.log")], { stdio: "ignore" });
  let failed: Error | undefined;
  child.once("error", (error) => (failed = new Error(`nginx did not start (${error.message}): apt-get install nginx-light`)));
  return {
    /** Throws once nginx has failed to start or exited. */
    alive() {
      if (failed) throw failed;
      if (child.exitCode !== null)
        throw new Error(`nginx exited with ${child.exitCode}: ${readFileSync(join(WORK, "nginx-error.log"), "utf8")}`);
    },
    async stop() {
      if (failed || child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

// --- Reading a page as a visitor would -------------------------------------------------------------

async function page(url: string) {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  return {
    html: await response.text(),
    status: response.status,
    cache: response.headers.get("x-cache-status") ?? response.headers.get("x-nextjs-cache") ?? "—",
  };
}

/**
 * Poll `url` until its page contains `text`. Returns, in ms from `since`, when the first request
 * answered with it was sent (from then on every visitor gets the edit) and when it was answered (a
 * page whose cache entry was expired is rendered while that request waits, as on a single instance).
 */
async function untilShown(url: string, text: string, since: number, timeoutMs = 10_000) {
  for (;;) {
    const sent = Date.now();
    const { html } = await page(url).catch(() => ({ html: "" }));
    if (html.includes(text)) return { sent: sent - since, answered: Date.now() - since };
    if (Date.now() - since > timeoutMs) return { sent: Infinity, answered: Infinity };
    await sleep(25);
  }
}

const outboxEmpty = () =>
  waitFor(
    "the outbox to be empty",
    async () => (await query<{ n: number }>(dbUrl, `SELECT count(*)::int AS n FROM "OutboxMessage" WHERE status = 'PENDING'`))[0]!.n === 0,
    { timeoutMs: DRAIN_LIMIT_MS, everyMs: 250 },
  );

/** When each notification on the cache channel reached a listener of this process's own. */
async function listenToCacheChannel() {
  const client = new pg.Client({ connectionString: dbUrl });
  const heard: { at: number; tags: string[] }[] = [];
  client.on("notification", (n) => heard.push({ at: Date.now(), tags: (JSON.parse(n.payload ?? "{}") as { tags?: string[] }).tags ?? [] }));
  client.on("error", () => {}); // the database is dropped at the end
  await client.connect();
  await client.query("LISTEN reagent_cache");
  return { heard, stop: () => client.end().catch(() => {}) };
}

// --- Scenario 1: a staff edit on A, read through B and the proxy -----------------------------------

async function signInAndEdit(origins: { a: string; b: string }, signInLinks: Map<string, string>) {
  const found = findChromium();
  const browser = await chromium.launch({
    executablePath: found?.executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const context = await browser.newContext();
    const tab = await context.newPage();
    // Signed in through the proxy: the request for a link and the link itself may each reach A or B.
    await tab.goto(`${proxy}/staff/inquiries`);
    await tab.getByLabel("Work email").fill(ADMIN);
    await tab.getByRole("button", { name: "Email me a sign-in link" }).click();
    const link = await waitFor("the sign-in email", () => signInLinks.get(ADMIN), { timeoutMs: 30_000 });
    await tab.goto(link);
    await tab.waitForURL(/\/staff\/inquiries$/);

    // Each cache holds the page before the edit: B's and the proxy's second reads are hits.
    const productPath = `/products/${PRODUCT}`;
    const urls = { "instance A": origins.a + productPath, "instance B": origins.b + productPath, proxy: proxy + productPath };
    const before: Record<string, string> = {};
    for (const [name, url] of Object.entries(urls)) {
      await page(url);
      before[name] = (await page(url)).cache;
    }
    check(before["instance B"] === "HIT", `edit: B served the page ${before["instance B"]} before the edit, not from its cache (HIT)`);
    check(before.proxy === "HIT", `edit: the proxy served the page ${before.proxy} before the edit, not from its cache (HIT)`);

    // The session cookie was set by the proxy's origin (127.0.0.1): the same session opens A's staff pages.
    const availability = `Scale check ${Date.now()}: ships from either warehouse`;
    await tab.goto(`${origins.a}/staff/catalog/${PRODUCT}`);
    const form = tab.getByRole("form", { name: `Edit ${PRODUCT}` });
    await form.getByLabel("Availability").fill(availability);
    rows.push({
      check: "staff session across instances",
      result: "signed in through the proxy; A opened its edit form",
      limit: "one session for all instances",
      note: "database sessions, one NEXTAUTH_SECRET",
    });
    const channel = await listenToCacheChannel();
    const clicked = Date.now();
    await form.getByRole("button", { name: "Save product" }).click();
    await form
      .getByRole("status")
      .filter({ hasText: `Saved ${PRODUCT}` })
      .waitFor({ timeout: 30_000 });
    const saved = Date.now();

    // B and the proxy are what this test is about; A (the editor's own instance, as with one instance)
    // is read once they show the edit, so its renders do not take CPU from theirs meanwhile.
    const others = await Promise.all(
      (["instance B", "proxy"] as const).map(async (name) => [name, await untilShown(urls[name], availability, saved)] as const),
    );
    const aShows = (await page(urls["instance A"])).html.includes(availability);
    check(aShows, "edit: instance A does not show its own edit");
    const shown = Object.fromEntries(others);
    await channel.stop();
    const notified = channel.heard.find((h) => h.tags.includes(`product:${PRODUCT}`));
    check(Boolean(notified), "edit: no notification on the cache channel named the product");
    rows.push({
      check: "edit on A: NOTIFY reagent_cache",
      result: notified ? `heard ${notified.at - clicked} ms after the click` : "not heard",
      limit: "",
      note: `the save answered ${saved - clicked} ms after the click; the times below count from then`,
    });
    rows.push({
      check: "edit on A, read through instance A",
      result: aShows ? "shows the edit" : "does not show the edit",
      limit: "",
      note: "read after B and the proxy showed it",
    });
    for (const [name, { sent, answered }] of Object.entries(shown)) {
      check(
        sent <= PROPAGATION_LIMIT_MS,
        `edit: ${name} ${Number.isFinite(sent) ? `served the edit only to requests sent ${sent} ms after the save` : "never showed the edit (10 s)"}`,
      );
      rows.push({
        check: `edit on A, read through ${name}`,
        result: Number.isFinite(sent)
          ? `every request from +${sent} ms gets the edit (first answered +${answered} ms)`
          : "not shown within 10 s",
        limit: `≤ ${PROPAGATION_LIMIT_MS} ms`,
        note: `cache before: ${before[name]}`,
      });
    }
    return { availability, urls };
  } finally {
    await browser.close();
  }
}

// --- Scenario 1b: one rate limit across both instances --------------------------------------------

async function sharedRateLimit(origins: string[]) {
  const email = `rate.${Date.now()}@example.edu`;
  const statuses: number[] = [];
  for (let i = 0; i <= RATE_LIMIT_PER_EMAIL; i++) {
    const body = new URLSearchParams({
      kind: "SUPPORT",
      idempotencyKey: randomUUID(),
      name: "Rate Check",
      email,
      institution: "Scale Institute",
      country: "United Kingdom",
      catalogNumbers: PRODUCT,
      application: "Cell viability assay",
      question: `Question ${i}: is it soluble in DMSO at 10 mM?`,
      researchUseAcknowledged: "true",
    });
    const response = await fetch(`${origins[i % origins.length]}/api/inquiries`, { method: "POST", body });
    await response.arrayBuffer();
    statuses.push(response.status);
  }
  const accepted = statuses.filter((s) => s === 201).length;
  check(
    accepted === RATE_LIMIT_PER_EMAIL && statuses.at(-1) === 429,
    `rate limit: ${RATE_LIMIT_PER_EMAIL + 1} submissions from one address across A and B answered ${statuses.join(",")}`,
  );
  rows.push({
    check: "per-email rate limit across A and B",
    result: `${accepted} accepted, then ${statuses.at(-1)}`,
    limit: `${RATE_LIMIT_PER_EMAIL} per address in all, not per instance`,
    note: "submissions alternate A, B",
  });
}

// --- Scenarios 2 and 3: inquiries over both instances, B killed half-way ----------------------------

function sentBy(logFile: string, ids: Set<string>) {
  const sent = new Set<string>();
  for (const line of readFileSync(logFile, "utf8").split("\n")) {
    const id = /"event":"mail\.sent".*"messageId":"([^"]+)"/.exec(line)?.[1];
    if (id && ids.has(id)) sent.add(id);
  }
  return sent.size;
}

async function main() {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(join(WORK, "cache"), { recursive: true });
  const started = Date.now();
  await ensureBuild();

  const admin = `${args.server}/postgres`;
  await query(admin, `DROP DATABASE IF EXISTS ${args.database} WITH (FORCE)`);
  await query(admin, `CREATE DATABASE ${args.database}`);
  const tools = {
    env: { ...process.env, DATABASE_URL: dbUrl, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    timeout: 300_000,
  };
  await run("npm", ["run", "--silent", "db:deploy"], tools);
  await run("npm", ["run", "--silent", "db:seed"], tools);

  const signInLinks = new Map<string, string>();
  const smtp = recordingSmtpServer({
    port: ports.smtp,
    onMessage(raw) {
      if (!/^subject: sign in/im.test(raw)) return;
      void simpleParser(raw).then((mail) => {
        const link = mail.text?.match(/https?:\/\/\S+\/api\/auth\/callback\/email\S+/)?.[0];
        const to = mail.to && !Array.isArray(mail.to) ? mail.to.value[0]?.address : undefined;
        if (link && to) signInLinks.set(to, link);
      });
    },
  });
  await smtp.start();

  // What every instance must share (README, "Scaling out"): the database, the public address, the
  // proxy to refresh and the secret that signs sign-in links and cookies.
  const shared = {
    DATABASE_URL: dbUrl,
    SMTP_URL: smtp.url,
    SITE_URL: proxy,
    PROXY_REFRESH_URL: `http://127.0.0.1:${ports.refresh}`,
    NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
    RATE_LIMIT_PER_IP: "1000000000",
    RATE_LIMIT_PER_EMAIL: String(RATE_LIMIT_PER_EMAIL),
    ACK_LIMIT_PER_DOMAIN: "1000000000",
    OUTBOX_LEASE_MS: String(OUTBOX_LEASE_MS),
    OUTBOX_POLL_MS: "1000",
  };
  const logs = { a: join(WORK, "a.log"), b: join(WORK, "b.log") };
  const a = appServer({ port: ports.a, logFile: logs.a, env: shared, cwd: instanceFolder("a") });
  const b = appServer({ port: ports.b, logFile: logs.b, env: shared, cwd: instanceFolder("b") });
  let nginx: ReturnType<typeof startNginx> | undefined;
  try {
    await Promise.all([a.start(), b.start()]);
    nginx = startNginx();
    await waitFor(
      "the proxy to answer",
      async () => nginx!.alive() ?? (await fetch(`${proxy}/api/health`).catch(() => undefined))?.status === 200,
      {
        timeoutMs: 10_000,
      },
    );
    console.log(`Set-up done in ${((Date.now() - started) / 1000).toFixed(0)} s; ${total} inquiries`);

    // The seed's demo emails go first: sending them takes CPU from the renders the edit check times.
    await outboxEmpty();
    // 1. The edit, then the shared rate limit.
    const edit = await signInAndEdit({ a: a.origin, b: b.origin }, signInLinks);
    await sharedRateLimit([a.origin, b.origin]);

    // A clean outbox: the sign-in link and the rate-limit check's emails sent first.
    await outboxEmpty();
    await query(dbUrl, `TRUNCATE "Inquiry", "OutboxMessage", "RateLimitHit" CASCADE`);
    smtp.accepted.length = 0;

    // 2 and 3. The SMTP server is slowed so B is mid-send when it is killed.
    smtp.state.delayMs = 10;
    let kill: Promise<number> | undefined;
    const loadStarted = Date.now();
    const load = await submitInquiries({
      origin: [a.origin, b.origin],
      total,
      concurrency: Number(args.concurrency),
      tag: "scale",
      timeLimitMs: 600_000,
      onProgress(done) {
        if (kill || done < total / 2) return;
        kill = b.signal("SIGKILL").then(() => Date.now());
      },
    });
    const killedAt = (await kill) ?? Date.now();
    smtp.state.delayMs = 0;
    const loadSeconds = (Date.now() - loadStarted) / 1000;

    const { submissions } = load;
    const unacknowledged = submissions.filter((s) => s.failure || !s.reference);
    check(
      unacknowledged.length === 0,
      `load: ${unacknowledged.length} submissions not acknowledged (first: ${unacknowledged[0]?.failure})`,
    );
    const split = submissions.filter((s) => new Set(s.references).size > 1).length;
    check(split === 0, `load: ${split} idempotency keys answered with two references`);
    const stored = await query<{ idempotencyKey: string; reference: string; n: number }>(
      dbUrl,
      `SELECT "idempotencyKey", min(reference) AS reference, count(*)::int AS n FROM "Inquiry" GROUP BY "idempotencyKey"`,
    );
    const byKey = new Map(stored.map((r) => [r.idempotencyKey, r]));
    const lostInquiries = submissions.filter((s) => s.reference && byKey.get(s.key)?.reference !== s.reference).length;
    const duplicatedInquiries = stored.reduce((n, r) => n + r.n - 1, 0);
    check(lostInquiries === 0, `load: ${lostInquiries} acknowledged inquiries not stored under their reference`);
    check(
      duplicatedInquiries === 0 && stored.length === submissions.length,
      `load: ${stored.length} keys stored, ${duplicatedInquiries} twice, for ${submissions.length} submissions`,
    );

    const expected = (await query<{ messageId: string }>(dbUrl, `SELECT "messageId" FROM "OutboxMessage"`)).map((r) => r.messageId);
    const drainStarted = Date.now();
    try {
      // One instance sends the rest, as fast as the machine lets it: wait while deliveries go on.
      let progress = { delivered: 0, at: Date.now() };
      await waitFor(
        "every email delivered",
        () => {
          const counts = smtp.counts();
          const delivered = expected.filter((id) => counts.has(id)).length;
          if (delivered > progress.delivered) progress = { delivered, at: Date.now() };
          else if (Date.now() - progress.at > STALL_LIMIT_MS) throw new Error(`no email delivered for ${STALL_LIMIT_MS / 1000} s`);
          return delivered === expected.length;
        },
        { timeoutMs: 30 * 60_000, everyMs: 200 },
      );
      await waitFor(
        "the outbox marked sent",
        async () =>
          (await query<{ n: number }>(dbUrl, `SELECT count(*)::int AS n FROM "OutboxMessage" WHERE status <> 'SENT'`))[0]!.n === 0,
        { timeoutMs: 30_000, everyMs: 250 },
      );
      await sleep(1_500); // room for a stray second send to show up
    } catch (error) {
      check(false, (error as Error).message);
    }
    const drainSeconds = (Date.now() - drainStarted) / 1000;
    const counts = smtp.counts();
    const expectedSet = new Set(expected);
    const lostEmails = expected.filter((id) => !counts.has(id)).length;
    const strangers = [...counts.keys()].filter((id) => !expectedSet.has(id)).length;
    const duplicated = [...counts].filter(([, n]) => n > 1).map(([id]) => id);
    const extraSends = duplicated.reduce((n, id) => n + counts.get(id)! - 1, 0);
    // Sent again only if B had it accepted and was killed before marking it: first accepted before the
    // kill, again after. Any other duplicate means two live instances sent it.
    const acceptances = (id: string) => smtp.accepted.filter((x) => x.messageId === id).map((x) => x.at);
    const byTwoLive = duplicated.filter((id) => !(acceptances(id)[0]! <= killedAt && acceptances(id)[1]! > killedAt)).length;
    check(lostEmails === 0, `mail: ${lostEmails} of ${expected.length} emails never delivered`);
    check(strangers === 0, `mail: ${strangers} delivered emails the outbox does not hold`);
    check(byTwoLive === 0, `mail: ${byTwoLive} emails sent by both live instances (SKIP LOCKED should make that impossible)`);
    check(
      extraSends <= OUTBOX_BATCH_SIZE,
      `mail: ${extraSends} duplicate deliveries, more than the killed process's claimed batch (${OUTBOX_BATCH_SIZE})`,
    );
    const ids = new Set(expected);

    // The edit is still what A and the proxy serve, with B gone.
    for (const name of ["instance A", "proxy"] as const) {
      const { html } = await page(edit.urls[name]);
      check(html.includes(edit.availability), `after the kill: ${name} no longer shows the edit`);
    }

    rows.push(
      {
        check: `${total} inquiries over A and B (${args.concurrency} clients), B killed at ${submissions.filter((s) => s.acknowledgedAt && s.acknowledgedAt <= killedAt).length}`,
        result: `${submissions.length - unacknowledged.length} acknowledged in ${loadSeconds.toFixed(1)} s; ${stored.length} stored; lost ${lostInquiries}; duplicated ${duplicatedInquiries}`,
        limit: "0 lost, 0 duplicated",
        note: `${load.extraRequests} deliberate repeats; ${submissions.reduce((n, s) => n + s.dropped, 0)} dropped requests retried on the other instance`,
      },
      {
        check: "emails (2 per inquiry), by Message-ID",
        result: `${counts.size - strangers}/${expected.length} delivered; lost ${lostEmails}; duplicated ${extraSends} (by two live instances: ${byTwoLive})`,
        limit: `0 lost; duplicates only from the kill, ≤ ${OUTBOX_BATCH_SIZE}`,
        note: `sent by A ${sentBy(logs.a, ids)}, by B ${sentBy(logs.b, ids)} (their logs); drained ${seconds(drainSeconds * 1000)} after the load`,
      },
    );
  } finally {
    await nginx?.stop();
    await Promise.all([a.signal("SIGTERM").catch(() => a.signal("SIGKILL")), b.signal("SIGKILL")]);
    await smtp.stop();
    await query(admin, `DROP DATABASE IF EXISTS ${args.database} WITH (FORCE)`).catch((error) =>
      console.error(`dropping ${args.database}:`, error),
    );
  }

  console.log(
    `\n${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(" ")}`,
  );
  printTable(rows);
  console.log(`\nLogs: ${WORK}/{a,b}.log, nginx-*.log`);
  if (failures.length) {
    console.error(`\nFAILED:\n- ${failures.join("\n- ")}`);
    process.exitCode = 1;
  } else console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
