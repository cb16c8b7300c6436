// The import's batch writer: set-based SQL, one transaction per batch. A batch of 500 products is a
// handful of statements (parent compounds, one INSERT … SELECT, one UPDATE … FROM over the batch)
// instead of thousands of per-row upserts. The UPDATE only touches rows where some value differs, so
// re-importing the same file leaves updatedAt alone and reports the rows as unchanged.
import "server-only";
import { createHash } from "node:crypto";
import type { StructureProperties } from "@/lib/catalog/chemistry";
import type { PackWrite } from "@/lib/catalog/import/pack-columns";
import { currencies, type Currency } from "@/lib/core/money";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** What the import reads back about a product it is about to write. */
export type ExistingProduct = {
  catalogNumber: string;
  compoundId: number;
  name: string;
  synonyms: string[];
  saltForm: string;
  casNumber: string | null;
  smiles: string;
  inchi: string;
  inchiKey: string;
  formula: string;
  molecularWeight: number;
  exactMass: number;
  purity: string | null;
  appearance: string | null;
  storage: string | null;
  availability: string | null;
  description: string;
  /** The drawing and both fingerprints are stored (products seeded before fingerprints existed lack them). */
  hasDerived: boolean;
  /** Null for a product no import wrote (structure-source.ts). */
  structureSourceHash: string | null;
};

// For a list of catalog numbers PostgreSQL picks the trigram GIN index on "catalogNumber" (it supports
// equality too, and its cost estimate is low) over the unique btree: measured 2.9–4.3 s instead of a
// few ms for 500 numbers in a 10k-product catalog. GIN is only reachable through bitmap scans, so the
// import's catalog-number lookups run with bitmap scans off, for their own transaction only.
const BTREE_LOOKUPS = Prisma.sql`SET LOCAL enable_bitmapscan = off`;

export async function findExistingProducts(client: PrismaClient, catalogNumbers: string[]): Promise<Map<string, ExistingProduct>> {
  if (catalogNumbers.length === 0) return new Map();
  // The drawing and fingerprints are large and only their presence matters here.
  const [, rows] = await client.$transaction([
    client.$executeRaw(BTREE_LOOKUPS),
    client.$queryRaw<ExistingProduct[]>`
      SELECT "catalogNumber", "compoundId", "name", "synonyms", "saltForm", "casNumber", "smiles", "inchi", "inchiKey",
             "formula", "molecularWeight", "exactMass", "purity", "appearance", "storage", "availability", "description",
             ("patternFp" IS NOT NULL AND "morganFp" IS NOT NULL) AS "hasDerived", "structureSourceHash"
      FROM "Product" WHERE "catalogNumber" = ANY(${catalogNumbers}::text[])`,
  ]);
  return new Map(rows.map((row) => [row.catalogNumber, row]));
}

export type IdentityConflictRow = { catalogNumber: string; casNumber: string | null; saltForm: string; inchiKey: string };

/** Stored products sharing a CAS number or an InChIKey with the batch, other than the given catalog numbers. */
export async function findIdentityConflicts(
  client: Tx,
  { casNumbers, inchiKeys, except }: { casNumbers: string[]; inchiKeys: string[]; except: string[] },
) {
  if (casNumbers.length === 0 && inchiKeys.length === 0) return [];
  return client.$queryRaw<IdentityConflictRow[]>`
    SELECT "catalogNumber", "casNumber", "saltForm", "inchiKey" FROM "Product"
    WHERE ("casNumber" = ANY(${casNumbers}::text[]) OR "inchiKey" = ANY(${inchiKeys}::text[]))
      AND NOT ("catalogNumber" = ANY(${except}::text[]))
    ORDER BY "catalogNumber"`;
}

