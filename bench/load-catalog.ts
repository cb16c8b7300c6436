// Bulk-loads N synthetic products (bench/synthetic-catalog.ts) into the DATABASE_URL database:
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/bench_scratch \
//     npx tsx --require ./scripts/server-only-stub.cjs bench/load-catalog.ts --products 10000 [--append]
//
// The database must be migrated. Compounds, products, their activities and category links go in with
// `INSERT … SELECT … FROM unnest($1::text[], …)`, about 5,000 products per transaction, over one
// `pg` connection (PGlite: over its wire-protocol socket, hosted by this process).
//
// RDKit runs once per distinct SMILES, not per product, through computeStructureProperties()
// (lib/catalog/chemistry.ts) without the drawing: synthetic rows store a ~140-byte placeholder SVG
// showing the formula instead of RDKit's ~12 kB drawing (which would add ~1.2 GB of TOAST at 100k rows;
// pass --svg for real drawings).
//
// Refuses a database that already has more than 1,000 products, unless --append (which continues the
// synthetic catalog after the synthetic products already there). Runs VACUUM ANALYZE at the end, as
// autovacuum would after a bulk load, so the planner and the GIN pending lists are in a steady state.
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import pg from "pg";
import { computeStructureProperties, loadRDKit } from "@/lib/catalog/chemistry";
import { resolveDbTarget } from "@/lib/database/target";
import { embeddedDatabase } from "@/lib/db";
import { env } from "@/lib/env";
import {
  SYNTHETIC_CATEGORIES,
  SYNTHETIC_MECHANISMS,
  SYNTHETIC_TARGETS,
  SyntheticCatalog,
  type SyntheticCompound,
  type SyntheticProduct,
} from "./synthetic-catalog";

export type LoadOptions = {
  products: number;
  append?: boolean;
  seed?: number;
  /** Distinct parent structures in the synthetic catalog (bounds the RDKit work). */
  structures?: number;
  /** Store RDKit's real SVG drawings (slower, ~12 kB per row) instead of a placeholder. */
  svg?: boolean;
  batchSize?: number;
  log?: (line: string) => void;
};

export type LoadResult = {
  products: number;
  compounds: number;
  activities: number;
  /** Distinct SMILES sent through RDKit. */
  structures: number;
  /** Products already in the database before the load. */
  before: number;
  seconds: number;
  rdkitSeconds: number;
  insertSeconds: number;
  vacuumSeconds: number;
  /** Products per second over the whole load (RDKit, inserts, VACUUM ANALYZE). */
  rowsPerSecond: number;
  /** Products per second of insert time alone. */
  insertRowsPerSecond: number;
};

type Properties = Awaited<ReturnType<typeof computeStructureProperties>>;

const escapeXml = (text: string) => text.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** What synthetic rows store instead of a drawing: the formula in RDKit's 320×240 box (~140 bytes). */
export function placeholderSvg(formula: string) {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 240"><text x="160" y="124" text-anchor="middle">${escapeXml(formula)}</text></svg>`;
}

/** RDKit properties by SMILES, computed once each. */
class StructureProperties {
  private readonly bySmiles = new Map<string, Properties>();
  seconds = 0;

  constructor(private readonly svg: boolean) {}

  get size() {
    return this.bySmiles.size;
  }

  has(smiles: string) {
    return this.bySmiles.has(smiles);
  }

  async get(product: Pick<SyntheticProduct, "smiles">): Promise<Properties> {
    const cached = this.bySmiles.get(product.smiles);
    if (cached) return cached;
    const t0 = performance.now();
    const properties = await computeStructureProperties(product.smiles, { draw: this.svg });
    if (!this.svg) properties.structureSvg = placeholderSvg(properties.formula);
    this.seconds += (performance.now() - t0) / 1000;
    this.bySmiles.set(product.smiles, properties);
    return properties;
  }
}

