// Search latency on the DATABASE_URL catalog, through the functions the pages call:
//   suggest  = suggestProducts({ q })          the header's suggestions (one query, top 8)
//   results  = findProducts({ filter: { q } }) the /search results page: count, ranked page, three
//              facet counts (in parallel, as the page runs them), then the page's product summaries
// plus structure search (substructureSearch / similaritySearch) when lib/catalog/structure-search.ts exists.
//
//   DATABASE_URL=postgresql://…/bench_scratch npx tsx --require ./scripts/server-only-stub.cjs bench/search-latency.ts [--queries 40] [--explain]
//
// The query set is fixed for a given database and seed: rows are sampled by a seeded PRNG over the
// id range, and each kind of query is derived from a sampled row (so every query has a known right
// answer, reported as recall: the share of queries whose row is among the first 5 suggestions / results,
// and among all 8 suggestions / on the first results page of 12).
// Queries of all kinds are shuffled together and run one at a time, after a warm-up pass over a
// separate sample. Latency is wall time in this process (Prisma, driver and database), in ms.
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { catalogListingSql, findProducts, searchStageFor, suggestionSql, suggestProducts } from "@/lib/catalog/products";
import { searchTerms } from "@/lib/catalog/search";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { Random, SALTS, SCAFFOLD_CORES } from "./synthetic-catalog";
import { printTable, summarize } from "./stats";

export const TEXT_KINDS = ["catalog number", "catalog no. prefix", "CAS number", "partial name", "name typo", "synonym"] as const;
export type TextKind = (typeof TEXT_KINDS)[number];
/** sampled: for a partial name, the prefix as first sampled, before it was typed on until distinctive. */
type TextQuery = { kind: TextKind; q: string; expect: string; sampled?: string };
type SampleRow = { id: number; catalogNumber: string; name: string; synonyms: string[]; casNumber: string | null; smiles: string };

/** position: where the intended product came (0 = first), -1 when it was not listed; null for queries without one. */
type Sample = { ms: number; rows: number; position: number | null; q: string };
export type LatencyRow = { kind: string; path: string; samples: Sample[]; note?: string };

export type LatencyOptions = {
  /** Measured queries per text kind. */
  perKind?: number;
  /** Measured queries per structure search kind (each can take ~100 ms+). */
  structurePerKind?: number;
  seed?: number;
  structure?: boolean;
  log?: (line: string) => void;
};

export type LatencyResult = { rows: LatencyRow[]; queries: TextQuery[]; figures: SearchFigures };

/** One row of the table as numbers: latency in ms, recall as a share (0–1) or null when not judged. */
export type PathFigures = { n: number; p50: number; p95: number; recallTop5: number | null; recallPage: number | null; rows: number };
/** Figures by kind ("name typo", "all text queries", "common word (outside the set)" …) and path ("suggest", "results", "structure"). */
export type SearchFigures = Record<string, Record<string, PathFigures>>;

/** How many of the intended products a top-5 list must hold (issue 15: typos ≥ 80%, partial names ≥ 95%). */
export const RECALL_TOP = 5;

// ---------------------------------------------------------------------------------------------
// The query set

const SALT_WORDS = new Set<string>(
  Object.values(SALTS)
    .map((s) => s.suffix)
    .filter(Boolean),
);

/** The name as typed, without a salt suffix ("Ketamine hydrochloride" → "Ketamine"). */
function baseName(name: string) {
  const words = name.split(" ");
  return words.length > 1 && SALT_WORDS.has(words.at(-1)!) ? words.slice(0, -1).join(" ") : name;
}

