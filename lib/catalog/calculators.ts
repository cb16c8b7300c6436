// The lab calculators' arithmetic: molarity, dilution, stock-solution tables, free base ↔ salt and the
// molar solubility. Pure functions with no server-only imports: the product page's calculator island
// and /tools/calculators run them in the browser, and the product page's solubility table on the server.
// Worked examples for every formula are in calculators.test.ts.

export const MASS_UNITS = { ng: 1e-9, µg: 1e-6, mg: 1e-3, g: 1 } as const;
export const VOLUME_UNITS = { µL: 1e-6, mL: 1e-3, L: 1 } as const;
export const CONCENTRATION_UNITS = { nM: 1e-9, µM: 1e-6, mM: 1e-3, M: 1 } as const;
export type MassUnit = keyof typeof MASS_UNITS;
export type VolumeUnit = keyof typeof VOLUME_UNITS;
export type ConcentrationUnit = keyof typeof CONCENTRATION_UNITS;

/** A value with its unit; `value` is in that unit. */
export type Quantity<U extends string> = { value: number; unit: U };

const toBase = <U extends string>(q: Quantity<U>, table: Record<U, number>) => q.value * table[q.unit];
const usable = (x: number | undefined): x is number => typeof x === "number" && Number.isFinite(x) && x > 0;

/**
 * Solubility in mg/mL as a molar concentration (mM) of the salt form with molecular weight `mw` (g/mol):
 * mg/mL = g/L, and g/L ÷ g/mol = mol/L, so mM = mg/mL ÷ MW × 1000.
 */
export function mgPerMlToMillimolar(mgPerMl: number, mw: number) {
  return (mgPerMl / mw) * 1000;
}

/** The reverse: mg/mL = mM × MW ÷ 1000. */
export function millimolarToMgPerMl(mM: number, mw: number) {
  return (mM * mw) / 1000;
}

/**
 * mass = concentration × volume × MW, solved for whichever of the three is missing (SI inside: g, L, mol/L).
 * Returns the missing quantity in its base unit (g, L or M), or null when the inputs cannot give one.
 */
export function solveMolarity(input: {
  mw: number;
  mass?: Quantity<MassUnit>;
  volume?: Quantity<VolumeUnit>;
  concentration?: Quantity<ConcentrationUnit>;
}): { solve: "mass"; grams: number } | { solve: "volume"; litres: number } | { solve: "concentration"; molar: number } | null {
  const { mw } = input;
  if (!usable(mw)) return null;
  const g = input.mass && usable(input.mass.value) ? toBase(input.mass, MASS_UNITS) : undefined;
  const l = input.volume && usable(input.volume.value) ? toBase(input.volume, VOLUME_UNITS) : undefined;
  const m = input.concentration && usable(input.concentration.value) ? toBase(input.concentration, CONCENTRATION_UNITS) : undefined;
  if (g === undefined && l !== undefined && m !== undefined) return { solve: "mass", grams: m * l * mw };
  if (l === undefined && g !== undefined && m !== undefined) return { solve: "volume", litres: g / mw / m };
  if (m === undefined && g !== undefined && l !== undefined) return { solve: "concentration", molar: g / mw / l };
  return null;
}

/**
 * C1·V1 = C2·V2 solved for the one missing term. Concentrations in one unit and volumes in one unit
 * (the caller converts): the answer is in the same unit as its partner.
 */
export function solveDilution(t: { c1?: number; v1?: number; c2?: number; v2?: number }) {
  const known = (["c1", "v1", "c2", "v2"] as const).filter((k) => usable(t[k]));
  if (known.length !== 3) return null;
  const { c1, v1, c2, v2 } = t as Required<typeof t>;
  if (!usable(t.c1)) return { solve: "c1" as const, value: (c2 * v2) / v1 };
  if (!usable(t.v1)) return { solve: "v1" as const, value: (c2 * v2) / c1 };
  if (!usable(t.c2)) return { solve: "c2" as const, value: (c1 * v1) / v2 };
  return { solve: "v2" as const, value: (c1 * v1) / c2 };
}

