// npm run bench:inquiries -- [submissions=500] [concurrency=50] [--rate 100] [--no-delivery] [--json <file>] [--url <base>]
// Submit latency of the inquiry path (validate → check products → admission checks and rate limits →
// one statement storing the inquiry and its two emails' template and props), called the way the
// server action calls it. Runs on DATABASE_URL (default: in-memory PGlite). HTTP overhead is not
// included; the reliability suite measures the full HTTP path. Two loads, one after the other:
// - closed loop: `concurrency` submitters, each sending its next submission as soon as the last is
//   answered. Its throughput is the path's capacity; its latency is concurrency / throughput (Little's
//   law), so it says how long a queue of 50 takes to drain, not how long one researcher waits.
// - open loop: submissions arrive at --rate per second, at most `concurrency` in flight; latency runs
//   from each submission's scheduled arrival, so time spent waiting for a free slot counts. This is
//   issue 15's target: p95 ≤ 150 ms with ≥ 100 stored submissions/s.
// Then delivery: one outbox worker's rounds (lib/mail/outbox.ts, the pooled SMTP transport) render
// and send every due message to scripts/smtp-sink.ts, a separate process on SMTP_SINK_PORT (default 2626).
// --json writes the figures to a file (bench/catalog.ts reads it for its targets table).
// --url http://127.0.0.1:3000: the same loads as HTTP requests to `POST /api/inquiries` of a running
// server (form-encoded, as an integration sends them) instead of calling submitInquiry: what Next's
// routing adds. DATABASE_URL must name the server's database (for the stored counts); start the
// server with RATE_LIMIT_PER_IP, RATE_LIMIT_PER_EMAIL and ACK_LIMIT_PER_DOMAIN raised, as this script's
// npm line does for itself. No delivery figure in this mode: the server's own worker sends.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import os from "node:os";
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import { applyMigrations } from "@/lib/database/apply-migrations";
import { resolveDbTarget } from "@/lib/database/target";
import { db, disconnectDb } from "@/lib/db";
import { env } from "@/lib/env";
import { seedCatalog } from "@/lib/catalog/seed-catalog";
import { submitInquiry } from "@/lib/inquiries/submit-inquiry";
import { deliverDueMessages } from "@/lib/mail/outbox";
import { createSmtpTransport } from "@/lib/mail/transport";
import * as catalog from "@/prisma/seed-data/catalog";
import { printTable, summarize } from "./stats";

const { values: options, positionals } = parseArgs({
  options: {
    rate: { type: "string", default: "100" },
    "no-delivery": { type: "boolean", default: false },
    json: { type: "string" },
    url: { type: "string" },
  },
  allowPositionals: true,
});
const total = Number(positionals[0] ?? 500);
const concurrency = Number(positionals[1] ?? 50);
const rate = Number(options.rate);
// --no-delivery: submissions only (for a CPU profile of the request path, say).
const measureDeliveryToo = !options["no-delivery"] && !options.url;

function quoteForm(i: number) {
  const data = new FormData();
  const fields: Record<string, string> = {
    idempotencyKey: randomUUID(),
    name: `Bench Researcher ${i}`,
    email: `bench.${i}.${randomUUID().slice(0, 6)}@example.edu`,
    institution: "Benchmark Institute",
    country: "United Kingdom",
    researchUseAcknowledged: "on",
    "items.0.catalogNumber": "B8105958",
    "items.0.quantity": "10",
    "items.0.unit": "mg",
    "items.0.grade": "research",
    notes: "Benchmark submission",
  };
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
}

// CPU time of this process (user + system): what the path costs, whatever share of the cores other
// work leaves it. On a shared machine, latency and rates follow that share; this does not.
const cpuMsSince = (start: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
};

const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(" ");