/** One-character typo (substitution, deletion or transposition) inside the name's longest word. */
function typo(name: string, random: Random): string {
  const base = baseName(name);
  const runs = [...base.matchAll(/[A-Za-z]{5,}/g)].sort((a, b) => b[0].length - a[0].length);
  const run = runs[0];
  if (!run) {
    // A code name ("RK-739189"): change one digit.
    const digits = [...base.matchAll(/\d/g)];
    if (!digits.length) return base.toLowerCase();
    const i = digits[random.int(digits.length)]!.index;
    return (base.slice(0, i) + String((Number(base[i]) + 1 + random.int(8)) % 10) + base.slice(i + 1)).toLowerCase();
  }
  const word = run[0].toLowerCase();
  const i = 1 + random.int(word.length - 2); // never the first or last letter
  const edit = random.int(3);
  const letters = "abcdefghijklmnopqrstuvwxyz";
  let wrong: string;
  if (edit === 0) {
    let c = word[i]!;
    while (c === word[i]) c = letters[random.int(26)]!;
    wrong = word.slice(0, i) + c + word.slice(i + 1);
  } else if (edit === 1) wrong = word.slice(0, i) + word.slice(i + 1);
  else
    wrong = word[i] === word[i + 1] ? word.slice(0, i) + word.slice(i + 1) : word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  // Users type the distinctive word, not the whole systematic name.
  return wrong;
}

/** What someone typing the name has entered so far: 4–16 characters, lower case. */
function partialName(name: string, random: Random): string {
  const base = baseName(name).toLowerCase();
  const length = Math.min(base.length, 4 + random.int(13));
  return base.slice(0, length).replace(/[^\p{L}\p{N}]+$/u, "") || base.slice(0, 4);
}

/** At most this many catalog names may start with a partial name (RECALL_TOP: they can all be shown). */
const DISTINCT_PREFIX_NAMES = 5;

/**
 * The partial names typed on until they are distinctive: each sampled prefix is extended, a character
 * at a time along its product's name (salt included, as the name is written on), until at most
 * DISTINCT_PREFIX_NAMES names of the catalog start with it, or the whole name is typed; never
 * shortened. Someone who types "rd-5" and sees 1,458 RD-5… codes keeps typing; a 4-character prefix of
 * a code shared by hundreds of products has no right answer for a ranking to find. Computed from the
 * catalog's names alone (one scan, independent of the search being measured), and the same for the
 * same catalog and seed. A prefix is never cut after punctuation ("rd-"), as partialName does not.
 */
async function typedUntilDistinct(queries: TextQuery[]): Promise<TextQuery[]> {
  const partial = queries.filter((query) => query.kind === "partial name");
  if (!partial.length) return queries;
  const patterns = [...new Set(partial.map((query) => `${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`))];
  const names = (
    await db.$queryRaw<{ name: string }[]>`SELECT lower(name) AS name FROM "Product" WHERE lower(name) LIKE ANY (${patterns}::text[])`
  ).map((row) => row.name);
  const fullNames = new Map(
    (
      await db.$queryRaw<
        { catalogNumber: string; name: string }[]
      >`SELECT "catalogNumber", lower(name) AS name FROM "Product" WHERE "catalogNumber" = ANY (${partial.map((query) => query.expect)}::text[])`
    ).map((row) => [row.catalogNumber, row.name]),
  );
  return queries.map((query) => {
    const full = fullNames.get(query.expect);
    if (query.kind !== "partial name" || !full) return query;
    let q = query.q;
    for (let length = q.length; length <= full.length; length++) {
      if (length < full.length && !/[\p{L}\p{N}]/u.test(full[length - 1]!)) continue;
      q = full.slice(0, length);
      if (names.filter((name) => name.startsWith(q)).length <= DISTINCT_PREFIX_NAMES) break;
    }
    return { ...query, q, sampled: query.q };
  });
}