export type SolubilityLimit = { solvent: string; maxMgPerMl: number; atLeast: boolean };

/**
 * How a stock concentration compares with a known solubility: "exceeds" above a measured maximum,
 * "untested" above a lower bound (the source never went that high), "ok" otherwise.
 */
export function solubilityCheck(mM: number, mw: number, limit: SolubilityLimit | undefined): "ok" | "exceeds" | "untested" {
  if (!limit) return "ok";
  if (millimolarToMgPerMl(mM, mw) <= limit.maxMgPerMl * (1 + 1e-9)) return "ok";
  return limit.atLeast ? "untested" : "exceeds";
}

export const STOCK_CONCENTRATIONS_MM = [1, 5, 10] as const;
export const STOCK_MASSES_MG = [1, 5, 10] as const;

/**
 * The volume of solvent (mL) that makes `massMg` of a compound of molecular weight `mw` into a
 * `mM` solution: amount = mg ÷ MW (mmol), volume = amount ÷ concentration = mmol ÷ (mmol/L) L,
 * so mL = mg ÷ MW ÷ mM × 1000.
 */
export function stockVolumeMl(massMg: number, mM: number, mw: number) {
  return (massMg / mw / mM) * 1000;
}

/** The stock-solution table: one row per concentration, one cell per mass, each with its solubility check. */
export function stockTable(
  mw: number,
  limit?: SolubilityLimit,
  {
    concentrations = STOCK_CONCENTRATIONS_MM,
    masses = STOCK_MASSES_MG,
  }: { concentrations?: readonly number[]; masses?: readonly number[] } = {},
) {
  return concentrations.map((mM) => ({
    mM,
    check: solubilityCheck(mM, mw, limit),
    cells: masses.map((mg) => ({ mg, volumeMl: stockVolumeMl(mg, mM, mw) })),
  }));
}

/**
 * Mass of a salt that delivers `baseMass` of the free base (or free acid): the same number of parent
 * molecules, so mass × MW(salt) ÷ (n × MW(base)), where n is the number of parent molecules in one
 * formula unit of the salt (1 for a hydrochloride, 2 for a hemisulfate (base)₂·H₂SO₄).
 */
export function saltMassForBaseMass({ baseMass, baseMw, saltMw, basePerSalt = 1 }: SaltConversion & { baseMass: number }) {
  return (baseMass * saltMw) / (basePerSalt * baseMw);
}

/** The reverse: how much free base a mass of the salt contains. */
export function baseMassForSaltMass({ saltMass, baseMw, saltMw, basePerSalt = 1 }: SaltConversion & { saltMass: number }) {
  return (saltMass * basePerSalt * baseMw) / saltMw;
}

type SaltConversion = { baseMw: number; saltMw: number; basePerSalt?: number };

// IUPAC/CIAAW standard atomic weights, abridged to five significant figures (conventional values for
// elements given as intervals): Prohaska T et al., Standard atomic weights of the elements 2021 (IUPAC
// Technical Report), Pure Appl Chem 2022;94(5):573–600, doi:10.1515/pac-2019-0603. Only the elements a
// small-molecule salt form plausibly holds; a formula with any other gives no parent MW (no guess).
const ATOMIC_WEIGHTS: Record<string, number> = {
  H: 1.008,
  Li: 6.94,
  B: 10.81,
  C: 12.011,
  N: 14.007,
  O: 15.999,
  F: 18.998,
  Na: 22.99,
  Mg: 24.305,
  Si: 28.085,
  P: 30.974,
  S: 32.06,
  Cl: 35.45,
  K: 39.098,
  Ca: 40.078,
  Zn: 65.38,
  Se: 78.971,
  Br: 79.904,
  I: 126.9,
};