/** A product as the import writes it: every column the import owns, already merged with stored values. */
export type ProductWrite = {
  catalogNumber: string;
  name: string;
  synonyms: string[];
  /** An existing compound, or a parent to find by slug or name (created when none matches). */
  compound: { id: number } | { parent: string };
  saltForm: string;
  casNumber: string | null;
  smiles: string;
  /** Of the record's structure input and `smiles` (structure-source.ts). */
  structureSourceHash: string;
  /** Undefined: keep the stored structure-derived columns (same SMILES, already computed). */
  derived?: StructureProperties;
  purity: string | null;
  appearance: string | null;
  storage: string | null;
  availability: string | null;
  description: string;
  /** Undefined: keep the stored pack sizes and prices. */
  packs?: PackWrite[];
};

/**
 * "LY3020371 hydrochloride" → "ly3020371-hydrochloride". A name with no Latin letters or digits gets a
 * slug from its hash, so two such names never share a compound by accident.
 */
function slugify(value: string) {
  const slug = value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || `compound-${createHash("sha256").update(value).digest("hex").slice(0, 12)}`;
}

/**
 * Parent value → compound id. A value matches a compound by slug, then by its slugified form, then by
 * name (case-insensitive); otherwise a compound is created with that name. Existing compounds are
 * never renamed: the catalog's own spelling wins over a file's.
 */
