import "server-only";
import { InvalidStructureError } from "@/lib/catalog/chemistry";
import type { ControlSummary } from "@/lib/catalog/control-labels";
import { rdkitPool, RDKitWorkerError } from "@/lib/catalog/rdkit-pool";
import type { QueryKind } from "@/lib/catalog/rdkit-operations";
import { fingerprintIndex } from "@/lib/catalog/fingerprint-index";
import { drawStructurePreview, RDKIT_FAILED_MESSAGE, type StructurePreview } from "@/lib/catalog/structure-preview";
import { structureSizeProblem } from "@/lib/catalog/structure-input";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

// Structure search over the catalog: substructure (fingerprint screen, then an exact RDKit match)
// and similarity (Tanimoto on Morgan fingerprints, ranked in SQL).
//
// How it scales: in SQL neither screen can use an index. `("patternFp" & q) = q` and the Tanimoto
// expression are evaluated row by row, a sequential scan over every product's fingerprints: ~1.2 µs
// a row (bench/README.md). So the screens run on the in-memory fingerprint index when it holds the
// catalog as it is (fingerprint-index.ts), and in SQL while it loads or reloads after a change. Both
// give the same hits: the index only chooses which rows the same confirmation (RDKit) and the same
// ranking (SQL) see. What remains at 1M is RDKit's confirmation of every candidate a broad
// substructure query lets through, bounded by `maxCandidates`.

export type StructureSearchMode = "substructure" | "similarity";
export const STRUCTURE_SEARCH_MODES: readonly StructureSearchMode[] = ["substructure", "similarity"];

export type StructureHit = { catalogNumber: string; name: string; formula: string; molecularWeight: number };
/** A hit as the structure-search page lists it: with its controlled status, for the badge. */
export type ListedHit<H extends StructureHit = StructureHit> = H & { controls: ControlSummary[] };
export type SimilarityHit = StructureHit & { similarity: number };

export type SubstructureResult = {
  hits: StructureHit[];
  /** How the query was read: SMARTS only when it is not a valid SMILES. */
  queryKind: QueryKind;
  /** Candidates that passed the fingerprint screen and were checked with RDKit. */
  screened: number;
  /** Candidates RDKit confirmed contain the query (= hits.length). */
  confirmed: number;
  /** True when candidates were left unchecked (limit or maxCandidates reached): there may be more hits. */
  truncated: boolean;
};

/** A query too large for RDKit here (structure-input.ts); the message says which bound it passed. */
export class StructureTooLargeError extends Error {}

/**
 * Candidates fetched per round trip and sent to RDKit per call: enough to amortise both, small enough
 * to stop early. The first page is smaller: most searches find their hits among the first candidates.
 */
const CANDIDATE_PAGES = [100, 500];

function queryText(smiles: string) {
  const text = typeof smiles === "string" ? smiles.trim() : "";
  // RDKit reads "" as a valid empty molecule, which would match everything.
  if (!text) throw new InvalidStructureError(text);
  const problem = structureSizeProblem(text);
  if (problem) throw new StructureTooLargeError(problem);
  return text;
}

type CandidatePage = { rows: { id: number; smiles: string }[]; more: boolean };

/**
 * The substructure screen's candidates in id order, a page per call: from the fingerprint index, or
 * from SQL while the index is not current. Products without a fingerprint (written before the column
 * existed and not re-seeded) cannot be screened, so both pass them on to RDKit.
 */
async function candidatePages(patternFp: string): Promise<() => Promise<CandidatePage>> {
  const index = await fingerprintIndex().current();
  let after = 0;
  let pages = 0;
  return async () => {
    const size = CANDIDATE_PAGES[Math.min(pages++, CANDIDATE_PAGES.length - 1)]!;
    // One past the page: a candidate left over says there are more.
    const ids = await index?.substructureCandidates(patternFp, { after, max: size + 1 });
    let rows: CandidatePage["rows"];
    let more: boolean;
    if (ids) {
      const page = ids.slice(0, size);
      rows = page.length
        ? await db.$queryRaw<CandidatePage["rows"]>`SELECT id, smiles FROM "Product" WHERE id = ANY(${page}::int[]) ORDER BY id`
        : [];
      more = ids.length > size;
      after = page.at(-1) ?? after;
    } else {
      // Keyset pages in id order (also when the index began a reload mid-search): each page resumes
      // the scan where the last stopped, so the table is read once however many pages it takes.
      rows = await db.$queryRaw<CandidatePage["rows"]>`
        SELECT id, smiles FROM "Product"
        WHERE id > ${after} AND ("patternFp" IS NULL OR ("patternFp" & ${patternFp}::bit(2048)) = ${patternFp}::bit(2048))
        ORDER BY id LIMIT ${size}`;
      more = rows.length === size;
      after = rows.at(-1)?.id ?? after;
    }
    return { rows, more };
  };
}