function textQuery(kind: TextKind, row: SampleRow, random: Random): TextQuery | null {
  const expect = row.catalogNumber;
  switch (kind) {
    case "catalog number":
      return { kind, q: random.chance(0.3) ? row.catalogNumber.toLowerCase() : row.catalogNumber, expect };
    case "catalog no. prefix":
      return { kind, q: row.catalogNumber.slice(0, 5), expect };
    case "CAS number":
      return row.casNumber ? { kind, q: row.casNumber, expect } : null;
    case "partial name":
      return { kind, q: partialName(row.name, random), expect };
    case "name typo":
      return { kind, q: typo(row.name, random), expect };
    case "synonym":
      return row.synonyms.length ? { kind, q: random.pick(row.synonyms), expect } : null;
  }
}

async function sampleRows(seed: number, count: number, stream: number): Promise<SampleRow[]> {
  const [range] = await db.$queryRaw<
    { lo: number | null; hi: number | null }[]
  >`SELECT min(id)::int AS lo, max(id)::int AS hi FROM "Product"`;
  if (!range?.lo || !range.hi) throw new Error("The catalog is empty");
  const random = new Random(seed, stream);
  const ids = Array.from({ length: count }, () => range.lo! + random.int(range.hi! - range.lo! + 1));
  const rows = await db.$queryRaw<
    SampleRow[]
  >`SELECT id, "catalogNumber", name, synonyms, "casNumber", smiles FROM "Product" WHERE id = ANY(${ids}::int[])`;
  const byId = new Map(rows.map((r) => [r.id, r]));
  return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
}

/** perKind queries of every kind, shuffled together. */
async function buildQueries(seed: number, perKind: number, stream: number): Promise<TextQuery[]> {
  const rows = await sampleRows(seed, perKind * TEXT_KINDS.length * 3, stream);
  const random = new Random(seed, stream, 1);
  const queries: TextQuery[] = [];
  let next = 0;
  for (const kind of TEXT_KINDS) {
    let made = 0;
    for (let tries = 0; made < perKind && tries < rows.length; tries++) {
      const query = textQuery(kind, rows[next++ % rows.length]!, random);
      if (query) {
        queries.push(query);
        made++;
      }
    }
  }
  for (let i = queries.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [queries[i], queries[j]] = [queries[j]!, queries[i]!];
  }
  return typedUntilDistinct(queries);
}

// ---------------------------------------------------------------------------------------------
// Running it

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await run();
  return [value, performance.now() - t0];
}

async function runText(query: TextQuery) {
  const [suggestions, suggestMs] = await timed(() => suggestProducts({ q: query.q }));
  const [results, resultsMs] = await timed(() => findProducts({ filter: { q: query.q } }));
  return {
    suggest: {
      ms: suggestMs,
      rows: suggestions.length,
      position: suggestions.findIndex((s) => s.catalogNumber === query.expect),
      q: query.q,
    },
    results: {
      ms: resultsMs,
      rows: results.total,
      position: results.products.findIndex((p) => p.catalogNumber === query.expect),
      q: query.q,
    },
  };
}

// Words a researcher types that match a large share of the synthetic catalog (a compound family, a
// salt, a substituent): outside the fixed query set and its "all text queries" rows, because every one
// of them reaches the SEARCH_MATCH_LIMIT cap and says nothing about finding one product.
const COMMON_WORDS = ["ketamine", "tryptamine", "amphetamine", "piperazine", "hydrochloride", "fluoro"];

async function runCommonWords(rounds = 5): Promise<LatencyRow[]> {
  const suggest: LatencyRow = { kind: "common word (outside the set)", path: "suggest", samples: [] };
  const results: LatencyRow = { kind: "common word (outside the set)", path: "results", samples: [] };
  for (let round = 0; round < rounds; round++) {
    for (const q of COMMON_WORDS) {
      const [suggestions, suggestMs] = await timed(() => suggestProducts({ q }));
      suggest.samples.push({ ms: suggestMs, rows: suggestions.length, position: null, q });
      const [listing, resultsMs] = await timed(() => findProducts({ filter: { q } }));
      results.samples.push({ ms: resultsMs, rows: listing.total, position: null, q });
    }
  }
  return [suggest, results];
}

