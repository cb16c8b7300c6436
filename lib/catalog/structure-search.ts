import "server-only";
import type { MainModule, Mol } from "@rdkit/rdkit";
import { db } from "@/lib/db";
import { FINGERPRINT_BITS, InvalidStructureError, loadRDKit } from "@/lib/catalog/chemistry";
import { drawStructurePreview } from "@/lib/catalog/structure-preview";

// Structure search over the catalog: substructure (fingerprint screen in SQL, then an exact RDKit
// match in Node) and similarity (Tanimoto on Morgan fingerprints, entirely in SQL).
//
// How it scales: neither query can use an index. `("patternFp" & q) = q` and the Tanimoto
// expression are evaluated row by row, so both are a sequential scan over every product's 256-byte
// bit(2048) fingerprint (plus the rest of its heap row). That is nothing at catalog sizes of
// thousands; at hundreds of thousands the scan, and above all the RDKit confirmation of every
// candidate the screen lets through (synchronous WebAssembly on the request's event loop), become the
// cost, which is why the confirmation is bounded by `maxCandidates`. Measured numbers belong to
// bench/; the next steps would be a narrow fingerprint table (less to read per row) or a chemistry
// cartridge with an index (RDKit's PostgreSQL extension, not available on PGlite).

/** Longer input is refused before RDKit sees it, as the live preview does. */
export const MAX_QUERY_LENGTH = 1000;

export type StructureSearchMode = "substructure" | "similarity";
export const STRUCTURE_SEARCH_MODES: readonly StructureSearchMode[] = ["substructure", "similarity"];

export type StructureHit = { catalogNumber: string; name: string; formula: string; molecularWeight: number };
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

type QueryKind = "smiles" | "smarts";

/** Candidates fetched per round trip: enough to amortise the query, small enough to stop early. */
const CANDIDATE_PAGE = 500;

function queryText(smiles: string) {
  const text = typeof smiles === "string" ? smiles.trim() : "";
  // RDKit reads "" as a valid empty molecule, which would match everything.
  if (!text || text.length > MAX_QUERY_LENGTH) throw new InvalidStructureError(text);
  return text;
}

// MinimalLib returns null for most unreadable input, but some inputs make it throw instead.
function tryParse(parse: () => Mol | null): Mol | null {
  let mol: Mol | null = null;
  try {
    mol = parse();
    if (mol?.is_valid()) return mol;
  } catch {
    // fall through: treated as unreadable
  }
  mol?.delete();
  return null;
}

/**
 * A SMILES is read as a molecule; only when that fails is it read as SMARTS, so that patterns such
 * as `c1ccccc1[Cl,Br]` work without making a mistyped SMILES silently mean something else more often
 * than it has to. The caller deletes the returned molecule.
 */
function parseQuery(RDKit: MainModule, text: string): { mol: Mol; kind: QueryKind } {
  const mol = tryParse(() => RDKit.get_mol(text));
  if (mol) return { mol, kind: "smiles" };
  const qmol = tryParse(() => RDKit.get_qmol(text));
  if (qmol) return { mol: qmol, kind: "smarts" };
  throw new InvalidStructureError(text);
}

/**
 * Catalog products containing the query structure. The pattern fingerprint screen runs in the
 * database (a product can only contain the query if it has all the query's bits); each candidate is
 * then confirmed with RDKit, since the screen lets false positives through but never drops a hit.
 * Stereochemistry is ignored in the match, as RDKit does by default.
 */
