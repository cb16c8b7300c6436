import { describe, expect, it } from "vitest";
import {
  baseMassForSaltMass,
  formatConcentration,
  formatMass,
  formatSignificant,
  formatVolume,
  formulaWeight,
  isSingleComponent,
  mgPerMlToMillimolar,
  millimolarToMgPerMl,
  parentFromInchi,
  parseNumber,
  saltMassForBaseMass,
  solubilityCheck,
  solveDilution,
  solveMolarity,
  stockTable,
  stockVolumeMl,
} from "@/lib/catalog/calculators";

// Molecular weights used below: LY3020371 hydrochloride 395.81 g/mol (B8105958, the seed's RDKit value),
// ketamine 237.73 g/mol and ketamine hydrochloride 274.19 g/mol (the seed's sources: NCATS GSRS).

describe("solubility in mM", () => {
  it("10 mg/mL of ketamine HCl is 36.47 mM", () => {
    // 10 mg/mL = 10 g/L; 10 g/L ÷ 274.19 g/mol = 0.036471 mol/L = 36.471 mM
    expect(mgPerMlToMillimolar(10, 274.19)).toBeCloseTo(36.471, 3);
  });
  it("and back: 36.471 mM × 274.19 g/mol ÷ 1000 = 10.000 mg/mL", () => {
    expect(millimolarToMgPerMl(36.471, 274.19)).toBeCloseTo(10.0, 3);
  });
});

describe("stock-solution volume", () => {
  it("5 mg of LY3020371 HCl at 10 mM needs 1.263 mL", () => {
    // 5 mg ÷ 395.81 g/mol = 0.0126323 mmol; 0.0126323 mmol ÷ 10 mmol/L = 0.00126323 L = 1.2632 mL
    expect(stockVolumeMl(5, 10, 395.81)).toBeCloseTo(1.2632, 4);
  });
  it("1 mg at 1 mM needs 2.526 mL, and 10 mg at 5 mM the same volume ×2: 5.053 mL", () => {
    // 1 ÷ 395.81 = 0.00252647 mmol ÷ 1 mM = 2.52647 mL;  10 ÷ 395.81 ÷ 5 × 1000 = 5.05293 mL
    expect(stockVolumeMl(1, 1, 395.81)).toBeCloseTo(2.5265, 4);
    expect(stockVolumeMl(10, 5, 395.81)).toBeCloseTo(5.0529, 4);
  });
  it("the table has the 3 × 3 cells and flags rows above a known solubility", () => {
    // Limit 2 mg/mL: 5 mM × 395.81 ÷ 1000 = 1.979 mg/mL (under), 10 mM = 3.958 mg/mL (over)
    const table = stockTable(395.81, { solvent: "Water", maxMgPerMl: 2, atLeast: false });
    expect(table.map((row) => [row.mM, row.check])).toEqual([
      [1, "ok"],
      [5, "ok"],
      [10, "exceeds"],
    ]);
    expect(table[2]!.cells.map((c) => c.mg)).toEqual([1, 5, 10]);
    expect(table[2]!.cells[1]!.volumeMl).toBeCloseTo(1.2632, 4);
  });
  it("a lower bound (≥ 2 mg/mL) makes a higher cell untested, not impossible; no data means no warning", () => {
    expect(solubilityCheck(10, 395.81, { solvent: "DMSO", maxMgPerMl: 2, atLeast: true })).toBe("untested");
    expect(solubilityCheck(10, 395.81, undefined)).toBe("ok");
  });
});

describe("molarity", () => {
  it("10 mL of a 10 mM ketamine HCl solution takes 27.42 mg", () => {
    // 0.010 mol/L × 0.010 L × 274.19 g/mol = 0.027419 g = 27.419 mg
    const r = solveMolarity({ mw: 274.19, volume: { value: 10, unit: "mL" }, concentration: { value: 10, unit: "mM" } });
    expect(r?.solve).toBe("mass");
    expect(r && r.solve === "mass" && r.grams).toBeCloseTo(0.027419, 6);
  });
  it("27.419 mg made up to 10 mL is 10 mM; 27.419 mg at 10 mM fills 10 mL", () => {
    const c = solveMolarity({ mw: 274.19, mass: { value: 27.419, unit: "mg" }, volume: { value: 10, unit: "mL" } });
    expect(c && c.solve === "concentration" && c.molar).toBeCloseTo(0.01, 6);
    const v = solveMolarity({ mw: 274.19, mass: { value: 27.419, unit: "mg" }, concentration: { value: 10, unit: "mM" } });
    expect(v && v.solve === "volume" && v.litres).toBeCloseTo(0.01, 6);
  });
  it("needs exactly two of the three and a molecular weight", () => {
    expect(solveMolarity({ mw: 274.19, mass: { value: 1, unit: "mg" } })).toBeNull();
    expect(solveMolarity({ mw: 0, mass: { value: 1, unit: "mg" }, volume: { value: 1, unit: "mL" } })).toBeNull();
  });
});