async function resolveCompounds(tx: Tx, parents: string[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const wanted = [...new Set(parents)];
  if (wanted.length === 0) return ids;
  const bySlug = async (slugs: string[]) => {
    const rows = await tx.compound.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
    return new Map(rows.map((r) => [r.slug, r.id]));
  };
  // Slugs first: the unique index answers them. Only values no slug matches need the name scan
  // (Compound.name has no index), which in a re-import is none of them.
  const slugs = await bySlug([...new Set([...wanted, ...wanted.map((p) => slugify(p))])]);
  const unmatched: string[] = [];
  for (const p of wanted) {
    const id = slugs.get(p) ?? slugs.get(slugify(p));
    if (id !== undefined) ids.set(p, id);
    else unmatched.push(p);
  }
  if (unmatched.length === 0) return ids;
  const named = await tx.$queryRaw<{ id: number; name: string }[]>`
    SELECT "id", lower("name") AS "name" FROM "Compound" WHERE lower("name") = ANY(${unmatched.map((p) => p.toLowerCase())}::text[])
    ORDER BY "id"`;
  const byName = new Map<string, number>();
  for (const r of named) if (!byName.has(r.name)) byName.set(r.name, r.id);
  const missing = new Map<string, string>(); // slug → name
  for (const p of unmatched) {
    const id = byName.get(p.toLowerCase());
    if (id !== undefined) ids.set(p, id);
    else if (!missing.has(slugify(p))) missing.set(slugify(p), p);
  }
  if (missing.size > 0) {
    // skipDuplicates: a concurrent import may have created the same parent a moment ago.
    await tx.compound.createMany({ data: [...missing].map(([slug, name]) => ({ slug, name })), skipDuplicates: true });
    const created = await bySlug([...missing.keys()]);
    for (const p of unmatched) if (!ids.has(p)) ids.set(p, created.get(slugify(p))!);
  }
  return ids;
}

/**
 * The batch as one JSON parameter, unpacked by json_to_recordset: a row's synonyms (text[]) need no
 * workaround (unnest() would flatten a text[][] column), and no array is escaped element by element.
 * Measured against unnest() over 21 array parameters: PGlite 510 → 660 new rows/s, PostgreSQL the
 * same (~1,000/s; over half of each batch's time is Prisma and the driver handling the ~4 MB of
 * drawings and fingerprints, the server's share is ~190 ms per 500 rows).
 */
function batchSource(rows: ProductWrite[], compoundIds: Map<string, number>) {
  const records = rows.map((r) => ({
    catalogNumber: r.catalogNumber,
    name: r.name,
    synonyms: r.synonyms,
    compoundId: "id" in r.compound ? r.compound.id : compoundIds.get(r.compound.parent)!,
    saltForm: r.saltForm,
    casNumber: r.casNumber,
    smiles: r.smiles,
    inchi: r.derived?.inchi ?? null,
    inchiKey: r.derived?.inchiKey ?? null,
    formula: r.derived?.formula ?? null,
    molecularWeight: r.derived?.molecularWeight ?? null,
    exactMass: r.derived?.exactMass ?? null,
    structureSvg: r.derived?.structureSvg ?? null,
    patternFp: r.derived ? bitsToHex(r.derived.patternFp) : null,
    morganFp: r.derived ? bitsToHex(r.derived.morganFp) : null,
    purity: r.purity,
    appearance: r.appearance,
    storage: r.storage,
    availability: r.availability,
    description: r.description,
    structureSourceHash: r.structureSourceHash,
  }));
  return Prisma.sql`(
    SELECT u."catalogNumber", u."name", coalesce(u."synonyms", '{}') AS "synonyms", u."compoundId", u."saltForm",
           u."casNumber", u."smiles", u."inchi", u."inchiKey", u."formula", u."molecularWeight", u."exactMass",
           u."structureSvg", ('x' || u."patternFp")::bit(2048) AS "patternFp",
           ('x' || u."morganFp")::bit(2048) AS "morganFp",
           u."purity", u."appearance", u."storage", u."availability", u."description", u."structureSourceHash"
    FROM json_to_recordset(${JSON.stringify(records)}::json)
      AS u("catalogNumber" text, "name" text, "synonyms" text[], "compoundId" int4, "saltForm" text, "casNumber" text,
           "smiles" text, "inchi" text, "inchiKey" text, "formula" text, "molecularWeight" float8, "exactMass" float8,
           "structureSvg" text, "patternFp" text, "morganFp" text, "purity" text, "appearance" text, "storage" text,
           "availability" text, "description" text, "structureSourceHash" text)
  )`;
}

const HEX = "0123456789abcdef";

/**
 * "0010…" (2048 characters) → "2…" (512): PostgreSQL reads an x-prefixed hex string as a bit string,
 * and a quarter of the bytes is ~15% faster to send.
 */
function bitsToHex(bits: string) {
  const out: string[] = new Array(bits.length >> 2);
  for (let i = 0, j = 0; i < bits.length; i += 4, j++) {
    out[j] =
      HEX[
        ((bits.charCodeAt(i) - 48) << 3) |
          ((bits.charCodeAt(i + 1) - 48) << 2) |
          ((bits.charCodeAt(i + 2) - 48) << 1) |
          (bits.charCodeAt(i + 3) - 48)
      ]!;
  }
  return out.join("");
}

export type WriteResult = { inserted: string[]; updated: string[] };

/**
 * Write one batch in one transaction. `existing` maps the catalog numbers already stored (read before
 * the batch was prepared) to their stored structureSourceHash; new products must carry `derived`.
 * Returns the catalog numbers inserted and updated; the others were identical and left untouched.
 */
export async function writeProductBatch(
  client: PrismaClient,
  rows: ProductWrite[],
  existing: ReadonlyMap<string, string | null>,
): Promise<WriteResult> {
  const fresh = rows.filter((r) => !existing.has(r.catalogNumber));
  const stored = rows.filter((r) => existing.has(r.catalogNumber));
  return client.$transaction(
    async (tx) => {
      await tx.$executeRaw(BTREE_LOOKUPS);
      const compoundIds = await resolveCompounds(
        tx,
        rows.flatMap((r) => ("parent" in r.compound ? [r.compound.parent] : [])),
      );
      const inserted = fresh.length === 0 ? [] : await insertProducts(tx, batchSource(fresh, compoundIds));
      const updated = stored.length === 0 ? [] : await updateProducts(tx, batchSource(stored, compoundIds));
      // The hash is bookkeeping, not catalog data: a product that differs only there is not "updated"
      // (no updatedAt, no page expired), but it keeps the hash so the next import can skip RDKit.
      const updatedSet = new Set(updated);
      const rehash = stored.filter((r) => !updatedSet.has(r.catalogNumber) && existing.get(r.catalogNumber) !== r.structureSourceHash);
      if (rehash.length) {
        await tx.$executeRaw`
          UPDATE "Product" AS p SET "structureSourceHash" = s."hash"
          FROM unnest(${rehash.map((r) => r.catalogNumber)}::text[], ${rehash.map((r) => r.structureSourceHash)}::text[]) AS s("catalogNumber", "hash")
          WHERE p."catalogNumber" = s."catalogNumber"`;
      }
      // A product whose only change is a pack size or a price is updated too.
      const repacked = await writePacks(tx, rows);
      if (repacked.length) await tx.product.updateMany({ where: { catalogNumber: { in: repacked } }, data: { updatedAt: new Date() } });
      return { inserted, updated: [...new Set([...updated, ...repacked.filter((cn) => !inserted.includes(cn))])] };
    },
    // A batch with structure drawings is a few MB; on a busy embedded database it can take seconds.
    { timeout: 120_000, maxWait: 60_000 },
  );
}

async function insertProducts(tx: Tx, source: Prisma.Sql) {
  // DO NOTHING (not an error) if another process inserted one of these since the batch was read: the
  // caller sees it missing from the result and reports it rather than overwriting blindly.
  const rows = await tx.$queryRaw<{ catalogNumber: string }[]>`
    INSERT INTO "Product" ("catalogNumber", "name", "synonyms", "compoundId", "saltForm", "casNumber", "smiles", "inchi",
                           "inchiKey", "formula", "molecularWeight", "exactMass", "structureSvg", "patternFp", "morganFp",
                           "purity", "appearance", "storage", "availability", "description", "structureSourceHash",
                           "updatedAt")
    SELECT s.*, now() FROM ${source} AS s
    ON CONFLICT ("catalogNumber") DO NOTHING
    RETURNING "catalogNumber"`;
  return rows.map((r) => r.catalogNumber);
}

async function updateProducts(tx: Tx, source: Prisma.Sql) {
  // Structure-derived columns arrive NULL when the SMILES is unchanged: keep the stored ones.
  // A changed CAS number drops its citation and note, which were about the old number.
  const rows = await tx.$queryRaw<{ catalogNumber: string }[]>`
    UPDATE "Product" AS p SET
      "name" = s."name", "synonyms" = s."synonyms", "compoundId" = s."compoundId", "saltForm" = s."saltForm",
      "casNumber" = s."casNumber",
      "casReferenceId" = CASE WHEN p."casNumber" IS DISTINCT FROM s."casNumber" THEN NULL ELSE p."casReferenceId" END,
      "casNote" = CASE WHEN p."casNumber" IS DISTINCT FROM s."casNumber" THEN NULL ELSE p."casNote" END,
      "smiles" = s."smiles",
      "inchi" = coalesce(s."inchi", p."inchi"), "inchiKey" = coalesce(s."inchiKey", p."inchiKey"),
      "formula" = coalesce(s."formula", p."formula"),
      "molecularWeight" = coalesce(s."molecularWeight", p."molecularWeight"),
      "exactMass" = coalesce(s."exactMass", p."exactMass"),
      -- The drawing belongs to the SMILES: kept while it is unchanged (an import computes none),
      -- emptied when it changes so that the next view draws the new structure.
      "structureSvg" = CASE WHEN p."smiles" = s."smiles" THEN p."structureSvg" ELSE coalesce(s."structureSvg", '') END,
      "patternFp" = coalesce(s."patternFp", p."patternFp"), "morganFp" = coalesce(s."morganFp", p."morganFp"),
      "purity" = s."purity", "appearance" = s."appearance", "storage" = s."storage",
      "availability" = s."availability", "description" = s."description",
      "structureSourceHash" = s."structureSourceHash", "updatedAt" = now()
    FROM ${source} AS s
    WHERE p."catalogNumber" = s."catalogNumber"
      AND (p."name", p."synonyms", p."compoundId", p."saltForm", p."casNumber", p."smiles", p."inchi", p."inchiKey",
           p."formula", p."molecularWeight", p."exactMass", p."patternFp", p."morganFp", p."purity",
           p."appearance", p."storage", p."availability", p."description")
          IS DISTINCT FROM
          (s."name", s."synonyms", s."compoundId", s."saltForm", s."casNumber", s."smiles", coalesce(s."inchi", p."inchi"),
           coalesce(s."inchiKey", p."inchiKey"), coalesce(s."formula", p."formula"),
           coalesce(s."molecularWeight", p."molecularWeight"), coalesce(s."exactMass", p."exactMass"),
           coalesce(s."patternFp", p."patternFp"),
           coalesce(s."morganFp", p."morganFp"), s."purity", s."appearance", s."storage",
           s."availability", s."description")
    RETURNING p."catalogNumber"`;
  return rows.map((r) => r.catalogNumber);
}

/**
 * Make each row's pack sizes exactly its `packs`: a pack size already stored (same amount and unit)
 * keeps its id and the prices of currencies the row does not give. Returns the catalog numbers whose
 * pack sizes or prices changed. A handful of statements per batch, whatever its size.
 */
async function writePacks(tx: Tx, rows: ProductWrite[]): Promise<string[]> {
  const wanted = new Map(rows.flatMap((r) => (r.packs ? [[r.catalogNumber, r.packs] as const] : [])));
  if (wanted.size === 0) return [];
  const products = await tx.product.findMany({
    where: { catalogNumber: { in: [...wanted.keys()] } },
    select: {
      id: true,
      catalogNumber: true,
      packSizes: {
        select: { id: true, amount: true, unit: true, position: true, prices: { select: { currency: true, amountMinor: true } } },
      },
    },
  });
  const changed = new Set<string>();
  const removed: number[] = [];
  const moved: { id: number; position: number }[] = [];
  const created: { productId: number; amount: number; unit: string; position: number; prices: PackWrite["prices"] }[] = [];
  const cleared: { packSizeId: number; currency: Currency }[] = [];
  const priced: { packSizeId: number; currency: Currency; amountMinor: number }[] = [];
  const key = (p: { amount: number; unit: string }) => `${p.amount}|${p.unit}`;
  for (const product of products) {
    const packs = wanted.get(product.catalogNumber)!;
    const stored = new Map(product.packSizes.map((p) => [key(p), p]));
    for (const [position, pack] of packs.entries()) {
      const old = stored.get(key(pack));
      stored.delete(key(pack));
      if (!old) {
        created.push({ productId: product.id, amount: pack.amount, unit: pack.unit, position, prices: pack.prices });
        changed.add(product.catalogNumber);
        continue;
      }
      if (old.position !== position) moved.push({ id: old.id, position });
      for (const currency of currencies) {
        const next = pack.prices[currency];
        const now = old.prices.find((p) => p.currency === currency)?.amountMinor ?? null;
        if (next === undefined || next === now) continue;
        cleared.push({ packSizeId: old.id, currency });
        if (next !== null) priced.push({ packSizeId: old.id, currency, amountMinor: next });
        changed.add(product.catalogNumber);
      }
      if (old.position !== position) changed.add(product.catalogNumber);
    }
    for (const gone of stored.values()) {
      removed.push(gone.id);
      changed.add(product.catalogNumber);
    }
  }
  if (removed.length) await tx.packSize.deleteMany({ where: { id: { in: removed } } });
  for (const { id, position } of moved) await tx.packSize.update({ where: { id }, data: { position } });
  if (cleared.length) await tx.packSizePrice.deleteMany({ where: { OR: cleared } });
  if (created.length) {
    const ids = await tx.packSize.createManyAndReturn({
      data: created.map(({ productId, amount, unit, position }) => ({ productId, amount, unit, position })),
      select: { id: true, productId: true, amount: true, unit: true },
    });
    const idOf = new Map(ids.map((p) => [`${p.productId}|${key(p)}`, p.id]));
    for (const pack of created) {
      const packSizeId = idOf.get(`${pack.productId}|${key(pack)}`)!;
      for (const currency of currencies) {
        const amountMinor = pack.prices[currency];
        if (amountMinor != null) priced.push({ packSizeId, currency, amountMinor });
      }
    }
  }
  if (priced.length) await tx.packSizePrice.createMany({ data: priced });
  return [...changed];
}
