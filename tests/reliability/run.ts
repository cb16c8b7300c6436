// npm run test:reliability [-- --full]
// The reliability suite: load, SMTP outage, process crash, graceful stop and database restart,
// against `next start` on a private PostgreSQL server, with real HTTP and a real SMTP server, all on
// 127.0.0.1. CI scale by default; --full runs the load at 10,000 submissions, 100 concurrent.
// Prints a table of figures and exits 1 if any promise was broken. See docs/operations.md, "Reliability suite".
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import pg from "pg";
import { OUTBOX_BATCH_SIZE } from "../../lib/mail/outbox";
import { printTable, summarize } from "../../bench/stats";
import { appServer, privatePostgres, recordingSmtpServer, waitFor, type AppServer, type RecordingSmtpServer } from "./harness";
import { submitInquiries, type LoadResult } from "./load";

const full = process.argv.includes("--full");
// --only <scenario>: run one scenario (a part of its name), for working on it.
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
const scale = full
  ? { load: 10_000, outage: 2_000, crash: 1_000, stop: 1_000, database: 2_000, concurrency: 100 }
  : { load: 500, outage: 200, crash: 120, stop: 120, database: 200, concurrency: 50 };

// Ports 4100–4199 belong to this suite: app, SMTP, PostgreSQL.
const APP_PORT = 4100;
const SMTP_PORT = 4125;
const PG_PORT = 4132;
const WORK = join(process.cwd(), ".data", "reliability");
const APP_LOG = join(WORK, "app.log");
// Shorter than production's 60 s lease so a crashed process's claims come back within the run; the
// poll is what finds retries due after an outage.
const OUTBOX_LEASE_MS = 10_000;
const OUTBOX_POLL_MS = 1_000;
const DRAIN_LIMIT_MS = full ? 600_000 : 120_000;
const LOAD_LIMIT_MS = full ? 1_200_000 : 240_000;

const run = promisify(execFile);
const failures: string[] = [];
const rows: Record<string, string | number>[] = [];
// Every duplicate delivery with its acceptance times, for the results file.
const duplicates: { scenario: string; messageId: string; acceptedAt: string[] }[] = [];