describe("dilution C1V1 = C2V2", () => {
  it("1 mL of 50 µM from a 10 mM (10,000 µM) stock takes 5 µL of stock", () => {
    // V1 = C2·V2 ÷ C1 = 50 µM × 1000 µL ÷ 10,000 µM = 5 µL
    expect(solveDilution({ c1: 10_000, c2: 50, v2: 1000 })).toEqual({ solve: "v1", value: 5 });
  });
  it("5 µL of 10 mM in 1000 µL is 0.05 mM; solves whichever term is missing", () => {
    expect(solveDilution({ c1: 10, v1: 5, v2: 1000 })).toEqual({ solve: "c2", value: 0.05 });
    expect(solveDilution({ c1: 10, v1: 5, c2: 0.05 })!.value).toBeCloseTo(1000, 9);
    expect(solveDilution({ v1: 5, c2: 0.05, v2: 1000 })!.value).toBeCloseTo(10, 9);
    expect(solveDilution({ c1: 10, v1: 5 })).toBeNull();
  });
});

describe("free base ↔ salt", () => {
  it("10 mg of ketamine as free base is 11.53 mg of ketamine HCl", () => {
    // 10 mg × 274.19 ÷ 237.73 = 10 × 1.153367 = 11.534 mg
    expect(saltMassForBaseMass({ baseMass: 10, baseMw: 237.73, saltMw: 274.19 })).toBeCloseTo(11.5337, 4);
    // and 11.5337 mg of the salt holds 11.5337 × 237.73 ÷ 274.19 = 10.000 mg of base
    expect(baseMassForSaltMass({ saltMass: 11.5337, baseMw: 237.73, saltMw: 274.19 })).toBeCloseTo(10, 4);
  });
  it("counts the parent molecules per formula unit: a hemisulfate (2 bases per H2SO4)", () => {
    // base 300.00, salt (base)2·H2SO4 = 2 × 300.00 + 98.08 = 698.08; 10 mg base × 698.08 ÷ (2 × 300.00) = 11.635 mg
    expect(saltMassForBaseMass({ baseMass: 10, baseMw: 300, saltMw: 698.08, basePerSalt: 2 })).toBeCloseTo(11.6347, 4);
  });
});

describe("parent of a salt form from its InChI", () => {
  it("ketamine HCl (InChI C13H16ClNO.ClH): the base C13H16ClNO, 237.73 g/mol", () => {
    // 13 × 12.011 + 16 × 1.008 + 35.45 + 14.007 + 15.999 = 156.143 + 16.128 + 35.45 + 14.007 + 15.999 = 237.727
    const parent = parentFromInchi("InChI=1S/C13H16ClNO.ClH/c1-15-13(9-5-4-8-12(13)16)10-6-2-3-7-11(10)14;/h2-3,6-7,15H,4-5,8-9H2,1H3;1H");
    expect(parent).toEqual({ formula: "C13H16ClNO", molecularWeight: expect.closeTo(237.727, 3), count: 1 });
  });
  it("MK-801 maleate: the heavier component is the base (C16H15N 221.30, not maleic acid 116.07)", () => {
    expect(parentFromInchi("InChI=1S/C16H15N.C4H4O4/c…")).toMatchObject({ formula: "C16H15N", count: 1 });
    expect(formulaWeight("C4H4O4")).toBeCloseTo(116.072, 3);
  });
  it("a single component is the free form; an element outside the table gives no guess", () => {
    expect(parentFromInchi("InChI=1S/C16H15N/c1-16")).toBeNull();
    expect(parentFromInchi("InChI=1S/C10H10Fe.C2H4O2/c")).toBeNull();
  });
  it("tells a free form (one component) from a salt", () => {
    expect(isSingleComponent("InChI=1S/C16H15N/c1-16")).toBe(true);
    expect(isSingleComponent("InChI=1S/C13H16ClNO.ClH/c1")).toBe(false);
  });
  it("counts repeated components: 2C17H19NO3.H2O4S gives count 2", () => {
    expect(parentFromInchi("InChI=1S/2C17H19NO3.H2O4S/c")).toMatchObject({ formula: "C17H19NO3", count: 2 });
  });
});

describe("formatting", () => {
  it("four significant figures without exponents, grouped thousands", () => {
    expect(formatSignificant(1.26324)).toBe("1.263");
    expect(formatSignificant(2526.47)).toBe("2,526");
    expect(formatSignificant(0.000123456)).toBe("0.0001235");
    expect(formatSignificant(5)).toBe("5");
  });
  it("picks a readable unit", () => {
    expect(formatVolume(0.00126323)).toBe("1.263 mL");
    expect(formatVolume(5e-6)).toBe("5 µL");
    expect(formatMass(0.027419)).toBe("27.42 mg");
    expect(formatConcentration(5e-5)).toBe("50 µM");
  });
  it("reads typed numbers with a decimal comma or grouping, refuses words", () => {
    expect(parseNumber("1,5")).toBe(1.5);
    expect(parseNumber("10 000")).toBe(10000);
    expect(parseNumber("2.5e-3")).toBe(0.0025);
    expect(Number.isNaN(parseNumber("ten"))).toBe(true);
    expect(Number.isNaN(parseNumber(""))).toBe(true);
  });
});
