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

/**
 * Every structure-derived property of a SMILES. `draw: false` leaves `structureSvg` empty: the drawing
 * is a third of the RDKit time, so a bulk import skips it and /structures/<no>.svg draws it on first view.
 */
export async function computeStructureProperties(smiles: string, { draw = true }: { draw?: boolean } = {}): Promise<StructureProperties> {
  const RDKit = await loadRDKit();
  const mol = RDKit.get_mol(smiles);
  if (!mol) throw new InvalidStructureError(smiles);
  try {
    if (!mol.is_valid()) throw new InvalidStructureError(smiles);
    const inchi = mol.get_inchi();
    const formula = hillFormulaFromInchi(inchi);
    const masses = massesFromFormula(RDKit, inchi, formula) ?? (JSON.parse(mol.get_descriptors()) as Masses);
    return {
      inchi,
      inchiKey: RDKit.get_inchikey_for_inchi(inchi),
      formula,
      molecularWeight: roundMass(masses.amw, 2),
      exactMass: roundMass(masses.exactmw, 4),
      structureSvg: draw ? drawMol(mol) : "",
      patternFp: mol.get_pattern_fp(JSON.stringify({ nBits: FINGERPRINT_BITS })),
      morganFp: mol.get_morgan_fp(JSON.stringify({ radius: 2, nBits: FINGERPRINT_BITS })),
    };
  } finally {
    mol.delete();
  }
}

export type ParentSpecies = { formula: string; exactMass: number };

/**
 * The species an LC-MS spectrum of the product shows ions of. A salt dissociates in solution: a
 * hydrochloride's [M+H]+ is the free base plus a proton, never the salt (ketamine HCl, C13H17Cl2NO,
 * is seen at 238.0993 = C13H16ClNO + H+). So the parent is the record's largest fragment (most heavy
 * atoms; on a tie the heavier one), as RDKit's LargestFragmentChooser picks it, and counter-ions and
 * solvent are dropped. Known limit: a salt whose counter-ion is bigger than the active species (a small
 * amine as its tosylate) would need its parent chosen by hand. Monoisotopic mass unrounded, in Da.
 */
export async function computeParentSpecies(smiles: string): Promise<ParentSpecies> {
  const RDKit = await loadRDKit();
  const mol = RDKit.get_mol(smiles);
  if (!mol) throw new InvalidStructureError(smiles);
  let best: (ParentSpecies & { heavyAtoms: number }) | undefined;
  try {
    if (!mol.is_valid()) throw new InvalidStructureError(smiles);
    const { molList } = mol.get_frags() as { molList: { size(): number; next(): Mol; delete(): void } };
    try {
      for (let i = 0; i < molList.size(); i++) {
        const fragment = molList.next();
        try {
          const { exactmw, NumHeavyAtoms } = JSON.parse(fragment.get_descriptors()) as { exactmw: number; NumHeavyAtoms: number };
          if (!best || NumHeavyAtoms > best.heavyAtoms || (NumHeavyAtoms === best.heavyAtoms && exactmw > best.exactMass)) {
            best = { formula: hillFormulaFromInchi(fragment.get_inchi()), exactMass: exactmw, heavyAtoms: NumHeavyAtoms };
          }
        } finally {
          fragment.delete();
        }
      }
    } finally {
      molList.delete();
    }
  } finally {
    mol.delete();
  }
  if (!best) throw new InvalidStructureError(smiles);
  return { formula: best.formula, exactMass: best.exactMass };
}

/** The 2D drawing of a SMILES, as stored in `structureSvg`; undefined if RDKit cannot read it. */
export async function drawStructure(smiles: string): Promise<string | undefined> {
  const RDKit = await loadRDKit();
  const mol = RDKit.get_mol(smiles);
  try {
    return mol?.is_valid() ? drawMol(mol) : undefined;
  } finally {
    mol?.delete();
  }
}

type Mol = NonNullable<ReturnType<MainModule["get_mol"]>>;

function drawMol(mol: Mol) {
  const svg = mol.get_svg_with_highlights(
    JSON.stringify({ width: 320, height: 240, clearBackground: false, bondLineWidth: 1.5, addStereoAnnotation: true }),
  );
  return cleanSvg(svg);
}

type Masses = { amw: number; exactmw: number };

/**
 * Round half up after snapping to 1e-6 Da, so that float noise from the order the masses were summed in
 * (RDKit atom by atom, massesFromFormula element by element) never changes the last digit: 337.375
 * is 337.38 whichever way it was added up.
 */
export function roundMass(value: number, places: number) {
  const micro = Math.round(value * 1e6);
  const step = 10 ** (6 - places);
  return Math.floor((micro + step / 2) / step) / 10 ** places;
}
const elementMasses = new Map<string, Masses>();

/**
 * Average and monoisotopic mass summed over the formula, with each element's masses taken from RDKit's
 * own table (one single-atom molecule per element, once per process), so the result is what
 * `get_descriptors()` gives at a fraction of its cost. Undefined when the InChI has an isotope (/i),
 * charge (/q) or proton (/p) layer: the formula alone does not give those masses.
 */
function massesFromFormula(RDKit: MainModule, inchi: string, formula: string): Masses | undefined {
  if (inchi.split("/").some((layer) => /^[iqp]/.test(layer))) return undefined;
  let amw = 0;
  let exactmw = 0;
  for (const [, element, count] of formula.matchAll(ELEMENT)) {
    let masses = elementMasses.get(element!);
    if (!masses) {
      const atom = RDKit.get_mol(`[${element}]`);
      if (!atom?.is_valid()) return undefined;
      try {
        masses = JSON.parse(atom.get_descriptors()) as Masses;
      } finally {
        atom.delete();
      }
      elementMasses.set(element!, masses);
    }
    amw += masses.amw * Number(count || 1);
    exactmw += masses.exactmw * Number(count || 1);
  }
  return { amw, exactmw };
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