/** One connection to the DATABASE_URL database (PGlite: hosted by this process, shared with lib/db). */
export async function connectRaw(): Promise<pg.Client> {
  const target = resolveDbTarget(env.DATABASE_URL);
  const url = target.kind === "postgres" ? target.url : (await embeddedDatabase()!).url;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

type Ids = { targets: Map<string, number>; mechanisms: Map<string, number>; categories: Map<string, number>; reference: number };

async function upsertReferenceData(client: pg.Client): Promise<Ids> {
  const toMap = (rows: { id: number; slug: string }[]) => new Map(rows.map((r) => [r.slug, r.id]));
  await client.query(
    `INSERT INTO "Target" (slug, name, family, "geneSymbol") SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
     ON CONFLICT (slug) DO NOTHING`,
    [
      SYNTHETIC_TARGETS.map((t) => t.slug),
      SYNTHETIC_TARGETS.map((t) => t.name),
      SYNTHETIC_TARGETS.map((t) => t.family),
      SYNTHETIC_TARGETS.map((t) => t.geneSymbol),
    ],
  );
  await client.query(`INSERT INTO "Mechanism" (slug, name) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (slug) DO NOTHING`, [
    SYNTHETIC_MECHANISMS.map((m) => m.slug),
    SYNTHETIC_MECHANISMS.map((m) => m.name),
  ]);
  await client.query(
    `INSERT INTO "Category" (slug, name, description) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT (slug) DO NOTHING`,
    [SYNTHETIC_CATEGORIES.map((c) => c.slug), SYNTHETIC_CATEGORIES.map((c) => c.name), SYNTHETIC_CATEGORIES.map((c) => c.description)],
  );
  const reference = await client.query<{ id: number }>(
    `INSERT INTO "Reference" (key, title, authors, year) VALUES ('bench-synthetic', 'Synthetic benchmark data (not a literature source)', 'Reagent Desk benchmark', 2026)
     ON CONFLICT (key) DO UPDATE SET title = EXCLUDED.title RETURNING id`,
  );
  const slugs = async (table: "Target" | "Mechanism" | "Category") =>
    toMap((await client.query<{ id: number; slug: string }>(`SELECT id, slug FROM "${table}"`)).rows);
  return {
    targets: await slugs("Target"),
    mechanisms: await slugs("Mechanism"),
    categories: await slugs("Category"),
    reference: reference.rows[0]!.id,
  };
}

/** Synthetic rows already in the database: where an --append load continues. */
async function existing(client: pg.Client) {
  const { rows } = await client.query<{ total: number; compounds: number; products: number }>(`SELECT
      (SELECT count(*) FROM "Product")::int AS total,
      (SELECT count(*) FROM "Compound" WHERE slug LIKE 'syn-%')::int AS compounds,
      (SELECT count(*) FROM "Product" p JOIN "Compound" c ON c.id = p."compoundId" WHERE c.slug LIKE 'syn-%')::int AS products`);
  return rows[0]!;
}

const SEP = "\u001f"; // synonyms travel as one text per product, split with string_to_array(…, chr(31))

// Left to its triggers, the search copy would get each new product's row three times (inserted with the
// product, updated with its activities, again with its categories), every version also in its GIN
// indexes: loads ran at half speed and left "ProductSearch" 3.3 times its size (215 MB against 66 MB at
// 100k products, bench/README.md). A batch turns those three triggers off for its own transaction and
// writes each row once, facet arrays included (product_facet_ids: prisma/migrations/*_product_search_facets).
const SEARCH_COPY_TRIGGERS = [
  ["Product", "Product_search_insert"],
  ["Activity", "Activity_search_facets_insert"],
  ["_CategoryToProduct", "CategoryToProduct_search_facets_insert"],
];
const setSearchCopyTriggers = (client: pg.Client, state: "ENABLE" | "DISABLE") =>
  client.query(SEARCH_COPY_TRIGGERS.map(([table, trigger]) => `ALTER TABLE "${table}" ${state} TRIGGER "${trigger}";`).join("\n"));

async function insertBatch(
  client: pg.Client,
  compounds: SyntheticCompound[],
  props: StructureProperties,
  structureIds: Map<string, number>,
  ids: Ids,
) {
  // Structures not sent yet go to a session temp table; products join to it, so each fingerprint
  // crosses the wire (and is parsed into bit(2048)) once, not once per product.
  const fresh: { id: number; p: Properties }[] = [];
  for (const compound of compounds) {
    for (const product of compound.products) {
      if (structureIds.has(product.smiles)) continue;
      const p = await props.get(product);
      const id = structureIds.size + 1;
      structureIds.set(product.smiles, id);
      fresh.push({ id, p });
    }
  }
  const products = compounds.flatMap((c) => c.products.map((p) => ({ c, p })));
  const t0 = performance.now();
  await client.query("BEGIN");
  try {
    await setSearchCopyTriggers(client, "DISABLE");
    if (fresh.length) {
      await client.query(
        `INSERT INTO bench_structure SELECT u.id, u.inchi, u.key, u.formula, u.mw, u.em, u.svg, u.pfp::bit(2048), u.mfp::bit(2048)
         FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::float8[], $7::text[], $8::text[], $9::text[])
           AS u(id, inchi, key, formula, mw, em, svg, pfp, mfp)`,
        [
          fresh.map((s) => s.id),
          fresh.map((s) => s.p.inchi),
          fresh.map((s) => s.p.inchiKey),
          fresh.map((s) => s.p.formula),
          fresh.map((s) => s.p.molecularWeight),
          fresh.map((s) => s.p.exactMass),
          fresh.map((s) => s.p.structureSvg),
          fresh.map((s) => s.p.patternFp),
          fresh.map((s) => s.p.morganFp),
        ],
      );
    }
    const compoundRows = await client.query<{ id: number; slug: string }>(
      `INSERT INTO "Compound" (slug, name) SELECT * FROM unnest($1::text[], $2::text[]) RETURNING id, slug`,
      [compounds.map((c) => c.slug), compounds.map((c) => c.name)],
    );
    const compoundIds = new Map(compoundRows.rows.map((r) => [r.slug, r.id]));
    const productRows = await client.query<{ id: number; catalogNumber: string }>(
      `INSERT INTO "Product" ("catalogNumber", name, synonyms, "compoundId", "saltForm", "casNumber", smiles, inchi, "inchiKey", formula,
         "molecularWeight", "exactMass", "structureSvg", "patternFp", "morganFp", purity, appearance, storage, availability,
         description, "updatedAt")
       SELECT u.cn, u.name, string_to_array(u.syn, chr(31)), u.cid, u.salt, u.cas, u.smiles, s.inchi, s."inchiKey", s.formula,
         s.mw, s.em, s.svg, s.pfp, s.mfp, u.purity, u.appearance, u.storage, u.availability, u.description, now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::int[], $9::text[], $10::text[],
           $11::text[], $12::text[], $13::text[])
         AS u(cn, name, syn, cid, salt, cas, smiles, sid, purity, appearance, storage, availability, description)
       JOIN bench_structure s ON s.id = u.sid
       RETURNING id, "catalogNumber"`,
      [
        products.map(({ p }) => p.catalogNumber),
        products.map(({ p }) => p.name),
        products.map(({ p }) => p.synonyms.join(SEP)),
        products.map(({ c }) => compoundIds.get(c.slug)!),
        products.map(({ p }) => p.saltForm),
        products.map(({ p }) => p.casNumber),
        products.map(({ p }) => p.smiles),
        products.map(({ p }) => structureIds.get(p.smiles)!),
        products.map(({ p }) => p.purity),
        products.map(({ p }) => p.appearance),
        products.map(({ p }) => p.storage),
        products.map(({ p }) => p.availability),
        products.map(({ p }) => p.description),
      ],
    );
    if (productRows.rowCount !== products.length) throw new Error(`inserted ${productRows.rowCount} of ${products.length} products`);
    const productIds = new Map(productRows.rows.map((r) => [r.catalogNumber, r.id]));
    const activities = products.flatMap(({ p }) =>
      p.activities.map((a, position) => ({ productId: productIds.get(p.catalogNumber)!, a, position })),
    );
    await client.query(
      `INSERT INTO "Activity" ("productId", "targetId", "mechanismId", measure, value, unit, species, assay, "referenceId", position)
       SELECT u.pid, u.tid, u.mid, u.measure, u.value, u.unit, u.species, u.assay, $9::int, u.position
       FROM unnest($1::int[], $2::int[], $3::int[], $4::text[], $5::float8[], $6::text[], $7::text[], $8::text[], $10::int[])
         AS u(pid, tid, mid, measure, value, unit, species, assay, position)`,
      [
        activities.map((x) => x.productId),
        activities.map((x) => ids.targets.get(x.a.target)!),
        activities.map((x) => ids.mechanisms.get(x.a.mechanism)!),
        activities.map((x) => x.a.measure),
        activities.map((x) => x.a.value),
        activities.map((x) => x.a.unit),
        activities.map((x) => x.a.species),
        activities.map((x) => x.a.assay),
        ids.reference,
        activities.map((x) => x.position),
      ],
    );
    await client.query(`INSERT INTO "_CategoryToProduct" ("A", "B") SELECT * FROM unnest($1::int[], $2::int[])`, [
      products.map(({ p }) => ids.categories.get(p.category)!),
      products.map(({ p }) => productIds.get(p.catalogNumber)!),
    ]);
    await client.query(
      `INSERT INTO "ProductSearch" ("id", "catalogNumber", "casNumber", "inchiKey", "name", "synonyms", "sortName", "searchVector", "searchNames",
         "formula", "discontinuedOn", "targetIds", "mechanismIds", "categoryIds")
       SELECT "id", "catalogNumber", "casNumber", "inchiKey", "name", "synonyms", "sortName", "searchVector", "searchNames", "formula", "discontinuedOn",
         product_facet_ids('target', "id"), product_facet_ids('mechanism', "id"), product_facet_ids('category', "id")
       FROM "Product" WHERE "id" = ANY ($1::int[])`,
      [[...productIds.values()]],
    );
    await setSearchCopyTriggers(client, "ENABLE");
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  return { seconds: (performance.now() - t0) / 1000, activities: products.reduce((n, { p }) => n + p.activities.length, 0) };
}

export async function loadSyntheticCatalog({
  products: count,
  append = false,
  seed,
  structures,
  svg = false,
  batchSize = 5000,
  log = console.log,
}: LoadOptions): Promise<LoadResult> {
  const started = performance.now();
  const client = await connectRaw();
  try {
    const before = await existing(client);
    if (before.total > 1000 && !append) {
      throw new Error(`The database already has ${before.total} products; pass --append to add ${count} more synthetic products to it`);
    }
    await client.query("SET synchronous_commit = off"); // scratch database: a crash may lose the last batches, nothing else
    const ids = await upsertReferenceData(client);
    await client.query(`CREATE TEMP TABLE IF NOT EXISTS bench_structure (id int PRIMARY KEY, inchi text, "inchiKey" text, formula text,
      mw float8, em float8, svg text, pfp bit(2048), mfp bit(2048))`);
    await client.query("TRUNCATE bench_structure");

    const catalog = new SyntheticCatalog({ seed, structures });
    const props = new StructureProperties(svg);
    await loadRDKit();

    const structureIds = new Map<string, number>();
    let loaded = 0;
    let compounds = 0;
    let activities = 0;
    let insertSeconds = 0;
    let nextReport = 0.1;
    let batch: SyntheticCompound[] = [];
    let batchProducts = 0;
    const flush = async () => {
      if (!batch.length) return;
      const result = await insertBatch(client, batch, props, structureIds, ids);
      insertSeconds += result.seconds;
      activities += result.activities;
      loaded += batchProducts;
      compounds += batch.length;
      batch = [];
      batchProducts = 0;
      if (loaded >= nextReport * count || loaded === count) {
        const elapsed = (performance.now() - started) / 1000;
        log(
          `  ${loaded.toLocaleString("en")} / ${count.toLocaleString("en")} products, ${props.size.toLocaleString("en")} structures — ${Math.round(loaded / elapsed).toLocaleString("en")} products/s`,
        );
        while (nextReport * count <= loaded) nextReport += 0.1;
      }
    };
    for (const compound of catalog.compounds({ count, fromCompound: before.compounds, fromProduct: before.products })) {
      batch.push(compound);
      batchProducts += compound.products.length;
      if (batchProducts >= batchSize) await flush();
    }
    await flush();

    const v0 = performance.now();
    for (const table of ["Compound", "Product", "ProductSearch", "Activity", "_CategoryToProduct"])
      await client.query(`VACUUM (ANALYZE) "${table}"`);
    const vacuumSeconds = (performance.now() - v0) / 1000;
    const seconds = (performance.now() - started) / 1000;
    return {
      products: loaded,
      compounds,
      activities,
      structures: props.size,
      before: before.total,
      seconds,
      rdkitSeconds: props.seconds,
      insertSeconds,
      vacuumSeconds,
      rowsPerSecond: loaded / seconds,
      insertRowsPerSecond: loaded / insertSeconds,
    };
  } finally {
    await client.end();
  }
}

export function printLoadResult(r: LoadResult, log = console.log) {
  log(
    `Loaded ${r.products.toLocaleString("en")} products (${r.compounds.toLocaleString("en")} compounds, ${r.activities.toLocaleString("en")} activities, ` +
      `${r.structures.toLocaleString("en")} distinct SMILES) in ${r.seconds.toFixed(1)} s: ${Math.round(r.rowsPerSecond).toLocaleString("en")} products/s overall; ` +
      `RDKit ${r.rdkitSeconds.toFixed(1)} s, inserts ${r.insertSeconds.toFixed(1)} s (${Math.round(r.insertRowsPerSecond).toLocaleString("en")} products/s), ` +
      `VACUUM ANALYZE ${r.vacuumSeconds.toFixed(1)} s`,
  );
}

async function main() {
  const { values } = parseArgs({
    options: {
      products: { type: "string", default: "10000" },
      append: { type: "boolean", default: false },
      seed: { type: "string" },
      structures: { type: "string" },
      svg: { type: "boolean", default: false },
      batch: { type: "string", default: "5000" },
    },
  });
  const result = await loadSyntheticCatalog({
    products: Number(values.products),
    append: values.append,
    seed: values.seed === undefined ? undefined : Number(values.seed),
    structures: values.structures === undefined ? undefined : Number(values.structures),
    svg: values.svg,
    batchSize: Number(values.batch),
  });
  printLoadResult(result);
}

if (/load-catalog\.ts$/.test(process.argv[1] ?? "")) {
  import("@/lib/db")
    .then(({ disconnectDb }) => main().finally(disconnectDb))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
