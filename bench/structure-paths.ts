// Structure search two ways, query by query on the DATABASE_URL catalog: in SQL (every product row
// scanned, as while the fingerprint index loads) and on the in-memory fingerprint index. Prints the
// latency of each and whether every search returned the same hits, so the ratio is measured side by
// side under the same load and the index is checked against the exact path at full scale.
//
//   DATABASE_URL=postgresql://…/bench_1000000 npx tsx --require ./scripts/server-only-stub.cjs bench/structure-paths.ts [--queries 6]
//
// Queries: the scaffold cores (substructure) and the parent structures of `--queries` products
// sampled in a fixed order (substructure and similarity), with the pages' defaults.
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { fingerprintIndex } from "@/lib/catalog/fingerprint-index";
import { similaritySearch, substructureSearch } from "@/lib/catalog/structure-search";
import { db, disconnectDb } from "@/lib/db";
import { printTable, summarize } from "./stats";
import { SCAFFOLD_CORES } from "./synthetic-catalog";

async function main() {
  const { values } = parseArgs({ options: { queries: { type: "string", default: "6" } } });
  const count = Number(values.queries);
  const index = fingerprintIndex();
  const current = index.current.bind(index);
  const t0 = performance.now();
  await index.load();
  console.log(`fingerprint index loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const rows = await db.$queryRaw<{ smiles: string }[]>`SELECT smiles FROM "Product" ORDER BY md5(id::text) LIMIT ${count}`;
  const parents = rows.map((r) => r.smiles.split(".").sort((a, b) => b.length - a.length)[0]!);
  const cores = SCAFFOLD_CORES.map((c) => c.smiles).slice(0, count);
  // Warm-up: RDKit's first molecule, the worker's first scan.
  await substructureSearch(parents[0]!);
  await similaritySearch(parents[0]!);

  const kinds = [
    ["substructure: scaffold core", cores, (q: string) => substructureSearch(q)],
    ["substructure: product", parents, (q: string) => substructureSearch(q)],
    ["similarity: product", parents, (q: string) => similaritySearch(q)],
  ] as const;
  const table: Record<string, string>[] = [];
  for (const [kind, queries, search] of kinds) {
    const ms = { sql: [] as number[], index: [] as number[] };
    let same = 0;
    for (const q of queries) {
      const timed = async (path: "sql" | "index") => {
        // The SQL path is what a search takes while the index is not current.
        index.current = path === "sql" ? async () => undefined : current;
        const start = performance.now();
        const result = JSON.stringify(await search(q));
        ms[path].push(performance.now() - start);
        return result;
      };
      if ((await timed("sql")) === (await timed("index"))) same++;
    }
    for (const path of ["sql", "index"] as const) {
      const s = summarize(ms[path]);
      table.push({
        kind,
        path,
        n: String(s.n),
        "p50 ms": s.p50.toFixed(1),
        "max ms": s.max.toFixed(1),
        "same hits": `${same}/${queries.length}`,
      });
    }
  }
  index.current = current;
  printTable(table);
  await index.close();
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(disconnectDb);