/** The largest fragment of a SMILES: the parent without its counter-ion. */
const parentOf = (smiles: string) => smiles.split(".").sort((a, b) => b.length - a.length)[0]!;

async function runStructure(seed: number, perKind: number, log: (line: string) => void): Promise<LatencyRow[]> {
  let search: typeof import("@/lib/catalog/structure-search");
  try {
    search = await import("@/lib/catalog/structure-search");
  } catch (error) {
    log(`  structure search not benchmarked: ${(error as Error).message.split("\n")[0]}`);
    return [{ kind: "structure search", path: "TODO", samples: [], note: "TODO: lib/catalog/structure-search.ts not available" }];
  }
  const products = (await sampleRows(seed, perKind * 2, 21)).slice(0, perKind);
  const cores = SCAFFOLD_CORES.map((c) => c.smiles);
  const coreQueries = Array.from({ length: perKind }, (_, i) => cores[i % cores.length]!);
  // The index an app process loads on its first structure search (searches run in SQL meanwhile).
  const { fingerprintIndex } = await import("@/lib/catalog/fingerprint-index");
  const [, indexLoadMs] = await timed(() => fingerprintIndex().load());
  log(`  fingerprint index loaded in ${(indexLoadMs / 1000).toFixed(1)} s`);
  // Warm-up: RDKit's first molecule costs ~170 ms; one query of each kind.
  await search.substructureSearch(cores[0]!);
  await search.similaritySearch(parentOf(products[0]!.smiles));

  const rows: LatencyRow[] = [
    { kind: "substructure: scaffold core", path: "structure", samples: [] },
    { kind: "substructure: product", path: "structure", samples: [] },
    { kind: "similarity: product", path: "structure", samples: [] },
  ];
  for (const smiles of coreQueries) {
    const [result, ms] = await timed(() => search.substructureSearch(smiles));
    rows[0]!.samples.push({ ms, rows: result.hits.length, position: null, q: smiles });
  }
  for (const product of products) {
    const smiles = parentOf(product.smiles);
    const [sub, subMs] = await timed(() => search.substructureSearch(smiles));
    rows[1]!.samples.push({
      ms: subMs,
      rows: sub.hits.length,
      position: sub.hits.findIndex((h) => h.catalogNumber === product.catalogNumber),
      q: smiles,
    });
    const [similar, simMs] = await timed(() => search.similaritySearch(smiles));
    rows[2]!.samples.push({
      ms: simMs,
      rows: similar.length,
      position: similar.findIndex((h) => h.catalogNumber === product.catalogNumber),
      q: smiles,
    });
  }
  return rows;
}

export async function runSearchLatency({
  perKind = 40,
  structurePerKind = 10,
  seed = 1,
  structure = true,
  log = console.log,
}: LatencyOptions = {}): Promise<LatencyResult> {
  const warmup = await buildQueries(seed, 5, 11);
  const queries = await buildQueries(seed, perKind, 12);
  log(
    `  warm-up: ${warmup.length} queries; measuring ${queries.length} text queries × 2 paths${structure ? ` and ${structurePerKind} × 3 structure searches` : ""}`,
  );
  for (const query of warmup) await runText(query);

  const rows = new Map<string, LatencyRow>();
  const row = (kind: string, path: string) => {
    const key = `${kind}\u0000${path}`;
    if (!rows.has(key)) rows.set(key, { kind, path, samples: [] });
    return rows.get(key)!;
  };
  for (const kind of TEXT_KINDS) for (const path of ["suggest", "results"]) row(kind, path);
  for (const query of queries) {
    const { suggest, results } = await runText(query);
    row(query.kind, "suggest").samples.push(suggest);
    row(query.kind, "results").samples.push(results);
  }
  const text = [...rows.values()];
  const all = ["suggest", "results"].map((path) => ({
    kind: "all text queries",
    path,
    samples: text.filter((r) => r.path === path).flatMap((r) => r.samples),
  }));
  // The partial names as first sampled (issue 15's first measurements: 80–83% in the top 5), outside
  // the set: most misses there are 4–5 characters that hundreds of names start with.
  const sampled: LatencyRow[] = ["suggest", "results"].map((path) => ({
    kind: "partial name, as sampled (outside the set)",
    path,
    samples: [],
  }));
  for (const query of queries) {
    if (query.sampled === undefined) continue;
    const { suggest, results } = await runText({ ...query, q: query.sampled });
    sampled[0]!.samples.push(suggest);
    sampled[1]!.samples.push(results);
  }
  const common = await runCommonWords();
  const structureRows = structure ? await runStructure(seed, structurePerKind, log) : [];
  const rowsOut = [...text, ...all, ...sampled, ...common, ...structureRows];
  return { rows: rowsOut, queries, figures: searchFigures(rowsOut) };
}