export async function substructureSearch(
  smiles: string,
  { limit = 50, maxCandidates = 2000 }: { limit?: number; maxCandidates?: number } = {},
): Promise<SubstructureResult> {
  const text = queryText(smiles);
  const RDKit = await loadRDKit();
  const query = parseQuery(RDKit, text);
  const hitIds: number[] = [];
  let screened = 0;
  let truncated = false;
  try {
    // A pattern fingerprint of a query molecule (SMARTS too) only sets bits every match must have.
    const fp = query.mol.get_pattern_fp(JSON.stringify({ nBits: FINGERPRINT_BITS }));
    let after = 0;
    pages: for (;;) {
      // Keyset pages in id order: each page resumes the scan where the last stopped, so the table is
      // read once however many pages it takes. Products without a fingerprint (written before the
      // column existed and not re-seeded) cannot be screened, so they go straight to RDKit.
      const rows = await db.$queryRaw<{ id: number; smiles: string }[]>`
        SELECT id, smiles FROM "Product"
        WHERE id > ${after} AND ("patternFp" IS NULL OR ("patternFp" & ${fp}::bit(2048)) = ${fp}::bit(2048))
        ORDER BY id LIMIT ${CANDIDATE_PAGE}`;
      for (const row of rows) {
        if (hitIds.length >= limit || screened >= maxCandidates) {
          truncated = true;
          break pages;
        }
        screened++;
        if (contains(RDKit, row.smiles, query.mol)) hitIds.push(row.id);
      }
      if (rows.length < CANDIDATE_PAGE) break;
      after = rows.at(-1)!.id;
    }
  } finally {
    query.mol.delete();
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

function contains(RDKit: MainModule, smiles: string, query: Mol) {
  // A stored SMILES RDKit cannot read would have stopped the seed; skip rather than fail the search.
  const mol = tryParse(() => RDKit.get_mol(smiles));
  if (!mol) return false;
  try {
    return mol.get_substruct_match(query) !== "{}";
  } finally {
    mol.delete();
  }
}

/**
 * The catalog products most similar to a SMILES: Tanimoto similarity of Morgan fingerprints
 * (radius 2, 2048 bits), computed and filtered in SQL, best first. Morgan fingerprints ignore
 * stereochemistry, so stereoisomers tie; the product with exactly the query's structure (same
 * InChIKey) is then listed first. SMARTS patterns are refused: they have no Morgan fingerprint.
 */
export async function similaritySearch(
  smiles: string,
  { limit = 20, threshold = 0.3 }: { limit?: number; threshold?: number } = {},
): Promise<SimilarityHit[]> {
  const text = queryText(smiles);
  const RDKit = await loadRDKit();
  const mol = tryParse(() => RDKit.get_mol(text));
  if (!mol) throw new InvalidStructureError(text);
  let fp: string;
  let inchiKey: string;
  try {
    fp = mol.get_morgan_fp(JSON.stringify({ radius: 2, nBits: FINGERPRINT_BITS }));
    const inchi = mol.get_inchi();
    inchiKey = inchi ? RDKit.get_inchikey_for_inchi(inchi) : "";
  } finally {
    mol.delete();
  }

  const rows = await db.$queryRaw<(StructureHit & { similarity: number })[]>`
    SELECT "catalogNumber", name, formula, "molecularWeight", similarity FROM (
      SELECT p."catalogNumber", p.name, p.formula, p."molecularWeight", p."inchiKey",
        bit_count(p."morganFp" & q.fp)::float8
          / nullif(bit_count(p."morganFp") + bit_count(q.fp) - bit_count(p."morganFp" & q.fp), 0) AS similarity
      FROM "Product" p CROSS JOIN (SELECT ${fp}::bit(2048) AS fp) q
      WHERE p."morganFp" IS NOT NULL
    ) s
    WHERE similarity >= ${threshold}::float8
    ORDER BY similarity DESC, ("inchiKey" = ${inchiKey}) DESC, name, "catalogNumber"
    LIMIT ${limit}::int`;
  return rows.map((row) => ({ ...row, similarity: Math.round(row.similarity * 100) / 100 }));
}

export type QueryPreview =
  | { ok: true; kind: "smiles"; svg: string; formula: string; molecularWeight: number }
  | { ok: true; kind: "smarts"; svg: string }
  | { ok: false; error: string };

/**
 * The live drawing for the structure search form: the custom-synthesis preview (formula and MW
 * included), and, where that cannot read the input, a drawing of it as the SMARTS pattern the
 * substructure search will use.
 */
export async function drawQueryPreview({ smiles }: { smiles: string }): Promise<QueryPreview> {
  const preview = await drawStructurePreview({ smiles });
  if (preview.ok) return { ...preview, kind: "smiles" };
  const text = typeof smiles === "string" ? smiles.trim() : "";
  if (!text || text.length > MAX_QUERY_LENGTH) return preview;
  const RDKit = await loadRDKit();
  const qmol = tryParse(() => RDKit.get_qmol(text));
  if (!qmol) return preview;
  try {
    const svg = qmol.get_svg_with_highlights(JSON.stringify({ width: 320, height: 240, clearBackground: false, bondLineWidth: 1.5 }));
    // As chemistry.ts does: drop the XML prolog so the SVG works as a data URL, keep the viewBox.
    return { ok: true, kind: "smarts", svg: svg.replace(/^<\?xml[^>]*>\s*/, "").trim() };
  } finally {
    qmol.delete();
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