function check(ok: boolean, message: string) {
  if (!ok) failures.push(message);
  return ok;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

type Context = { app: AppServer; smtp: RecordingSmtpServer; dbUrl: string };

/** A clean slate: whatever was queued before (the seed's demo inquiries' emails) sent, then all inquiries and mail removed. */
async function reset({ smtp, dbUrl }: Context) {
  await waitFor(
    "the outbox to be empty before the scenario",
    async () => (await query<{ n: number }>(dbUrl, `SELECT count(*)::int AS n FROM "OutboxMessage" WHERE status = 'PENDING'`))[0]!.n === 0,
    {
      timeoutMs: DRAIN_LIMIT_MS,
      everyMs: 250,
    },
  );
  await query(dbUrl, `TRUNCATE "Inquiry", "OutboxMessage", "RateLimitHit" CASCADE`);
  smtp.accepted.length = 0;
  smtp.state.delayMs = 0;
}

type Verdict = { stored: number; lost: number; duplicated: number; delivered: number; drainSeconds: number; duplicates: string[] };

/**
 * After a scenario: every acknowledged submission is stored once under its reference, and every
 * stored email reaches the SMTP server; waits (bounded) for the outbox to drain from `drainFrom`.
 */
async function verify(name: string, ctx: Context, load: LoadResult, drainFrom: number): Promise<Verdict> {
  const { submissions } = load;
  const failed = submissions.filter((s) => s.failure || !s.reference);
  check(failed.length === 0, `${name}: ${failed.length} submissions not acknowledged (first: ${failed[0]?.failure})`);
  const split = submissions.filter((s) => new Set(s.references).size > 1);
  check(split.length === 0, `${name}: ${split.length} idempotency keys answered with two references`);

  const stored = await query<{ idempotencyKey: string; reference: string }>(ctx.dbUrl, `SELECT "idempotencyKey", reference FROM "Inquiry"`);
  const byKey = new Map(stored.map((r) => [r.idempotencyKey, r.reference]));
  const lostAcks = submissions.filter((s) => s.reference && byKey.get(s.key) !== s.reference);
  check(lostAcks.length === 0, `${name}: ${lostAcks.length} acknowledged references not stored (false acknowledgments)`);
  check(stored.length === submissions.length, `${name}: ${stored.length} inquiries stored for ${submissions.length} submissions`);

  const expected = (await query<{ messageId: string }>(ctx.dbUrl, `SELECT "messageId" FROM "OutboxMessage"`)).map((r) => r.messageId);
  check(expected.length === 2 * stored.length, `${name}: ${expected.length} outbox emails for ${stored.length} inquiries`);
  let drainedAt = Date.now();
  try {
    await waitFor(
      `${name}: every email delivered`,
      () => {
        const counts = ctx.smtp.counts();
        return expected.every((id) => counts.has(id));
      },
      { timeoutMs: DRAIN_LIMIT_MS, everyMs: 200 },
    );
    drainedAt = Date.now();
    // Every message marked sent, then a moment for a stray second send to show up.
    await waitFor(
      `${name}: outbox marked sent`,
      async () =>
        (await query<{ n: number }>(ctx.dbUrl, `SELECT count(*)::int AS n FROM "OutboxMessage" WHERE status <> 'SENT'`))[0]!.n === 0,
      {
        timeoutMs: 30_000,
        everyMs: 250,
      },
    );
    await sleep(1_500);
  } catch (error) {
    check(false, (error as Error).message);
  }
  const counts = ctx.smtp.counts();
  const expectedSet = new Set(expected);
  const lost = expected.filter((id) => !counts.has(id)).length;
  const duplicated = [...counts].filter(([, n]) => n > 1).map(([id]) => id);
  for (const messageId of duplicated) {
    const acceptedAt = ctx.smtp.accepted.filter((a) => a.messageId === messageId).map((a) => new Date(a.at).toISOString());
    duplicates.push({ scenario: name, messageId, acceptedAt });
  }
  const strangers = [...counts.keys()].filter((id) => !expectedSet.has(id)).length;
  check(lost === 0, `${name}: ${lost} emails never delivered`);
  check(strangers === 0, `${name}: ${strangers} delivered emails that the outbox does not hold`);
  return {
    stored: stored.length,
    lost: lost + lostAcks.length,
    duplicated: duplicated.reduce((sum, id) => sum + counts.get(id)! - 1, 0),
    delivered: counts.size,
    drainSeconds: Math.max(0, (drainedAt - drainFrom) / 1000),
    duplicates: duplicated,
  };
}

function row(name: string, load: LoadResult, concurrency: number, verdict: Verdict, note: string) {
  const latencies = summarize(load.submissions.flatMap((s) => (s.latencyMs === undefined ? [] : [s.latencyMs])));
  rows.push({
    scenario: name,
    submissions: load.submissions.length,
    concurrency,
    "retried same key": load.extraRequests,
    "throughput/s": load.submissions.length / load.seconds,
    "p50 ms": latencies.p50,
    "p95 ms": latencies.p95,
    "p99 ms": latencies.p99,
    "503s": load.submissions.reduce((n, s) => n + s.unavailable, 0),
    dropped: load.submissions.reduce((n, s) => n + s.dropped, 0),
    stored: verdict.stored,
    "emails delivered": verdict.delivered,
    lost: verdict.lost,
    duplicated: verdict.duplicated,
    "drain s": verdict.drainSeconds,
    note,
  });
}

// --- Scenarios ---------------------------------------------------------------------------------

async function loadScenario(ctx: Context) {
  const load = await submitInquiries({
    origin: ctx.app.origin,
    total: scale.load,
    concurrency: scale.concurrency,
    tag: "load",
    timeLimitMs: LOAD_LIMIT_MS,
  });
  const verdict = await verify("load", ctx, load, Date.now());
  check(verdict.duplicated === 0, `load: ${verdict.duplicated} duplicate deliveries`);

  const health = await fetch(`${ctx.app.origin}/api/health`);
  const body = await health.text();
  check(
    health.status === 200 && /"database":"ok"/.test(body) && /"pending":0/.test(body),
    `load: /api/health answered ${health.status} ${body}`,
  );
  check(!/postgres(ql)?:\/\/|smtp:\/\//.test(body), "load: /api/health shows a connection URL");
  const sample = load.submissions.find((s) => s.reference)?.reference;
  check(
    Boolean(sample) && readFileSync(APP_LOG, "utf8").includes(`"event":"inquiry.stored","reference":"${sample}"`),
    `load: no structured log line for ${sample}`,
  );
  row("load", load, scale.concurrency, verdict, "");
}

async function smtpOutageScenario(ctx: Context) {
  let outage: { from: number; to?: number } | undefined;
  let switching = Promise.resolve();
  const load = await submitInquiries({
    origin: ctx.app.origin,
    total: scale.outage,
    concurrency: scale.concurrency,
    tag: "smtp",
    timeLimitMs: LOAD_LIMIT_MS,
    onProgress(done) {
      if (!outage && done >= scale.outage / 3) {
        outage = { from: Date.now() };
        switching = ctx.smtp.stop();
      } else if (outage && !outage.to && done >= (2 * scale.outage) / 3) {
        outage.to = Date.now();
        switching = switching.then(() => ctx.smtp.start());
      }
    },
  });
  await switching;
  check(Boolean(outage?.to), "smtp outage: the SMTP server was never stopped and restarted");
  const verdict = await verify("smtp outage", ctx, load, outage?.to ?? Date.now());
  // Sent on a second or later attempt: the emails the outage refused.
  const refused = (await query<{ n: number }>(ctx.dbUrl, `SELECT count(*)::int AS n FROM "OutboxMessage" WHERE attempts > 1`))[0]!.n;
  check(refused > 0, "smtp outage: no send failed during the outage, so the outage tested nothing");
  check(verdict.duplicated === 0, `smtp outage: ${verdict.duplicated} duplicate deliveries`);
  const seconds = outage?.to ? (outage.to - outage.from) / 1000 : 0;
  row(
    "smtp outage",
    load,
    scale.concurrency,
    verdict,
    `SMTP refused ${seconds.toFixed(1)} s; ${refused} emails retried; drain from restart`,
  );
}

/** Stop the app with `signal` once half the emails are accepted (the SMTP server is slowed so the outbox is mid-send), then restart it. */
async function interruptWhileSending(ctx: Context, total: number, signal: "SIGKILL" | "SIGTERM", tag: string) {
  ctx.smtp.state.delayMs = 10;
  const load: { refused?: string } = {};
  const interruption = (async () => {
    await waitFor(
      `${tag}: half the emails sent`,
      () => {
        if (load.refused) throw new Error(`${tag}: a submission was refused: ${load.refused}`);
        return ctx.smtp.accepted.length >= total;
      },
      { timeoutMs: LOAD_LIMIT_MS, everyMs: 5 },
    );
    const at = Date.now();
    const { ms } = await ctx.app.signal(signal);
    const claimedUnsent = (
      await query<{ n: number }>(
        ctx.dbUrl,
        `SELECT count(*)::int AS n FROM "OutboxMessage" WHERE status = 'PENDING' AND "lockedUntil" > now()`,
      )
    )[0]!.n;
    const startingAt = Date.now();
    await ctx.app.start();
    return { at, exitMs: ms, claimedUnsent, startingAt, restartedAt: Date.now() };
  })();
  const result = await submitInquiries({ origin: ctx.app.origin, total, concurrency: scale.concurrency, tag, timeLimitMs: LOAD_LIMIT_MS });
  load.refused = result.submissions.find((s) => s.failure)?.failure;
  const stop = await interruption;
  ctx.smtp.state.delayMs = 0;
  return { load: result, stop, verdict: await verify(tag, ctx, result, stop.restartedAt) };
}

async function crashScenario(ctx: Context) {
  const { load, stop, verdict } = await interruptWhileSending(ctx, scale.crash, "SIGKILL", "crash");
  // A worker claims the next batch only once every message of the last is marked, so at most one
  // batch can be between accept and mark when the process dies.
  check(
    verdict.duplicated <= OUTBOX_BATCH_SIZE,
    `crash: ${verdict.duplicated} duplicate deliveries (at most ${OUTBOX_BATCH_SIZE} may fall between accept and mark)`,
  );
  for (const id of verdict.duplicates) {
    const first = ctx.smtp.accepted.find((a) => a.messageId === id)!;
    // Nothing sends between the kill and the new process's start, so a first copy received before that
    // came from the killed process: bytes it wrote before dying can reach the sink's event loop a few
    // milliseconds after the signal. A first copy after it would be the new process sending twice.
    check(first.at < stop.startingAt, `crash: ${id} was sent twice but first received after the restart began`);
  }
  row(
    "crash (SIGKILL)",
    load,
    scale.concurrency,
    verdict,
    `killed with ${stop.claimedUnsent} emails claimed; ${verdict.duplicated} resent in the accept→mark window; drain from restart`,
  );
}

async function gracefulStopScenario(ctx: Context) {
  const logBefore = readFileSync(APP_LOG, "utf8").length;
  const { load, stop, verdict } = await interruptWhileSending(ctx, scale.stop, "SIGTERM", "stop");
  check(stop.claimedUnsent === 0, `graceful stop: ${stop.claimedUnsent} emails left claimed but unsent`);
  check(verdict.duplicated === 0, `graceful stop: ${verdict.duplicated} duplicate deliveries`);
  const log = readFileSync(APP_LOG, "utf8").slice(logBefore);
  check(
    /"event":"shutdown.finished","signal":"SIGTERM","outbox":"finished"/.test(log),
    "graceful stop: no shutdown.finished log line with the outbox finished",
  );
  row(
    "graceful stop (SIGTERM)",
    load,
    scale.concurrency,
    verdict,
    `exited ${(stop.exitMs / 1000).toFixed(1)} s after SIGTERM, ${stop.claimedUnsent} left claimed`,
  );
}

async function databaseRestartScenario(ctx: Context, postgres: ReturnType<typeof privatePostgres>) {
  let outage: Promise<{ seconds: number; health: number }> | undefined;
  const load = await submitInquiries({
    origin: ctx.app.origin,
    total: scale.database,
    concurrency: scale.concurrency,
    tag: "database",
    timeLimitMs: LOAD_LIMIT_MS,
    onProgress(done) {
      if (outage || done < scale.database / 3) return;
      outage = (async () => {
        const from = Date.now();
        await postgres.stop();
        const health = (await fetch(`${ctx.app.origin}/api/health`)).status;
        await sleep(3_000);
        await postgres.start();
        return { seconds: (Date.now() - from) / 1000, health };
      })();
    },
  });
  const down = await outage;
  check(Boolean(down), "database restart: PostgreSQL was never restarted");
  check(down?.health === 503, `database restart: /api/health answered ${down?.health} with the database down`);
  const unavailable = load.submissions.reduce((n, s) => n + s.unavailable, 0);
  check(unavailable > 0, "database restart: no submission was told to try again, so the outage tested nothing");
  const verdict = await verify("database restart", ctx, load, Date.now());
  check(verdict.duplicated === 0, `database restart: ${verdict.duplicated} duplicate deliveries`);
  row(
    "database restart",
    load,
    scale.concurrency,
    verdict,
    `PostgreSQL down ${down?.seconds.toFixed(1)} s; health ${down?.health} meanwhile`,
  );
}

// --- Set-up --------------------------------------------------------------------------------------

async function ensureBuild() {
  const routes = join(".next", "app-path-routes-manifest.json");
  if (existsSync(routes) && readFileSync(routes, "utf8").includes("/api/inquiries/route")) return;
  console.log("No build with /api/inquiries: running next build …");
  await run("npx", ["next", "build"], { maxBuffer: 64 * 1024 * 1024, timeout: 900_000 });
}

async function main() {
  mkdirSync(WORK, { recursive: true });
  writeFileSync(APP_LOG, "");
  const started = Date.now();
  await ensureBuild();

  const postgres = privatePostgres({ dataDir: join(WORK, "pg"), port: PG_PORT, logFile: join(WORK, "postgres.log") });
  await postgres.stopIfRunning();
  await postgres.init();
  await postgres.start();
  const tools = {
    env: { ...process.env, DATABASE_URL: postgres.url, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    timeout: 300_000,
  };
  await run("npm", ["run", "--silent", "db:deploy"], tools);
  await run("npm", ["run", "--silent", "db:seed"], tools);

  const smtp = recordingSmtpServer({ port: SMTP_PORT });
  await smtp.start();
  const app = appServer({
    port: APP_PORT,
    logFile: APP_LOG,
    env: {
      DATABASE_URL: postgres.url,
      SMTP_URL: smtp.url,
      SITE_URL: `http://127.0.0.1:${APP_PORT}`,
      RATE_LIMIT_PER_IP: "1000000000",
      RATE_LIMIT_PER_EMAIL: "1000000000",
      ACK_LIMIT_PER_DOMAIN: "1000000000",
      OUTBOX_LEASE_MS: String(OUTBOX_LEASE_MS),
      OUTBOX_POLL_MS: String(OUTBOX_POLL_MS),
    },
  });
  const ctx: Context = { app, smtp, dbUrl: postgres.url };
  try {
    await app.start();
    console.log(`Set-up done in ${((Date.now() - started) / 1000).toFixed(0)} s (${full ? "full" : "CI"} scale)`);
    const scenarios: [string, () => Promise<void>][] = [
      ["load", () => loadScenario(ctx)],
      ["smtp outage", () => smtpOutageScenario(ctx)],
      ["crash", () => crashScenario(ctx)],
      ["graceful stop", () => gracefulStopScenario(ctx)],
      ["database restart", () => databaseRestartScenario(ctx, postgres)],
    ];
    for (const [name, scenario] of scenarios) {
      if (only && !name.includes(only)) continue;
      const t0 = Date.now();
      await reset(ctx);
      await scenario();
      console.log(`  ${name}: ${((Date.now() - t0) / 1000).toFixed(0)} s ${JSON.stringify(rows.at(-1) ?? {})}`);
    }
  } finally {
    await app.signal("SIGTERM").catch(() => app.signal("SIGKILL"));
    await smtp.stop();
    await postgres.stopIfRunning();
  }

  console.log(
    `\nReliability suite — ${full ? "full" : "CI"} scale, next start on PostgreSQL 15, all on 127.0.0.1 (${((Date.now() - started) / 1000).toFixed(0)} s)\n`,
  );
  if (rows.length) printTable(rows);
  writeFileSync(join(WORK, "results.json"), JSON.stringify({ full, scale, rows, failures, duplicates }, null, 2));
  check(rows.length > 0, "no scenario ran");
  if (failures.length) {
    console.error(`\n${failures.length} broken promise(s):\n- ${failures.join("\n- ")}`);
    process.exitCode = 1;
  } else {
    console.log("\nAll promises held: stored before acknowledged, nothing lost, no duplicate beyond the stated window.");
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