/** Average MW of a formula like "C13H16ClNO", or null for an element outside the table. */
export function formulaWeight(formula: string): number | null {
  if (!/^([A-Z][a-z]?\d*)+$/.test(formula)) return null;
  let total = 0;
  for (const [, element, count] of formula.matchAll(/([A-Z][a-z]?)(\d*)/g)) {
    const weight = ATOMIC_WEIGHTS[element!];
    if (weight === undefined) return null;
    total += weight * Number(count || 1);
  }
  return total;
}

/**
 * The parent (free base or free acid) of a multi-component record, read from its standard InChI's
 * formula layer ("InChI=1S/C13H16ClNO.ClH/…" for ketamine HCl): the heaviest component, with how many
 * of it one formula unit holds. Null for a single component (the record is the free form) or a
 * formula outside the atomic-weight table. InChI writes components neutral, so a sodium salt's parent
 * is the free acid, which is what a dose "as free acid" means.
 */
export function parentFromInchi(inchi: string): { formula: string; molecularWeight: number; count: number } | null {
  const layer = inchi.split("/")[1] ?? "";
  const components = layer.split(".").map((component) => {
    const [, multiplier = "", formula = ""] = /^(\d*)(.*)$/.exec(component) ?? [];
    return { formula, count: Number(multiplier || 1), molecularWeight: formulaWeight(formula) };
  });
  if (components.length < 2 || components.some((c) => c.molecularWeight === null)) return null;
  const parent = components.reduce((a, b) => (b.molecularWeight! > a.molecularWeight! ? b : a));
  return { formula: parent.formula, molecularWeight: parent.molecularWeight!, count: parent.count };
}

/** One component in the InChI formula layer: the record is a free base or acid, not a salt (or solvate). */
export function isSingleComponent(inchi: string) {
  const layer = inchi.split("/")[1] ?? "";
  return layer !== "" && !layer.includes(".");
}

/**
 * A number for display with `digits` significant figures (default 4), no exponent, thousands grouped:
 * 1.26324 → "1.263", 2526.5 → "2,527", 0.000123456 → "0.0001235".
 */
export function formatSignificant(value: number, digits = 4) {
  if (!Number.isFinite(value)) return "—";
  return new Intl.NumberFormat("en-US", { maximumSignificantDigits: digits }).format(value);
}

/** A volume in the unit that keeps the number readable: µL below 1 mL, L from 1000 mL. */
export function formatVolume(litres: number, digits = 4) {
  if (litres < 1e-3) return `${formatSignificant(litres * 1e6, digits)} µL`;
  if (litres < 1) return `${formatSignificant(litres * 1e3, digits)} mL`;
  return `${formatSignificant(litres, digits)} L`;
}

/** A mass in ng, µg, mg or g, whichever keeps the number between 1 and 1000. */
export function formatMass(grams: number, digits = 4) {
  if (grams < 1e-6) return `${formatSignificant(grams * 1e9, digits)} ng`;
  if (grams < 1e-3) return `${formatSignificant(grams * 1e6, digits)} µg`;
  if (grams < 1) return `${formatSignificant(grams * 1e3, digits)} mg`;
  return `${formatSignificant(grams, digits)} g`;
}

/** A molar concentration in nM, µM, mM or M, whichever keeps the number between 1 and 1000. */
export function formatConcentration(molar: number, digits = 4) {
  if (molar < 1e-6) return `${formatSignificant(molar * 1e9, digits)} nM`;
  if (molar < 1e-3) return `${formatSignificant(molar * 1e6, digits)} µM`;
  if (molar < 1) return `${formatSignificant(molar * 1e3, digits)} mM`;
  return `${formatSignificant(molar, digits)} M`;
}

/** A typed number: "1,5" and "1 000" are read as people mean them; anything else is NaN. */
export function parseNumber(text: string) {
  const cleaned = text
    .trim()
    .replace(/\s/g, "")
    .replace(/,(?=\d{3}(\D|$))/g, "")
    .replace(",", ".");
  return cleaned === "" || !/^\d*\.?\d+(e[+-]?\d+)?$/i.test(cleaned) ? NaN : Number(cleaned);
}