/** The share of judged samples whose intended product came within `top` (null: no judged samples). */
function recall(samples: Sample[], top = Infinity): number | null {
  const judged = samples.filter((x) => x.position !== null);
  return judged.length ? judged.filter((x) => x.position! >= 0 && x.position! < top).length / judged.length : null;
}

/** The table's figures as numbers, for callers that judge them (bench/catalog.ts). */
export function searchFigures(rows: LatencyRow[]): SearchFigures {
  const figures: SearchFigures = {};
  for (const r of rows) {
    if (!r.samples.length) continue;
    const s = summarize(r.samples.map((x) => x.ms));
    (figures[r.kind] ??= {})[r.path] = {
      n: s.n,
      p50: s.p50,
      p95: s.p95,
      recallTop5: recall(r.samples, RECALL_TOP),
      recallPage: recall(r.samples),
      rows: median(r.samples.map((x) => x.rows)),
    };
  }
  return figures;
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : NaN;
};

const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const percent = (share: number | null) => (share === null ? "—" : `${Math.round(100 * share)}%`);

/**
 * Table rows: percentiles in ms; "rows" is the median number of suggestions / total matches / hits;
 * recall is the share of queries whose intended product is among the first 5, and on the whole list
 * (8 suggestions, a results page of 12, all structure hits).
 */
