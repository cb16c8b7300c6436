// The RDKit work requests make, as run inside an RDKit worker thread (rdkit-worker.ts, started by
// rdkit-pool.ts). Each operation answers unreadable input with a value; anything it throws means the
// WebAssembly module itself failed, and the pool then discards the whole worker.
import type { MainModule, Mol } from "@rdkit/rdkit";
import {
  computeParentSpecies,
  computeStructureProperties,
  drawStructure,
  FINGERPRINT_BITS,
  InvalidStructureError,
  loadRDKit,
} from "@/lib/catalog/chemistry";
import { resolveStructure, type StructureJob } from "@/lib/catalog/import/resolve-structure";

export type QueryKind = "smiles" | "smarts";

// MinimalLib returns null for most unreadable input, but some inputs make it throw a C++ exception
// instead. A WebAssembly trap ("memory access out of bounds") is different: the module is corrupt, so
// it is rethrown and the pool discards this worker.
function tryParse(parse: () => Mol | null): Mol | null {
  let mol: Mol | null = null;
  try {
    mol = parse();
    if (mol?.is_valid()) return mol;
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError) throw error;
  }
  mol?.delete();
  return null;
}

/**
 * A SMILES is read as a molecule; only when that fails is it read as SMARTS, so that patterns such
 * as `c1ccccc1[Cl,Br]` work without making a mistyped SMILES silently mean something else more often
 * than it has to. The caller deletes the returned molecule.
 */
function parseQuery(RDKit: MainModule, text: string): { mol: Mol; kind: QueryKind } | undefined {
  const mol = tryParse(() => RDKit.get_mol(text));
  if (mol) return { mol, kind: "smiles" };
  const qmol = tryParse(() => RDKit.get_qmol(text));
  return qmol ? { mol: qmol, kind: "smarts" } : undefined;
}

// A substructure search sends its candidates page by page with the same query: it is parsed once.
let lastQuery: { text: string; mol: Mol; kind: QueryKind } | undefined;
function cachedQuery(RDKit: MainModule, text: string) {
  if (lastQuery?.text !== text) {
    lastQuery?.mol.delete();
    const parsed = parseQuery(RDKit, text);
    lastQuery = parsed && { text, ...parsed };
  }
  return lastQuery;
}

// The scaffold list is short and fixed: its patterns are parsed once per worker and kept.
const smartsQueries = new Map<string, Mol>();
function smartsQuery(RDKit: MainModule, smarts: string): Mol {
  let qmol = smartsQueries.get(smarts);
  if (!qmol) {
    qmol = tryParse(() => RDKit.get_qmol(smarts)) ?? undefined;
    if (!qmol) throw new Error(`matchSmarts: RDKit cannot read the SMARTS pattern ${smarts}`);
    smartsQueries.set(smarts, qmol);
  }
  return qmol;
}

async function readable<T>(compute: () => Promise<T>): Promise<T | undefined> {
  try {
    return await compute();
  } catch (error) {
    if (error instanceof InvalidStructureError) return undefined;
    throw error;
  }
}

const svgOptions = JSON.stringify({ width: 320, height: 240, clearBackground: false, bondLineWidth: 1.5 });

