// Catalog-wide integrity check: the import's checks applied to what is stored, for data written before
// a check existed, edited by hand, or computed by an older RDKit. Structure-derived values are
// recomputed from the stored SMILES in batches; duplicates and missing columns are found with SQL.
import "server-only";
import { hillFormulaFromInchi, loadRDKit } from "@/lib/catalog/chemistry";
import { db as defaultDb } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isValidCas } from "@/lib/core/catalog-identifiers";

export type IntegrityCheckKind =
  | "structure"
  | "formula"
  | "molecular-weight"
  | "inchi"
  | "inchikey"
  | "cas"
  | "duplicate-cas"
  | "duplicate-inchikey"
  | "missing-fingerprint";

export type IntegrityProblem = { check: IntegrityCheckKind; catalogNumbers: string[]; message: string };

export type IntegrityReport = { checked: number; problems: IntegrityProblem[]; durationMs: number };

// The tolerance compareWithComputed applies to a supplied MW: stored values are rounded to 0.01.
const MW_TOLERANCE = 0.05;

type StoredRow = {
  id: number;
  catalogNumber: string;
  smiles: string;
  inchi: string;
  inchiKey: string;
  formula: string;
  molecularWeight: number;
  casNumber: string | null;
  noPatternFp: boolean;
  noMorganFp: boolean;
};

export async function checkCatalogIntegrity({
  batchSize = 500,
  client = defaultDb,
  onProgress,
}: { batchSize?: number; client?: PrismaClient; onProgress?: (checked: number) => void } = {}): Promise<IntegrityReport> {
  const started = performance.now();
  const RDKit = await loadRDKit();
  const problems: IntegrityProblem[] = [];
  let checked = 0;
  let after = 0;
  for (;;) {
    // Keyset pagination: stable and index-driven however large the catalog; the drawing and
    // fingerprints are large, so only whether they are there is read.
    const rows = await client.$queryRaw<StoredRow[]>`
      SELECT "id", "catalogNumber", "smiles", "inchi", "inchiKey", "formula", "molecularWeight", "casNumber",
             "patternFp" IS NULL AS "noPatternFp", "morganFp" IS NULL AS "noMorganFp"
      FROM "Product" WHERE "id" > ${after} ORDER BY "id" LIMIT ${batchSize}`;
    if (rows.length === 0) break;
    for (const row of rows) {
      const report = (check: IntegrityCheckKind, message: string) => problems.push({ check, catalogNumbers: [row.catalogNumber], message });
      if (row.casNumber && !isValidCas(row.casNumber))
        report("cas", `${row.catalogNumber}: CAS number ${row.casNumber} fails its check digit`);
      if (row.noPatternFp || row.noMorganFp) {
        const which = [row.noPatternFp && "pattern", row.noMorganFp && "Morgan"].filter(Boolean).join(" and ");
        report("missing-fingerprint", `${row.catalogNumber}: no ${which} fingerprint (structure search cannot find it)`);
      }

      // The same RDKit calls computeStructureProperties makes, minus the drawing and fingerprints,
      // which are the slow part and are not compared.
      const mol = RDKit.get_mol(row.smiles);
      if (!mol || !mol.is_valid()) {
        mol?.delete();
        report("structure", `${row.catalogNumber}: RDKit cannot parse the stored SMILES "${row.smiles}"`);
        continue;
      }
      try {
        const inchi = mol.get_inchi();
        const inchiKey = RDKit.get_inchikey_for_inchi(inchi);
        const formula = hillFormulaFromInchi(inchi);
        const { amw } = JSON.parse(mol.get_descriptors()) as { amw: number };
        if (formula !== row.formula) report("formula", `${row.catalogNumber}: stored formula ${row.formula} ≠ computed ${formula}`);
        if (Math.abs(amw - row.molecularWeight) > MW_TOLERANCE) {
          report("molecular-weight", `${row.catalogNumber}: stored MW ${row.molecularWeight} ≠ computed ${Math.round(amw * 100) / 100}`);
        }
        if (inchiKey !== row.inchiKey) report("inchikey", `${row.catalogNumber}: stored InChIKey ${row.inchiKey} ≠ computed ${inchiKey}`);
        else if (inchi !== row.inchi) report("inchi", `${row.catalogNumber}: stored InChI differs from the computed ${inchi}`);
      } finally {
        mol.delete();
      }
    }
    checked += rows.length;
    after = rows.at(-1)!.id;
    onProgress?.(checked);
  }

  // A CAS number may be shared by salt forms (some suppliers quote the parent's), never within one.
  const sameCas = await client.$queryRaw<{ casNumber: string; saltForm: string; catalogNumbers: string[] }[]>`
    SELECT "casNumber", min("saltForm") AS "saltForm", array_agg("catalogNumber" ORDER BY "catalogNumber") AS "catalogNumbers"
    FROM "Product" WHERE "casNumber" IS NOT NULL
    GROUP BY "casNumber", lower("saltForm") HAVING count(*) > 1 ORDER BY 1, 2`;
  for (const g of sameCas) {
    problems.push({
      check: "duplicate-cas",
      catalogNumbers: g.catalogNumbers,
      message: `CAS ${g.casNumber} (${g.saltForm}) is used by ${g.catalogNumbers.join(", ")}`,
    });
  }
  const sameStructure = await client.$queryRaw<{ inchiKey: string; catalogNumbers: string[] }[]>`
    SELECT "inchiKey", array_agg("catalogNumber" ORDER BY "catalogNumber") AS "catalogNumbers"
    FROM "Product" GROUP BY "inchiKey" HAVING count(*) > 1 ORDER BY 1`;
  for (const g of sameStructure) {
    problems.push({
      check: "duplicate-inchikey",
      catalogNumbers: g.catalogNumbers,
      message: `same structure (InChIKey ${g.inchiKey}) sold as ${g.catalogNumbers.join(", ")}`,
    });
  }
  return { checked, problems, durationMs: Math.round(performance.now() - started) };
}
