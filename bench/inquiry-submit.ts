// npm run bench:inquiries -- [submissions=500] [concurrency=50]
// Submit latency of the inquiry path (validate → check products → rate limit → one transaction
// storing the inquiry and its two rendered emails), called the way the server action calls it,
// with `concurrency` submitters at once. Runs on DATABASE_URL (default: in-memory PGlite).
// HTTP overhead is not included; the reliability suite measures the full HTTP path.
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { applyMigrations } from "@/lib/database/apply-migrations";
import { resolveDbTarget } from "@/lib/database/target";
import { db, disconnectDb } from "@/lib/db";
import { env } from "@/lib/env";
import { seedCatalog } from "@/lib/catalog/seed-catalog";
import { submitInquiry } from "@/lib/inquiries/submit-inquiry";
import * as catalog from "@/prisma/seed-data/catalog";
import { printTable, summarize } from "./stats";

const total = Number(process.argv[2] ?? 500);
const concurrency = Number(process.argv[3] ?? 50);

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

async function main() {
  const target = resolveDbTarget(env.DATABASE_URL);
  if (target.kind === "pglite" && !target.dataDir) await applyMigrations((sql) => db.$executeRawUnsafe(sql));
  await seedCatalog(db, catalog);
  const before = await db.inquiry.count();

  // Warm up RDKit-free paths and the React Email renderer once.
  await submitInquiry({ kind: "QUOTE", formData: quoteForm(-1), submitterIp: "192.0.2.250" });

  const latencies: number[] = [];
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
    },
  ]);
  if (stored !== total - failures) throw new Error(`stored ${stored} inquiries for ${total - failures} acknowledged submissions`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(disconnectDb);
