import { performance } from "node:perf_hooks";
process.env.DATABASE_URL = process.argv[2];
const { suggestProducts, suggestionSql } = await import("@/lib/catalog/products");
const { searchTerms } = await import("@/lib/catalog/search");
const { db } = await import("@/lib/db");
const { Prisma } = await import("@/lib/generated/prisma/client");
for (const q of process.argv.slice(3)) {
  const ts: number[] = [];
  for (let i = 0; i < 10; i++) { const t0 = performance.now(); await suggestProducts({ q }); ts.push(performance.now() - t0); }
  console.log(q, ts.map((t) => t.toFixed(1)).join(" "));
  const rows = await db.$queryRaw<any[]>(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${suggestionSql(searchTerms(q), "words", 8)}`);
  console.log(rows.map((r) => r["QUERY PLAN"]).filter((l: string) => /Execution|Planning Time|Heap Blocks|Buffers: shared/.test(l)).slice(0, 6).join("\n"));
}
process.exit(0);