/**
 * Catalog products containing the query structure. The pattern fingerprint screen (a product can
 * only contain the query if it has all the query's bits) runs on the fingerprint index; each
 * candidate is then confirmed with RDKit, since the screen lets false positives through but never
 * drops a hit.
 * A SMILES is read as a molecule, and as a SMARTS pattern only when it is not one.
 * Stereochemistry is ignored in the match, as RDKit does by default.
 */
export async function substructureSearch(
  smiles: string,
  { limit = 50, maxCandidates = 2000 }: { limit?: number; maxCandidates?: number } = {},
): Promise<SubstructureResult> {
  const text = queryText(smiles);
  const rdkit = rdkitPool();
  const query = await rdkit.run("substructureQuery", text);
  if (!query) throw new InvalidStructureError(text);
  const nextPage = await candidatePages(query.patternFp);
  const hitIds: number[] = [];
  let screened = 0;
  let truncated = false;
  for (;;) {
    const { rows, more } = await nextPage();
    if (rows.length && (hitIds.length >= limit || screened >= maxCandidates)) {
      truncated = true;
      break;
    }
    const candidates = rows.slice(0, maxCandidates - screened).map((row) => row.smiles);
    if (candidates.length) {
      const { matched, checked } = await rdkit.run("matchSubstructure", { query: text, candidates, maxHits: limit - hitIds.length });
      screened += checked;
      hitIds.push(...matched.map((i) => rows[i]!.id));
      if (checked < rows.length) {
        truncated = true;
        break;
      }
    }
    if (!more) break;
  }

  const products = hitIds.length
    ? await db.product.findMany({
        where: { id: { in: hitIds } },
        select: { catalogNumber: true, name: true, formula: true, molecularWeight: true },
      })
    : [];
  products.sort((a, b) => a.name.localeCompare(b.name, "en") || a.catalogNumber.localeCompare(b.catalogNumber));
  return { hits: products, queryKind: query.kind, screened, confirmed: hitIds.length, truncated };
}

/**
 * The catalog products most similar to a SMILES: Tanimoto similarity of Morgan fingerprints
 * (radius 2, 2048 bits), best first. Morgan fingerprints ignore stereochemistry, so stereoisomers
 * tie; the product with exactly the query's structure (same InChIKey) is then listed first. SMARTS
 * patterns are refused: they have no Morgan fingerprint.
 */
export async function similaritySearch(
  smiles: string,
  { limit = 20, threshold = 0.3 }: { limit?: number; threshold?: number } = {},
): Promise<SimilarityHit[]> {
  const text = queryText(smiles);
  const query = await rdkitPool().run("similarityQuery", text);
  if (!query) throw new InvalidStructureError(text);
  const { morganFp: fp, inchiKey } = query;
  const ids = await (await fingerprintIndex().current())?.similarCandidates(fp, { limit, threshold });
  return similarTo({
    fp: Prisma.sql`SELECT ${fp}::bit(2048) AS fp, ${inchiKey}::text AS "inchiKey", NULL::int AS id`,
    limit,
    threshold,
    ids,
  });
}

/**
 * The Tanimoto ranking both searches share. `query` is one row: the fingerprint, the InChIKey that
 * breaks ties (exact structure first) and a product id to leave out (NULL for none). `ids`, from the
 * fingerprint index, are the only products that can rank: without them every product is scored.
 */