/** Send every due message as the worker does, into a sink in its own process; messages/s. */
async function measureDelivery() {
  const port = Number(process.env.SMTP_SINK_PORT ?? 2626);
  // Its own process group: tsx runs the sink in a child process, and both must stop at the end.
  const sink = spawn("npx", ["tsx", "scripts/smtp-sink.ts"], {
    env: { ...process.env, SMTP_SINK_PORT: String(port) },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  await once(sink.stdout!, "data");
  const messagesUrl = `http://127.0.0.1:${port + 1}/messages`;
  const transport = createSmtpTransport(`smtp://127.0.0.1:${port}`)!;
  try {
    const due = await db.outboxMessage.count({ where: { status: "PENDING" } });
    const cpu = process.cpuUsage();
    const started = performance.now();
    let sent = 0;
    let failed = 0;
    for (;;) {
      const report = await deliverDueMessages({ transport });
      if (report.claimed === 0) break;
      sent += report.sent;
      failed += report.failed;
    }
    const seconds = (performance.now() - started) / 1000;
    const cpuMs = cpuMsSince(cpu);
    const received = ((await (await fetch(messagesUrl)).json()) as unknown[]).length;
    return { due, sent, failed, received, seconds, cpuMs };
  } finally {
    transport.close();
    process.kill(-sink.pid!, "SIGTERM");
  }
}

let submitted = 0;
async function postOne(i: number) {
  const body = new URLSearchParams({ kind: "QUOTE" });
  for (const [key, value] of quoteForm(i)) body.append(key, String(value));
  const response = await fetch(new URL("/api/inquiries", options.url), { method: "POST", body });
  await response.arrayBuffer();
  return response.status === 201 ? "ok" : `HTTP ${response.status}`;
}
const submitOne = async (i: number) =>
  options.url
    ? postOne(i)
    : (await submitInquiry({ kind: "QUOTE", formData: quoteForm(i), submitterIp: `10.${i % 250}.${(i >> 8) % 250}.${i % 200}` })).status;

type LoadResult = { latencies: number[]; failures: number; seconds: number; cpuMs: number; stored: number };

/** `n` submissions through `concurrency` submitters, each starting its next as soon as one is answered. */
async function closedLoop(n: number): Promise<LoadResult> {
  const before = await db.inquiry.count();
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        next++;
        const t0 = performance.now();
        if ((await submitOne(submitted++)) !== "ok") failures++;
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { latencies, failures, seconds, cpuMs: cpuMsSince(cpu), stored: (await db.inquiry.count()) - before };
}

/**
 * `n` submissions arriving every 1/rate s, at most `concurrency` in flight. Each latency runs from the
 * submission's scheduled arrival, so a late start (no free slot, a busy event loop) is counted.
 */
async function openLoop(n: number): Promise<LoadResult> {
  const before = await db.inquiry.count();
  const latencies: number[] = [];
  let failures = 0;
  let inFlight = 0;
  const slotFreed: (() => void)[] = [];
  const running: Promise<void>[] = [];
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let k = 0; k < n; k++) {
    const due = started + (k * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    while (inFlight >= concurrency) await new Promise<void>((resolve) => slotFreed.push(resolve));
    inFlight++;
    running.push(
      submitOne(submitted++).then((status) => {
        latencies.push(performance.now() - due);
        if (status !== "ok") failures++;
        inFlight--;
        slotFreed.shift()?.();
      }),
    );
  }
  await Promise.all(running);
  const seconds = (performance.now() - started) / 1000;
  return { latencies, failures, seconds, cpuMs: cpuMsSince(cpu), stored: (await db.inquiry.count()) - before };
}

function loadRow(load: string, n: number, result: LoadResult) {
  const s = summarize(result.latencies);
  return {
    load,
    submissions: n,
    "p50 ms": s.p50,
    "p95 ms": s.p95,
    "p99 ms": s.p99,
    "max ms": s.max,
    failures: result.failures,
    stored: result.stored,
    "stored/s": result.stored / result.seconds,
    // Over HTTP this process is only the client: the server's CPU is not in it.
    [options.url ? "client CPU ms/submission" : "CPU ms/submission"]: result.cpuMs / n,
  };
}

async function main() {
  const target = resolveDbTarget(env.DATABASE_URL);
  if (target.kind === "pglite" && !target.dataDir) await applyMigrations((sql) => db.$executeRawUnsafe(sql));
  await seedCatalog(db, catalog);

  // Warm up the path (module loading, the pool's connections) before measuring.
  await Promise.all(Array.from({ length: concurrency }, () => submitOne(submitted++)));

  const closed = await closedLoop(total);
  const loadAfterClosed = loadAverage();
  const open = await openLoop(total);
  const loadAfterOpen = loadAverage();
  const rows = [
    loadRow(`closed loop, ${concurrency} submitters`, total, closed),
    loadRow(`open loop, ${rate}/s, ≤ ${concurrency} in flight`, total, open),
  ];
  const via = options.url ? `HTTP POST ${new URL("/api/inquiries", options.url)}` : "submitInquiry in this process";
  console.log(`\nInquiry submissions — ${target.kind === "postgres" ? "PostgreSQL" : "PGlite"}, ${via}, ${total} per load\n`);
  printTable(rows);
  console.log(`${os.cpus().length} cores, load average (1, 5, 15 min) after each load: ${loadAfterClosed} / ${loadAfterOpen}`);
  for (const result of [closed, open])
    if (result.stored !== total - result.failures)
      throw new Error(`stored ${result.stored} inquiries for ${total - result.failures} acknowledged submissions`);

  const delivery = measureDeliveryToo ? await measureDelivery() : null;
  if (delivery) {
    console.log(`\nEmail delivery — one worker, pooled SMTP transport, rendering each message as it sends, into scripts/smtp-sink.ts\n`);
    printTable([
      {
        due: String(delivery.due),
        sent: String(delivery.sent),
        failed: String(delivery.failed),
        "received by sink": String(delivery.received),
        seconds: delivery.seconds,
        "messages/s": delivery.sent / delivery.seconds,
        "CPU ms/message": delivery.cpuMs / Math.max(1, delivery.sent + delivery.failed),
      },
    ]);
    console.log(`load average after delivery: ${loadAverage()}`);
    if (delivery.received < delivery.sent) throw new Error(`the sink received ${delivery.received} of ${delivery.sent} sent messages`);
  }
  if (options.json)
    writeFileSync(
      options.json,
      JSON.stringify({
        database: target.kind,
        closed: { p95: summarize(closed.latencies).p95, storedPerSecond: closed.stored / closed.seconds },
        open: { rate, p95: summarize(open.latencies).p95, storedPerSecond: open.stored / open.seconds },
        deliveryPerSecond: delivery ? delivery.sent / delivery.seconds : null,
        loadAverage: loadAfterOpen,
      }),
    );
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(disconnectDb);