export function latencyTable(rows: LatencyRow[]): Record<string, string>[] {
  return rows.map((r) => {
    if (!r.samples.length) {
      return {
        kind: r.kind,
        path: r.path,
        n: "0",
        "p50 ms": "—",
        "p95 ms": "—",
        "p99 ms": "—",
        "max ms": "—",
        "rows (median)": "—",
        [`recall top ${RECALL_TOP}`]: "—",
        "recall page": "—",
        "slowest query": r.note ?? "—",
      };
    }
    const s = summarize(r.samples.map((x) => x.ms));
    return {
      kind: r.kind,
      path: r.path,
      n: String(s.n),
      "p50 ms": s.p50.toFixed(1),
      "p95 ms": s.p95.toFixed(1),
      "p99 ms": s.p99.toFixed(1),
      "max ms": s.max.toFixed(1),
      "rows (median)": String(median(r.samples.map((x) => x.rows))),
      [`recall top ${RECALL_TOP}`]: percent(recall(r.samples, RECALL_TOP)),
      "recall page": percent(recall(r.samples)),
      "slowest query": truncate([...r.samples].sort((a, b) => b.ms - a.ms)[0]!.q, 30),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// EXPLAIN ANALYZE of the slowest text query, query by query (the SQL mirrors lib/catalog/products.ts).

/** EXPLAIN (ANALYZE, BUFFERS) of every statement suggestProducts and findProducts run for q. */
export async function explainQuery(q: string, log = console.log, { plans = true }: { plans?: boolean } = {}) {
  const t = searchTerms(q);
  // The stage both paths settle on (the suggestions try the narrower stages first and stop at the
  // first with rows, which is this one unless the rows are filtered out later).
  const stage = await searchStageFor(t);
  log(`Search stage for "${q}": ${stage} (stages: ${t.stages.join(" → ")})`);
  const statements: [string, Prisma.Sql][] = [
    ["suggest (suggestProducts)", suggestionSql(t, stage, 8)],
    ["results (findProducts)", catalogListingSql({}, { terms: t, stage }, { page: 1, pageSize: 12 })],
  ];
  const summary: string[] = [];
  for (const [label, sql] of statements) {
    const plan = (await db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${sql}`)).map(
      (line) => line["QUERY PLAN"],
    );
    // How the search table was read: "Seq Scan" (every row) or "Bitmap Heap Scan" (through the indexes), and the rows it produced.
    const scanNode = /((?:Parallel )?(?:Seq Scan|Bitmap Heap Scan|Index Scan using \S+)) on "ProductSearch"/;
    const scan = plan.find((line) => scanNode.test(line)) ?? "";
    const how = scanNode.exec(scan)?.[1] ?? "?";
    const actual = /actual time=[\d.]+\.\.[\d.]+ rows=(\d+) loops=(\d+)/.exec(scan);
    const rowsOut = actual ? String(Number(actual[1]) * Number(actual[2])) : "?"; // per-loop rows × workers
    const execution = plan.find((line) => line.startsWith("Execution Time"))?.replace("Execution Time: ", "") ?? "?";
    summary.push(`  ${label.padEnd(26)} ${execution.padStart(11)}   ${how} → ${rowsOut} rows`);
    if (plans) {
      log(`--- ${label}`);
      for (const line of plan) log(line);
      log("");
    }
  }
  log(`Statements for "${q}" (execution time in the database; scans of "ProductSearch"):`);
  for (const line of summary) log(line);
}

/** The slowest query of the slowest kind (by p95), explained statement by statement. */
export async function explainSlowest(rows: LatencyRow[], log = console.log) {
  const textRows = rows.filter((r) => (TEXT_KINDS as readonly string[]).includes(r.kind) && r.samples.length);
  const p95 = (r: LatencyRow) => summarize(r.samples.map((x) => x.ms)).p95;
  const worst = [...textRows].sort((a, b) => p95(b) - p95(a))[0];
  if (!worst) return;
  const slowest = [...worst.samples].sort((a, b) => b.ms - a.ms)[0]!;
  log(
    `\nEXPLAIN (ANALYZE, BUFFERS) — slowest kind by p95: "${worst.kind}" (${worst.path}); its slowest query: "${slowest.q}" (${slowest.ms.toFixed(1)} ms, ${slowest.rows} rows)\n`,
  );
  await explainQuery(slowest.q, log);
  // The other kinds' slowest queries, summarised.
  for (const kind of TEXT_KINDS) {
    if (kind === worst.kind) continue;
    const samples = textRows.filter((r) => r.kind === kind).flatMap((r) => r.samples);
    const q = [...samples].sort((a, b) => b.ms - a.ms)[0]?.q;
    if (!q) continue;
    log(`\n[${kind}]`);
    await explainQuery(q, log, { plans: false });
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const { values } = parseArgs({
    options: {
      queries: { type: "string", default: "40" },
      "structure-queries": { type: "string", default: "10" },
      seed: { type: "string", default: "1" },
      "no-structure": { type: "boolean", default: false },
      explain: { type: "boolean", default: false },
      "explain-query": { type: "string" },
    },
  });
  if (values["explain-query"] !== undefined) return explainQuery(values["explain-query"]);
  const result = await runSearchLatency({
    perKind: Number(values.queries),
    structurePerKind: Number(values["structure-queries"]),
    seed: Number(values.seed),
    structure: !values["no-structure"],
  });
  console.log("");
  printTable(latencyTable(result.rows));
  if (values.explain) await explainSlowest(result.rows);
}

if (/search-latency\.ts$/.test(process.argv[1] ?? "")) {
  import("@/lib/db")
    .then(({ disconnectDb }) => main().finally(disconnectDb))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
