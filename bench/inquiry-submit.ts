// npm run bench:inquiries -- [submissions=500] [concurrency=50] [--no-delivery]
// Submit latency of the inquiry path (validate → check products → rate limit → one transaction
// storing the inquiry and its two emails), called the way the server action calls it,
// with `concurrency` submitters at once. Runs on DATABASE_URL (default: in-memory PGlite).
// HTTP overhead is not included; the reliability suite measures the full HTTP path.
// Then delivery: one outbox worker's rounds (lib/mail/outbox.ts, the pooled SMTP transport) send
// every due message to scripts/smtp-sink.ts, a separate process on SMTP_SINK_PORT (default 2626).
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import os from "node:os";
import { performance } from "node:perf_hooks";
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

const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const total = Number(args[0] ?? 500);
const concurrency = Number(args[1] ?? 50);
// --no-delivery: submissions only (for a CPU profile of the request path, say).
const measureDeliveryToo = !process.argv.includes("--no-delivery");

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

async function main() {
  const target = resolveDbTarget(env.DATABASE_URL);
  if (target.kind === "pglite" && !target.dataDir) await applyMigrations((sql) => db.$executeRawUnsafe(sql));
  await seedCatalog(db, catalog);
  const before = await db.inquiry.count();

  // Warm up RDKit-free paths and the React Email renderer once.
  await submitInquiry({ kind: "QUOTE", formData: quoteForm(-1), submitterIp: "192.0.2.250" });

  const latencies: number[] = [];
  const cpu = process.cpuUsage();
  let next = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      while (next < total) {
        const i = next++;
        const t0 = performance.now();
        const result = await submitInquiry({ kind: "QUOTE", formData: quoteForm(i), submitterIp: `10.${worker}.${i % 250}.${i % 200}` });
        latencies.push(performance.now() - t0);
        if (result.status !== "ok") failures++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpuMs = cpuMsSince(cpu);
  const loadAfterSubmit = loadAverage();
  const stored = (await db.inquiry.count()) - before - 1;
  const s = summarize(latencies);
  console.log(
    `\nInquiry submit latency — ${target.kind === "postgres" ? "PostgreSQL" : "PGlite"}, ${total} submissions, ${concurrency} concurrent\n`,
  );
  printTable([
    {
      database: target.kind,
      submissions: s.n,
      "throughput/s": total / seconds,
      "p50 ms": s.p50,
      "p95 ms": s.p95,
      "p99 ms": s.p99,
      "max ms": s.max,
      failures,
      stored,
      "stored/s": stored / seconds,
      "CPU ms/submission": cpuMs / total,
    },
  ]);
  console.log(`${os.cpus().length} cores, load average (1, 5, 15 min) after the submissions: ${loadAfterSubmit}`);
  if (stored !== total - failures) throw new Error(`stored ${stored} inquiries for ${total - failures} acknowledged submissions`);

  if (!measureDeliveryToo) return;
  const delivery = await measureDelivery();
  console.log(`\nEmail delivery — one worker, pooled SMTP transport, into scripts/smtp-sink.ts\n`);
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

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(disconnectDb);