async function similarTo({
  fp,
  limit,
  threshold,
  soldOnly = false,
  ids,
}: {
  fp: Prisma.Sql;
  limit: number;
  threshold: number;
  soldOnly?: boolean;
  ids?: number[];
}): Promise<SimilarityHit[]> {
  if (ids && !ids.length) return [];
  const rows = await db.$queryRaw<(StructureHit & { similarity: number })[]>`
    SELECT "catalogNumber", name, formula, "molecularWeight", similarity FROM (
      SELECT p."catalogNumber", p.name, p.formula, p."molecularWeight", p."inchiKey" = q."inchiKey" AS same,
        bit_count(p."morganFp" & q.fp)::float8
          / nullif(bit_count(p."morganFp") + bit_count(q.fp) - bit_count(p."morganFp" & q.fp), 0) AS similarity
      FROM "Product" p CROSS JOIN (${fp}) q
      WHERE p."morganFp" IS NOT NULL AND p.id IS DISTINCT FROM q.id ${soldOnly ? Prisma.sql`AND p."discontinuedOn" IS NULL` : Prisma.empty}
        ${ids ? Prisma.sql`AND p.id = ANY(${ids}::int[])` : Prisma.empty}
    ) s
    WHERE similarity >= ${threshold}::float8
    ORDER BY similarity DESC, same DESC, name, "catalogNumber"
    LIMIT ${limit}::int`;
  return rows.map((row) => ({ ...row, similarity: Math.round(row.similarity * 100) / 100 }));
}

/**
 * Catalog products similar to a product, from its stored Morgan fingerprint (no RDKit call): the
 * product page's "Similar compounds". Itself left out; its other salt forms count (they are
 * similar, and the page lists them as such). A product without a fingerprint has no similar ones.
 * Discontinued products are left out: the list is what a researcher can order instead.
 */
export async function findSimilarProducts({
  catalogNumber,
  limit = 6,
  threshold = 0.5,
}: {
  catalogNumber: string;
  limit?: number;
  threshold?: number;
}): Promise<SimilarityHit[]> {
  const product = Prisma.sql`SELECT "morganFp" AS fp, "inchiKey", id FROM "Product" WHERE "catalogNumber" = ${catalogNumber} AND "morganFp" IS NOT NULL`;
  const index = await fingerprintIndex().current();
  let ids: number[] | undefined;
  if (index) {
    const [row] = await db.$queryRaw<{ id: number; fp: string }[]>`SELECT id, fp::text AS fp FROM (${product}) p`;
    if (!row) return [];
    ids = await index.similarCandidates(row.fp, { limit, threshold, excludeId: row.id, soldOnly: true });
  }
  return similarTo({ fp: product, limit, threshold, soldOnly: true, ids });
}

export type QueryPreview =
  | { ok: true; kind: "smiles"; svg: string; formula: string; molecularWeight: number }
  | { ok: true; kind: "smarts"; svg: string }
  | Extract<StructurePreview, { ok: false }>;

/**
 * The live drawing for the structure search form: the custom-synthesis preview (formula and MW
 * included), and, where that cannot read the input, a drawing of it as the SMARTS pattern the
 * substructure search will use.
 */
export async function drawQueryPreview({ smiles }: { smiles: string }): Promise<QueryPreview> {
  const preview = await drawStructurePreview({ smiles });
  if (preview.ok) return { ...preview, kind: "smiles" };
  if (preview.reason !== "unreadable") return preview;
  try {
    const svg = await rdkitPool().run("drawSmarts", smiles.trim());
    return svg ? { ok: true, kind: "smarts", svg } : preview;
  } catch (error) {
    if (error instanceof RDKitWorkerError) return { ok: false, error: RDKIT_FAILED_MESSAGE, reason: "failed" };
    throw error;
  }
}

/** The page's query string: `?smiles=…&mode=substructure|similarity` (substructure by default). */
export function parseStructureSearchParams(params: Record<string, string | string[] | undefined>): {
  smiles: string;
  mode: StructureSearchMode;
} {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
  const mode = first(params.mode);
  return {
    smiles: first(params.smiles).trim(),
    mode: (STRUCTURE_SEARCH_MODES as readonly string[]).includes(mode) ? (mode as StructureSearchMode) : "substructure",
  };
}

/**
 * The hits with each product's controlled status (the badge on structure-search results, as on
 * listings): one query for the page of hits.
 */
export async function withControls<H extends StructureHit>(hits: H[]): Promise<ListedHit<H>[]> {
  if (!hits.length) return [];
  const rows = await db.productControl.findMany({
    where: { product: { catalogNumber: { in: hits.map((h) => h.catalogNumber) } } },
    select: { jurisdiction: true, schedule: true, product: { select: { catalogNumber: true } } },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
  const byProduct = new Map<string, ControlSummary[]>();
  for (const { product, jurisdiction, schedule } of rows)
    byProduct.set(product.catalogNumber, [...(byProduct.get(product.catalogNumber) ?? []), { jurisdiction, schedule }]);
  return hits.map((hit) => ({ ...hit, controls: byProduct.get(hit.catalogNumber) ?? [] }));
}