export const rdkitOperations = {
  /** Drawing, formula and MW of a SMILES; undefined if RDKit cannot read it. */
  async previewSmiles(smiles: string) {
    const p = await readable(() => computeStructureProperties(smiles));
    return p && { svg: p.structureSvg, formula: p.formula, molecularWeight: p.molecularWeight };
  },
  /** Whether RDKit reads a SMILES (everything a stored product needs can be computed from it). */
  async isReadableSmiles(smiles: string) {
    return (await readable(() => computeStructureProperties(smiles, { draw: false }))) !== undefined;
  },
  /** The drawing of a SMARTS pattern; undefined if it is not one. */
  async drawSmarts(text: string) {
    const RDKit = await loadRDKit();
    const qmol = tryParse(() => RDKit.get_qmol(text));
    if (!qmol) return undefined;
    try {
      // As chemistry.ts does: drop the XML prolog so the SVG works as a data URL, keep the viewBox.
      return qmol
        .get_svg_with_highlights(svgOptions)
        .replace(/^<\?xml[^>]*>\s*/, "")
        .trim();
    } finally {
      qmol.delete();
    }
  },
  drawStructure,
  /** The species LC-MS ions are of (the largest fragment: a salt's free base); undefined if unreadable. */
  async parentSpecies(smiles: string) {
    return readable(() => computeParentSpecies(smiles));
  },
  /** How a substructure query reads and the fingerprint bits every match must have. */
  async substructureQuery(text: string) {
    const query = cachedQuery(await loadRDKit(), text);
    // A pattern fingerprint of a query molecule (SMARTS too) only sets bits every match must have.
    return query && { kind: query.kind, patternFp: query.mol.get_pattern_fp(JSON.stringify({ nBits: FINGERPRINT_BITS })) };
  },
  /**
   * Which candidate SMILES contain the query, in order, stopping once `maxHits` are found: the indexes
   * of the matches and how many candidates were checked.
   */
  async matchSubstructure({ query: text, candidates, maxHits }: { query: string; candidates: string[]; maxHits: number }) {
    const RDKit = await loadRDKit();
    const query = cachedQuery(RDKit, text);
    if (!query) throw new Error("matchSubstructure: the query was not readable");
    const matched: number[] = [];
    let checked = 0;
    for (const [i, smiles] of candidates.entries()) {
      if (matched.length >= maxHits) break;
      checked++;
      // A stored SMILES RDKit cannot read would have stopped the seed; skip rather than fail the search.
      const mol = tryParse(() => RDKit.get_mol(smiles));
      if (!mol) continue;
      try {
        if (mol.get_substruct_match(query.mol) !== "{}") matched.push(i);
      } finally {
        mol.delete();
      }
    }
    return { matched, checked };
  },
  /**
   * Which of the SMARTS `patterns` the SMILES contains (their indexes), for the controlled-scaffold
   * screen (controlled-scaffolds.ts); undefined if the SMILES is unreadable. A pattern RDKit cannot
   * read is a mistake in our list, not in the request: it throws, and the caller hears of it.
   */
  async matchSmarts({ smiles, patterns }: { smiles: string; patterns: string[] }) {
    const RDKit = await loadRDKit();
    const mol = tryParse(() => RDKit.get_mol(smiles));
    if (!mol) return undefined;
    try {
      const matched: number[] = [];
      for (const [i, smarts] of patterns.entries()) {
        const qmol = smartsQuery(RDKit, smarts);
        if (mol.get_substruct_match(qmol) !== "{}") matched.push(i);
      }
      return matched;
    } finally {
      mol.delete();
    }
  },
  /** Morgan fingerprint and InChIKey of a SMILES (SMARTS has neither); undefined if unreadable. */
  async similarityQuery(text: string) {
    const RDKit = await loadRDKit();
    const mol = tryParse(() => RDKit.get_mol(text));
    if (!mol) return undefined;
    try {
      const inchi = mol.get_inchi();
      return {
        morganFp: mol.get_morgan_fp(JSON.stringify({ radius: 2, nBits: FINGERPRINT_BITS })),
        inchiKey: inchi ? RDKit.get_inchikey_for_inchi(inchi) : "",
      };
    } finally {
      mol.delete();
    }
  },
  /** The SMILES of a molblock (V2000 or V3000); undefined if RDKit cannot read it. */
  async smilesFromMolblock(molblock: string) {
    const RDKit = await loadRDKit();
    const mol = tryParse(() => RDKit.get_mol(molblock));
    if (!mol) return undefined;
    try {
      return mol.get_smiles();
    } finally {
      mol.delete();
    }
  },
  /** The import's structure work for a batch of records. */
  async resolveStructures(jobs: StructureJob[]) {
    const outcomes = [];
    for (const job of jobs) outcomes.push(await resolveStructure(job));
    return outcomes;
  },
};

export type RDKitOperations = typeof rdkitOperations;
export type RDKitOperation = keyof RDKitOperations;
