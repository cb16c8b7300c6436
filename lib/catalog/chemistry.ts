// Structure-derived properties, computed with RDKit (MinimalLib, WebAssembly) from a SMILES.
// Used when products are written (seed, import) so that formula, MW and InChIKey always agree
// with the structure, and to render the 2D structure SVG once instead of on every page view.
import initRDKit, { type MainModule } from "@rdkit/rdkit";

let rdkit: Promise<MainModule> | undefined;

/** RDKit loads once per process (~0.1 s, ~130 MB); the first molecule costs ~170 ms more. */
export function loadRDKit(): Promise<MainModule> {
  return (rdkit ??= initRDKit());
}

export type StructureProperties = {
  inchi: string;
  inchiKey: string;
  /** Hill-order formula of the whole record, salts included (ketamine HCl: C13H17Cl2NO). */
  formula: string;
  /** Average molecular weight, g/mol. */
  molecularWeight: number;
  /** Monoisotopic mass, Da. */
  exactMass: number;
  structureSvg: string;
  /** RDKit pattern fingerprint, FINGERPRINT_BITS "0"/"1" characters: the substructure screen. */
  patternFp: string;
  /** Morgan fingerprint (radius 2), FINGERPRINT_BITS characters: Tanimoto similarity. */
  morganFp: string;
};

/** Fingerprint length; the database columns are bit(2048). */
export const FINGERPRINT_BITS = 2048;

export class InvalidStructureError extends Error {
  constructor(readonly smiles: string) {
    super(`RDKit cannot parse the SMILES "${smiles}"`);
  }
}

const ELEMENT = /([A-Z][a-z]?)(\d*)/g;

/** Sum the components of an InChI formula layer ("C13H16ClNO.ClH", "2C2H4O2.Ca") in Hill order. */
export function hillFormulaFromInchi(inchi: string): string {
  const layer = inchi.split("/")[1] ?? "";
  const counts = new Map<string, number>();
  for (const component of layer.split(".")) {
    const [, multiplier = "1", body = ""] = /^(\d*)(.*)$/.exec(component) ?? [];
    for (const [, element, count] of body.matchAll(ELEMENT)) {
      counts.set(element!, (counts.get(element!) ?? 0) + Number(count || 1) * Number(multiplier || 1));
    }
  }
  const order = [...counts.keys()].sort((a, b) => a.localeCompare(b));
  const hill = counts.has("C") ? ["C", ...(counts.has("H") ? ["H"] : []), ...order.filter((e) => e !== "C" && e !== "H")] : order;
  return hill.map((e) => `${e}${counts.get(e) === 1 ? "" : counts.get(e)}`).join("");
}

export async function computeStructureProperties(smiles: string): Promise<StructureProperties> {
  const RDKit = await loadRDKit();
  const mol = RDKit.get_mol(smiles);
  if (!mol) throw new InvalidStructureError(smiles);
  try {
    if (!mol.is_valid()) throw new InvalidStructureError(smiles);
    const inchi = mol.get_inchi();
    const descriptors = JSON.parse(mol.get_descriptors()) as { amw: number; exactmw: number };
    const structureSvg = mol.get_svg_with_highlights(
      JSON.stringify({ width: 320, height: 240, clearBackground: false, bondLineWidth: 1.5, addStereoAnnotation: true }),
    );
    return {
      inchi,
      inchiKey: RDKit.get_inchikey_for_inchi(inchi),
      formula: hillFormulaFromInchi(inchi),
      molecularWeight: Math.round(descriptors.amw * 100) / 100,
      exactMass: Math.round(descriptors.exactmw * 10000) / 10000,
      structureSvg: cleanSvg(structureSvg),
      patternFp: mol.get_pattern_fp(JSON.stringify({ nBits: FINGERPRINT_BITS })),
      morganFp: mol.get_morgan_fp(JSON.stringify({ radius: 2, nBits: FINGERPRINT_BITS })),
    };
  } finally {
    mol.delete();
  }
}

// RDKit writes an XML prolog and fixed sizes; strip the prolog so the SVG can be served or inlined
// and keep the viewBox so it scales to its container.
function cleanSvg(svg: string) {
  return svg.replace(/^<\?xml[^>]*>\s*/, "").trim();
}

export type ExpectedProperties = { formula?: string; molecularWeight?: number; inchiKey?: string };

/** Differences between values entered from a source and those computed from the structure. */
export function compareWithComputed(expected: ExpectedProperties, computed: StructureProperties): string[] {
  const problems: string[] = [];
  if (expected.formula && expected.formula.replace(/\s/g, "") !== computed.formula) {
    problems.push(`formula ${expected.formula} ≠ computed ${computed.formula}`);
  }
  if (expected.molecularWeight !== undefined && Math.abs(expected.molecularWeight - computed.molecularWeight) > 0.05) {
    problems.push(`MW ${expected.molecularWeight} ≠ computed ${computed.molecularWeight}`);
  }
  if (expected.inchiKey && expected.inchiKey !== computed.inchiKey) {
    problems.push(`InChIKey ${expected.inchiKey} ≠ computed ${computed.inchiKey}`);
  }
  return problems;
}
